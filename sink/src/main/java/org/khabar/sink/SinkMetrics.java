package org.khabar.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Domain meters of the sink. */
final class SinkMetrics {
    final Counter articles;
    final Counter copies;
    final Counter deadLettered;
    final Counter retries;
    final Timer batchWrite;
    final Timer endToEnd;

    SinkMetrics(MeterRegistry registry) {
        articles = Counter.builder("khabar.sink.rows").tag("table", "articles")
                .description("Rows upserted by the sink").register(registry);
        copies = Counter.builder("khabar.sink.rows").tag("table", "article_copies")
                .description("Rows upserted by the sink").register(registry);
        // The one dead-letter meter of every stage (ingest, decode, dedup, enrich, sink), by stage and reason.
        deadLettered = Counter.builder("khabar.dlq.records").tag("stage", "sink").tag("reason", "unstorable")
                .description("Records sent to the dead-letter topic, by stage and reason").register(registry);
        retries = Counter.builder("khabar.sink.retries")
                .description("Batch writes retried after a transient store error").register(registry);
        batchWrite = Timer.builder("khabar.sink.batch.write")
                .description("Time to write and commit one batch").register(registry);
        endToEnd = Timer.builder("khabar.pipeline.latency")
                .description("From the record's timestamp (ingest) to its database commit")
                .publishPercentileHistogram()
                // A backlog (a corpus ingested at once, a store outage) takes minutes, not the default 30 s cap.
                .minimumExpectedValue(java.time.Duration.ofMillis(5))
                .maximumExpectedValue(java.time.Duration.ofMinutes(30))
                .register(registry);
    }
}
