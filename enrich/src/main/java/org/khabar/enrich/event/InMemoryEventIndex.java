package org.khabar.enrich.event;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;

/** Event grouping in memory for the offline mode: the same {@link EventGrouper} with a map per place. */
public final class InMemoryEventIndex {
    private final EventGrouper grouper;
    private final Map<String, PlaceEvents> byPlace = new HashMap<>();
    private final Map<String, Event> events = new HashMap<>();

    public InMemoryEventIndex(Duration window) {
        this.grouper = new EventGrouper(window);
    }

    /** Groups the article and returns its event id. */
    public String assign(EnrichedArticle article, Instant seenAt) {
        Optional<EventAnchor> anchor = EventAnchors.of(article);
        if (anchor.isEmpty()) {
            Event solo = EventGrouper.solo(article, seenAt);
            events.put(solo.id(), solo);
            return solo.id();
        }
        EventAssignment a = grouper.assign(byPlace.getOrDefault(anchor.get().placeKey(), PlaceEvents.NONE),
                anchor.get(), article, seenAt);
        byPlace.put(anchor.get().placeKey(), a.placeEvents());
        events.put(a.eventId(), a.event());
        return a.eventId();
    }

    public Map<String, Event> events() {
        return Map.copyOf(events);
    }
}
