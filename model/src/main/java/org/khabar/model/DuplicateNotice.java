package org.khabar.model;

import java.time.Instant;

/**
 * Published on {@link Topics#DUPLICATES} for a copy of an article seen earlier: the copy is not
 * enriched or stored as a new article, but counted and kept as evidence of the original.
 */
public record DuplicateNotice(
        String id,
        String duplicateOf,
        double similarity,
        String source,
        String url,
        String title,
        Instant publishedAt,
        Instant detectedAt) {

    public static DuplicateNotice of(RawArticle copy, String originalId, double similarity, Instant detectedAt) {
        return new DuplicateNotice(copy.id(), originalId, similarity, copy.source(), copy.url(), copy.title(),
                copy.publishedAt(), detectedAt);
    }
}
