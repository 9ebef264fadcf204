package org.khabar.enrich.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * What places a report in time and space: the main place (its matching key and name as written),
 * the incident's date, its kind when recognisable, and the keys of the other entities it names.
 */
public record EventAnchor(String placeKey, String place, LocalDate date, String kind, Set<String> entityKeys) {
    public EventAnchor {
        entityKeys = Set.copyOf(entityKeys);
    }
}
