package org.khabar.model;

import java.time.Instant;
import java.util.List;

/**
 * The product's public record on {@link Topics#ENRICHED}: the raw article's fields, flat, plus
 * what enrich derived. {@code duplicateOf} and {@code similarity} are set only on copies, which
 * the topology reports on {@link Topics#DUPLICATES} instead; offline runs print them inline.
 * The JSON Schema is {@code docs/schemas/enriched-article.schema.json}; add fields, never
 * change or remove one without a new {@code schemaVersion}.
 */
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String source,
        String url,
        String title,
        Instant publishedAt,
        String language,
        String text,
        String fingerprint,
        String duplicateOf,
        Double similarity,
        String eventId,
        List<Entity> entities,
        List<DateMention> dates,
        Casualties casualties,
        Instant enrichedAt) {

    public static final int SCHEMA_VERSION = 1;

    public static EnrichedArticle of(RawArticle raw, String fingerprint, Enrichment enrichment, Instant enrichedAt) {
        return new EnrichedArticle(SCHEMA_VERSION, raw.id(), raw.source(), raw.url(), raw.title(),
                raw.publishedAt(), raw.language(), raw.text(), fingerprint, null, null, null,
                enrichment.entities(), enrichment.dates(), enrichment.casualties(), enrichedAt);
    }

    /** This article marked as a copy of {@code originalId}. */
    public EnrichedArticle asDuplicateOf(String originalId, double similarityToOriginal) {
        return new EnrichedArticle(schemaVersion, id, source, url, title, publishedAt, language, text,
                fingerprint, originalId, similarityToOriginal, eventId, entities, dates, casualties, enrichedAt);
    }

    public EnrichedArticle withEnrichedAt(Instant when) {
        return new EnrichedArticle(schemaVersion, id, source, url, title, publishedAt, language, text,
                fingerprint, duplicateOf, similarity, eventId, entities, dates, casualties, when);
    }

    public EnrichedArticle withEventId(String newEventId) {
        return new EnrichedArticle(schemaVersion, id, source, url, title, publishedAt, language, text,
                fingerprint, duplicateOf, similarity, newEventId, entities, dates, casualties, enrichedAt);
    }
}
