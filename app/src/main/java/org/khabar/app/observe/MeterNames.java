package org.khabar.app.observe;

/**
 * Names of the domain meters the console, the live page and the dashboard read. They are
 * registered by the services (IngestMetrics, EnrichMetrics, SinkMetrics) and by
 * {@link ConsumerLagMonitor}; in Prometheus, dots become underscores, counters end in
 * {@code _total} and timers in {@code _seconds}.
 */
public final class MeterNames {
    /** Counter, tags {@code source} (source kind) and {@code outcome} (published, dead_lettered, failed). */
    public static final String INGESTED = "khabar.ingest.articles";
    /** Counter, tag {@code outcome}: enriched, duplicate (dropped copy), redelivered, dead_lettered. */
    public static final String ENRICHED = "khabar.enrich.articles";
    /** Timer, tag {@code stage}: normalise, entities, dates, casualties, dedup. */
    public static final String ENRICH_STAGE = "khabar.enrich.stage";
    /** Counter, tag {@code change}: created, updated. */
    public static final String EVENTS = "khabar.enrich.events";
    /** Counter, tags {@code stage} and {@code reason}, of every stage. */
    public static final String DLQ = "khabar.dlq.records";
    /** Counter, tag {@code table}: articles, article_copies. */
    public static final String STORED = "khabar.sink.rows";
    /** Counter: batch writes retried after a transient store error. */
    public static final String SINK_RETRIES = "khabar.sink.retries";
    /** Timer with a percentile histogram: from the record's timestamp (ingest) to its database commit. */
    public static final String LATENCY = "khabar.pipeline.latency";
    /** Gauge, tags {@code group} and {@code topic}: records not yet processed by a consumer group. */
    public static final String CONSUMER_LAG = "khabar.consumer.lag";

    private MeterNames() {
    }
}
