package org.khabar.model;

/**
 * Names of the topics Khabar reads and writes. Keys and values are documented in the README
 * ("Topics and formats") and, for values, by the JSON Schemas under {@code docs/schemas}.
 */
public final class Topics {
    /** key: article id (UTF-8 string); value: {@link RawArticle} JSON. */
    public static final String RAW = "khabar.articles.raw";
    /** key: article id; value: {@link EnrichedArticle} JSON. Only first copies of a story appear here. */
    public static final String ENRICHED = "khabar.articles.enriched";
    /** key: id of the later copy; value: {@link DuplicateNotice} JSON. */
    public static final String DUPLICATES = "khabar.articles.duplicates";
    /** key: event id; value: {@link Event} JSON, the latest state of the event (compacted). */
    public static final String EVENTS = "khabar.events";
    /** key: the failed record's key, unchanged; value: the failed record's bytes, unchanged; headers: {@link DeadLetterHeaders}. */
    public static final String DLQ = "khabar.dlq";

    private Topics() {
    }
}
