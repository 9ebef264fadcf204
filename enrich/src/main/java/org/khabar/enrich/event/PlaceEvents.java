package org.khabar.enrich.event;

import java.util.List;

/** The recent events at one place: the state the grouper keeps per place key (a store value in the topology). */
public record PlaceEvents(List<TrackedEvent> events) {
    public static final PlaceEvents NONE = new PlaceEvents(List.of());

    public PlaceEvents {
        events = List.copyOf(events);
    }
}
