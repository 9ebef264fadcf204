package org.khabar.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Domain meters of ingest: articles by source kind and outcome. */
final class IngestMetrics {
    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String sourceKind, String outcome) {
        Counter.builder("khabar.ingest.articles")
                .description("Articles read by ingest, by source kind and outcome")
                .tag("source", sourceKind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
