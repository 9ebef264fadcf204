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
        deadLettered = Counter.builder("khabar.sink.dead.lettered")
                .description("Records the sink could not store and sent to the dead-letter topic").register(registry);
        retries = Counter.builder("khabar.sink.retries")
                .description("Batch writes retried after a transient store error").register(registry);
        batchWrite = Timer.builder("khabar.sink.batch.write")
                .description("Time to write and commit one batch").register(registry);
        endToEnd = Timer.builder("khabar.pipeline.latency")
                .description("From the record's timestamp (ingest) to its database commit")
                .publishPercentileHistogram()
                .register(registry);
    }
}
