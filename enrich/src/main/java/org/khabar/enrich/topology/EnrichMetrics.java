package org.khabar.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.khabar.enrich.nlp.ArticleEnricher;

/** Domain meters of the enrich service (low-cardinality tags only). */
public final class EnrichMetrics implements ArticleEnricher.StageTimer {
    private final Counter enriched;
    private final Counter duplicates;
    private final Counter redelivered;
    private final Counter deadLettered;
    private final Map<ArticleEnricher.Stage, Timer> stageTimers = new EnumMap<>(ArticleEnricher.Stage.class);

    public EnrichMetrics(MeterRegistry registry) {
        this.enriched = outcome(registry, "enriched");
        this.duplicates = outcome(registry, "duplicate");
        this.redelivered = outcome(registry, "redelivered");
        this.deadLettered = outcome(registry, "dead_lettered");
        for (ArticleEnricher.Stage stage : ArticleEnricher.Stage.values()) {
            stageTimers.put(stage, Timer.builder("khabar.enrich.stage")
                    .description("Time spent in each enrichment stage")
                    .tag("stage", stage.name().toLowerCase(java.util.Locale.ROOT))
                    .register(registry));
        }
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("khabar.enrich.articles")
                .description("Articles leaving the enrich topology, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    public double enriched() {
        return enriched.count();
    }

    public double duplicates() {
        return duplicates.count();
    }

    public double deadLettered() {
        return deadLettered.count();
    }

    void countEnriched() {
        enriched.increment();
    }

    void countDuplicate() {
        duplicates.increment();
    }

    void countRedelivered() {
        redelivered.increment();
    }

    void countDeadLettered() {
        deadLettered.increment();
    }

    @Override
    public void record(ArticleEnricher.Stage stage, long nanos) {
        stageTimers.get(stage).record(nanos, TimeUnit.NANOSECONDS);
    }
}
