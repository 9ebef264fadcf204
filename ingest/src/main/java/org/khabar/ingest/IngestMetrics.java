package org.khabar.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Domain meters of ingest: {@code khabar.ingest.articles} by source kind ({@code file}, {@code jsonl},
 * {@code folder}, {@code feed}, {@code http}, ...) and outcome: {@code published},
 * {@code dead_lettered}, {@code refused} (answered to an HTTP caller with its reason),
 * {@code failed} (a transaction that did not commit; the source retries).
 */
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Counter deadLettered;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // The one dead-letter meter of every stage (ingest, decode, dedup, enrich, sink), by stage and reason.
        this.deadLettered = Counter.builder("khabar.dlq.records")
                .description("Records sent to the dead-letter topic, by stage and reason")
                .tag("stage", "ingest")
                .tag("reason", "refused_input")
                .register(registry);
    }

    public void count(String sourceKind, String outcome) {
        Counter.builder("khabar.ingest.articles")
                .description("Articles read by ingest, by source kind and outcome")
                .tag("source", sourceKind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        if (outcome.equals("dead_lettered")) {
            deadLettered.increment();
        }
    }

}
