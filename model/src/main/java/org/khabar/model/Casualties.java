package org.khabar.model;

import java.util.List;

/**
 * Casualty figures of the article's main event ({@code null} when the article gives none) and
 * every explicit casualty count found in it.
 */
public record Casualties(Integer killed, Integer injured, List<CasualtyMention> mentions) {
    public static final Casualties NONE = new Casualties(null, null, List.of());

    public Casualties {
        mentions = List.copyOf(mentions);
    }
}
