package org.khabar.model;

import java.util.List;

/**
 * One named entity of an article: {@code text} is its canonical (fullest) name in the article,
 * {@code mentions} every place it is named, variants included (الخفاجي and تحسين الخفاجي).
 */
public record Entity(EntityType type, String text, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
