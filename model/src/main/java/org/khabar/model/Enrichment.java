package org.khabar.model;

import java.util.List;

/** What the enrichment library derives from one article's text. */
public record Enrichment(List<Entity> entities, List<DateMention> dates, Casualties casualties) {
    public static final Enrichment EMPTY = new Enrichment(List.of(), List.of(), Casualties.NONE);

    public Enrichment {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
    }
}
