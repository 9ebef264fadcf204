package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.khabar.enrich.event.EventAnchor;
import org.khabar.enrich.event.EventAnchors;
import org.khabar.enrich.event.EventAssignment;
import org.khabar.enrich.event.EventGrouper;
import org.khabar.enrich.event.PlaceEvents;
import org.khabar.enrich.event.TrackedEvent;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;

/**
 * Runs on enriched articles keyed by their main place (after the events repartition): groups
 * each into an event with the place's recent events, kept in a store keyed by place. Emits the
 * article (re-keyed by id, with its event id) and the event when it changed. Places whose events
 * have all aged out of the window are removed hourly, so the store stays bounded by the window.
 */
final class EventProcessor implements Processor<String, EnrichedArticle, String, EventStep> {
    static final String SOLO_PREFIX = "solo:";

    private final String storeName;
    private final Duration window;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, EventStep> context;
    private KeyValueStore<String, PlaceEvents> store;
    private EventGrouper grouper;

    EventProcessor(String storeName, Duration window, EnrichMetrics metrics) {
        this.storeName = storeName;
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EventStep> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.grouper = new EventGrouper(window);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldPlaces);
    }

    /** Where an article's event is decided: its main place, or a key of its own when it has none. */
    static String routingKey(EnrichedArticle article) {
        return EventAnchors.of(article).map(EventAnchor::placeKey).orElse(SOLO_PREFIX + article.id());
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        Instant seenAt = Instant.ofEpochMilli(record.timestamp());
        Optional<EventAnchor> anchor = EventAnchors.of(article);
        Event event;
        boolean changed;
        if (anchor.isEmpty()) {
            event = EventGrouper.solo(article, seenAt);
            changed = true;
            metrics.countEventCreated();
        } else {
            PlaceEvents current = store.get(anchor.get().placeKey());
            EventAssignment a = grouper.assign(current == null ? PlaceEvents.NONE : current, anchor.get(), article, seenAt);
            store.put(anchor.get().placeKey(), a.placeEvents());
            event = a.event();
            changed = a.changed();
            if (changed) {
                if (event.version() == 1) {
                    metrics.countEventCreated();
                } else {
                    metrics.countEventUpdated();
                }
            }
        }
        context.forward(record.withKey(article.id())
                .withValue(new EventStep(article.withEventId(event.id()), changed ? event : null)));
    }

    private void forgetOldPlaces(long now) {
        Instant cutoff = Instant.ofEpochMilli(now).minus(window);
        List<KeyValue<String, PlaceEvents>> updates = new ArrayList<>();
        try (KeyValueIterator<String, PlaceEvents> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PlaceEvents> kv = it.next();
                List<TrackedEvent> kept = kv.value.events().stream()
                        .filter(t -> !t.event().lastSeen().isBefore(cutoff)).toList();
                if (kept.size() != kv.value.events().size()) {
                    updates.add(KeyValue.pair(kv.key, kept.isEmpty() ? null : new PlaceEvents(kept)));
                }
            }
        }
        for (KeyValue<String, PlaceEvents> u : updates) {
            if (u.value == null) {
                store.delete(u.key);
            } else {
                store.put(u.key, u.value);
            }
        }
    }
}
