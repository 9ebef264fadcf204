package org.khabar.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.khabar.app.observe.Health;
import org.khabar.app.observe.MetricsOptions;
import org.khabar.app.observe.Observability;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.enrich.offline.OfflineEnricher;
import org.khabar.enrich.topology.EnrichConfig;
import org.khabar.enrich.topology.EnrichService;
import org.khabar.model.KafkaTopics;
import org.khabar.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar enrich}: the Streams service against a cluster, or {@code --offline} over JSON lines. */
@Command(name = "enrich", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Deduplicates and enriches raw articles.",
            "With --offline: reads raw-article JSON lines from FILE (or stdin) and prints one enriched JSON line "
                    + "per input line on stdout, in input order, with no Kafka (same logic as the topology).",
            "Without: runs the Kafka Streams service, " + Topics.RAW + " -> " + Topics.ENRICHED + " / "
                    + Topics.DUPLICATES + " / " + Topics.DLQ + ", until stopped (Ctrl-C)."
        })
public final class EnrichCommand implements Callable<Integer> {
    @Option(names = "--offline", description = "Enrich JSON lines from FILE or stdin to stdout, without Kafka.")
    boolean offline;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "With --offline: raw-article JSON lines (default: stdin).")
    Path file;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:KHABAR_STATE_DIR:-./khabar-data/streams}",
            description = "Local state (dedup store) of the Streams service (env KHABAR_STATE_DIR; default ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--application-id", defaultValue = "${env:KHABAR_ENRICH_APPLICATION_ID:-khabar-enrich}",
            description = "Kafka Streams application id: consumer group and internal topic prefix "
                    + "(env KHABAR_ENRICH_APPLICATION_ID; default ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--dedup-window", paramLabel = "DURATION", defaultValue = "${env:KHABAR_DEDUP_WINDOW:-P7D}",
            description = "How long a text is remembered for duplicate detection, ISO-8601 (env KHABAR_DEDUP_WINDOW; "
                    + "default ${DEFAULT-VALUE} = 7 days).")
    Duration dedupWindow;

    @Option(names = "--decision-grace", paramLabel = "DURATION", defaultValue = "${env:KHABAR_DECISION_GRACE:-PT0.5S}",
            description = "How long a near-duplicate verdict waits after the last bucket answer, ISO-8601 "
                    + "(env KHABAR_DECISION_GRACE; default ${DEFAULT-VALUE}).")
    Duration decisionGrace;

    @Option(names = "--event-grace", paramLabel = "DURATION", defaultValue = "${env:KHABAR_EVENT_GRACE:-PT2S}",
            description = "How long a report waits before event grouping, so reports from all partitions are grouped "
                    + "in ingest order; ISO-8601 (env KHABAR_EVENT_GRACE; default ${DEFAULT-VALUE}).")
    Duration eventGrace;

    @Option(names = "--threads", defaultValue = "${env:KHABAR_ENRICH_THREADS:-1}",
            description = "Stream threads (env KHABAR_ENRICH_THREADS; default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--processing-guarantee", defaultValue = "${env:KHABAR_PROCESSING_GUARANTEE:-exactly_once_v2}",
            description = "exactly_once_v2 or at_least_once (env KHABAR_PROCESSING_GUARANTEE; default ${DEFAULT-VALUE}).")
    String guarantee;

    @Option(names = "--partitions", defaultValue = "${env:KHABAR_PARTITIONS:-3}",
            description = "Partitions of Khabar's topics when this command creates them (env KHABAR_PARTITIONS; "
                    + "default ${DEFAULT-VALUE}).")
    int partitions;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        if (offline) {
            return runOffline();
        }
        EnrichConfig config = new EnrichConfig(kafka.requireBootstrapServers(), applicationId, stateDir, dedupWindow,
                guarantee, threads, Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.EVENTS, Topics.DLQ,
                EnrichConfig.DEFAULT_MAX_RECORD_BYTES, decisionGrace, eventGrace, kafka.clientSettings());
        try (Admin admin = Admin.create(Services.adminProperties(config.bootstrapServers(), config.kafka()))) {
            KafkaTopics.ensure(admin, KafkaTopics.all(), partitions, (short) -1);
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (Observability obs = metrics.start("enrich");
             EnrichService service = new EnrichService(config, obs.registry())) {
            obs.health(() -> health(service));
            obs.monitorLag(config.bootstrapServers(), config.kafka(), java.util.Map.of(config.applicationId(),
                    Observability.enrichInputs(config.applicationId(), config.rawTopic())));
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "khabar-enrich-shutdown"));
            service.start();
            stop.await();
        }
        return 0;
    }

    /** Up while the Streams client runs or rebalances; down once it stopped (the reason is in the log). */
    static Health health(EnrichService service) {
        if (service.fatalError() != null) {
            return Health.down(String.valueOf(service.fatalError().getMessage()));
        }
        KafkaStreams.State state = service.state();
        java.util.Map<String, Object> details = java.util.Map.of("streams", state.name());
        return switch (state) {
            case RUNNING, REBALANCING -> Health.up(details);
            case CREATED -> new Health(Health.Status.STARTING, details);
            default -> new Health(Health.Status.DOWN, details);
        };
    }

    private int runOffline() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        OfflineEnricher enricher = new OfflineEnricher(new ArticleEnricher(), dedupWindow, Clock.systemUTC());
        try (BufferedReader in = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            OfflineEnricher.Summary s = enricher.run(in, out, err);
            err.printf("enriched %d, duplicates %d, invalid %d (of %d lines)%n", s.enriched(), s.duplicates(),
                    s.invalid(), s.lines());
            return s.invalid() > 0 ? 3 : 0;
        }
    }
}
