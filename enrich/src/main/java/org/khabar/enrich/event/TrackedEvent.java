package org.khabar.enrich.event;

import java.util.Set;
import org.khabar.model.Event;

/** An event as the grouper keeps it: the published state plus the entity keys used for matching. */
public record TrackedEvent(Event event, Set<String> entityKeys) {
    public TrackedEvent {
        entityKeys = Set.copyOf(entityKeys);
    }
}
