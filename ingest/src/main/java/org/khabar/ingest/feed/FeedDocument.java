package org.khabar.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * An RSS or Atom feed as Khabar needs it.
 *
 * @param items newest first, as feeds list them
 */
public record FeedDocument(String title, String language, List<Item> items) {
    /**
     * One entry.
     *
     * @param guid RSS guid or Atom id; the link, or a hash of title and text, when the feed gives none
     * @param link the article's URL (absolute), or null
     * @param html the entry's own content ({@code content:encoded}, Atom content, else the description), or null
     */
    public record Item(String guid, String link, String title, Instant publishedAt, String html) {
    }
}
