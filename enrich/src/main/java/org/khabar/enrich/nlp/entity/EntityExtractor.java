package org.khabar.enrich.nlp.entity;

import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.Entity;

/** Finds people, organisations and places in Arabic text. Placeholder until the entity issue lands. */
public final class EntityExtractor {
    public List<Entity> extract(NormalizedText text) {
        return List.of();
    }
}
