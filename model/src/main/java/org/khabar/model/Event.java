package org.khabar.model;

import java.time.Instant;
import java.util.List;

/**
 * An incident reported by one or more articles, published on {@link Topics#EVENTS} (key = id)
 * each time a report joins it, and stored by the sink. {@code version} grows with every update,
 * so a consumer or store keeps the latest and ignores replays of older states.
 */
public record Event(
        int schemaVersion,
        String id,
        long version,
        String date,
        String place,
        String kind,
        CasualtyFigures killed,
        CasualtyFigures injured,
        List<EventReport> reports,
        List<String> entities,
        Instant firstSeen,
        Instant lastSeen) {

    public static final int SCHEMA_VERSION = 1;

    public Event {
        reports = List.copyOf(reports);
        entities = List.copyOf(entities);
    }
}
