package org.khabar.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.khabar.enrich.nlp.ArticleEnricher;

/** Domain meters of the enrich service (low-cardinality tags only). */
public final class EnrichMetrics implements ArticleEnricher.StageTimer {
    /** Records on the dead-letter topic, tagged {@code stage} and {@code reason} (a short category, never free text). */
    public static final String DLQ_RECORDS = "khabar.dlq.records";
    /** Events created or updated by the event grouping, tagged {@code change}. */
    public static final String EVENTS = "khabar.enrich.events";

    private final MeterRegistry registry;
    private final Counter enriched;
    private final Counter duplicates;
    private final Counter redelivered;
    private final Counter deadLettered;
    private final Counter eventsCreated;
    private final Counter eventsUpdated;
    private final Timer dedupTimer;
    private final Map<ArticleEnricher.Stage, Timer> stageTimers = new EnumMap<>(ArticleEnricher.Stage.class);
    private final Map<String, Counter> deadLetterCounters = new ConcurrentHashMap<>();

    private final Counter corrected;
    private final Counter lateReports;

    public EnrichMetrics(MeterRegistry registry) {
        this.corrected = Counter.builder("khabar.dedup.corrected")
                .description("Articles decided original, then sent again as copies when an earlier copy was found late")
                .register(registry);
        this.lateReports = Counter.builder("khabar.events.late.reports")
                .description("Reports that reached event grouping after later ones were grouped (grouped on arrival)")
                .register(registry);
        this.registry = registry;
        this.enriched = outcome(registry, "enriched");
        this.duplicates = outcome(registry, "duplicate");
        this.redelivered = outcome(registry, "redelivered");
        this.deadLettered = outcome(registry, "dead_lettered");
        for (ArticleEnricher.Stage stage : ArticleEnricher.Stage.values()) {
            stageTimers.put(stage, stageTimer(registry, stage.name().toLowerCase(Locale.ROOT)));
        }
        this.dedupTimer = stageTimer(registry, "dedup");
        this.eventsCreated = event(registry, "created");
        this.eventsUpdated = event(registry, "updated");
        // Registered up front so dashboards show a zero line, not "no data", until something fails.
        deadLetterCounter("decode", "malformed_json");
        deadLetterCounter("decode", "invalid_article");
        deadLetterCounter("dedup", "invalid_article");
        deadLetterCounter("enrich", "enrichment_error");
    }

    private static Timer stageTimer(MeterRegistry registry, String stage) {
        return Timer.builder("khabar.enrich.stage")
                .description("Time spent in each enrichment stage")
                .tag("stage", stage)
                .register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("khabar.enrich.articles")
                .description("Articles leaving the enrich topology, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Counter event(MeterRegistry registry, String change) {
        return Counter.builder(EVENTS)
                .description("Events (stories grouped across articles) created or updated")
                .tag("change", change)
                .register(registry);
    }

    private Counter deadLetterCounter(String stage, String reason) {
        return deadLetterCounters.computeIfAbsent(stage + '/' + reason, k -> Counter.builder(DLQ_RECORDS)
                .description("Records sent to the dead-letter topic, by stage and reason")
                .tag("stage", stage)
                .tag("reason", reason)
                .register(registry));
    }

    /** The bounded reason category of a failure (the full sentence goes into the record's headers). */
    static String reason(String stage, Throwable error) {
        return switch (stage) {
            case "decode" -> error instanceof com.fasterxml.jackson.core.JsonProcessingException
                    ? "malformed_json" : "invalid_article";
            case "dedup" -> "invalid_article";
            case "enrich" -> "enrichment_error";
            default -> "other";
        };
    }

    public double enriched() {
        return enriched.count();
    }

    public double corrected() {
        return corrected.count();
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

    void countCorrected() {
        corrected.increment();
    }

    void countLateReport() {
        lateReports.increment();
    }

    void countRedelivered() {
        redelivered.increment();
    }

    void countDeadLettered(Failure failure) {
        deadLettered.increment();
        deadLetterCounter(failure.stage(), reason(failure.stage(), failure.error())).increment();
    }

    /** For the event grouping: a new event was opened. */
    public void countEventCreated() {
        eventsCreated.increment();
    }

    /** For the event grouping: an article joined (or changed the figures of) an existing event. */
    public void countEventUpdated() {
        eventsUpdated.increment();
    }

    void recordDedup(long nanos) {
        dedupTimer.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void record(ArticleEnricher.Stage stage, long nanos) {
        stageTimers.get(stage).record(nanos, TimeUnit.NANOSECONDS);
    }
}
