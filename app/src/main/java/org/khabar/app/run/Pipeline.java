package org.khabar.app.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.khabar.app.broker.EmbeddedKafkaBroker;
import org.khabar.app.broker.KafkaBroker;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.enrich.topology.EnrichConfig;
import org.khabar.enrich.topology.EnrichService;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestReport;
import org.khabar.ingest.IngestService;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.KafkaTopics;
import org.khabar.model.Topics;
import org.khabar.sink.JdbcArticleStore;
import org.khabar.sink.SinkConfig;
import org.khabar.sink.SinkService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process, as {@code khabar run} starts it: an embedded broker unless
 * one is given, then sink, enrich and ingest, each the same service that runs alone in a
 * deployment. Closing stops them in reverse order.
 */
public final class Pipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What a run needs; {@code bootstrapServers} null means start the embedded broker under {@code dataDir}. */
    public record Settings(Path dataDir, String bootstrapServers, String storeUrl, int partitions, String source,
                           Map<String, String> kafka) {
        public Settings {
            kafka = Map.copyOf(kafka);
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
            }
        }

        public String storeUrlOrDefault() {
            return storeUrl != null ? storeUrl : "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("khabar.db");
        }
    }

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final MeterRegistry registry;
    private final CompletionTracker tracker = new CompletionTracker();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong copies = new AtomicLong();
    private final String bootstrapServers;
    private final String storeUrl;
    private EnrichService enrich;
    private SinkService sink;
    private IngestService ingest;
    private DeadLetterWatcher deadLetters;

    private Pipeline(MeterRegistry registry, String bootstrapServers, String storeUrl) {
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        this.storeUrl = storeUrl;
    }

    /** What a running pipeline reports as it goes (the launcher prints it; tests record it). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void stored(EnrichedArticle article) {
        }

        default void copyStored(DuplicateNotice copy) {
        }

        default void deadLettered(DeadLetterWatcher.DeadLetter deadLetter) {
        }
    }

    public static Pipeline start(Settings settings, MeterRegistry registry, Listener listener) throws Exception {
        return start(settings, registry, listener, null);
    }

    /** As above; a non-null {@code enricher} replaces the enrichment library (tests inject failures with it). */
    public static Pipeline start(Settings settings, MeterRegistry registry, Listener listener, Enricher enricher)
            throws Exception {
        Files.createDirectories(settings.dataDir());
        KafkaBroker broker = null;
        String bootstrap = settings.bootstrapServers();
        if (bootstrap == null || bootstrap.isBlank()) {
            broker = EmbeddedKafkaBroker.start(settings.dataDir());
            bootstrap = broker.bootstrapServers();
        }
        Pipeline p = new Pipeline(registry, bootstrap, settings.storeUrlOrDefault());
        if (broker != null) {
            p.toClose.add(broker);
        }
        try {
            p.startServices(settings, listener, enricher);
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
        return p;
    }

    private void startServices(Settings settings, Listener listener, Enricher enricher) throws Exception {
        Properties adminProps = new Properties();
        settings.kafka().forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                adminProps.put(k, v);
            }
        });
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(adminProps)) {
            KafkaTopics.ensure(admin, KafkaTopics.all(), settings.partitions(), (short) -1);
        }

        deadLetters = new DeadLetterWatcher(bootstrapServers, settings.kafka(), Topics.DLQ, dl -> {
            tracker.resolved(java.util.Collections.singletonList(dl.key()));
            listener.deadLettered(dl);
        });
        toClose.add(0, deadLetters);

        JdbcArticleStore store = JdbcArticleStore.open(storeUrl);
        toClose.add(0, store);
        sink = new SinkService(SinkConfig.defaults(bootstrapServers, storeUrl).withKafka(settings.kafka()), store,
                registry, (articles, copyNotices, dead) -> {
                    stored.addAndGet(articles.size());
                    copies.addAndGet(copyNotices.size());
                    List<String> ids = new ArrayList<>(articles.size() + copyNotices.size());
                    articles.forEach(a -> ids.add(a.id()));
                    copyNotices.forEach(c -> ids.add(c.id()));
                    tracker.resolved(ids);
                    articles.forEach(listener::stored);
                    copyNotices.forEach(listener::copyStored);
                });
        toClose.add(0, sink);
        Thread sinkThread = new Thread(sink, "khabar-sink");
        sinkThread.setDaemon(true);
        sinkThread.start();

        enrich = new EnrichService(EnrichConfig.defaults(bootstrapServers, settings.dataDir().resolve("streams"))
                .withKafka(settings.kafka()), registry, enricher);
        toClose.add(0, enrich);
        enrich.start();

        ingest = new IngestService(IngestConfig.defaults(bootstrapServers).withSource(settings.source())
                .withKafka(settings.kafka()), registry);
        toClose.add(0, ingest);
    }

    public IngestReport ingestPaths(List<Path> inputs) throws IOException {
        IngestReport report = ingest.ingestPaths(inputs);
        tracker.expect(report.publishedIds());
        return report;
    }

    public IngestReport ingestJsonLines(BufferedReader reader, String origin, String sourceKind) throws IOException {
        IngestReport report = ingest.ingestJsonLines(reader, origin, sourceKind);
        tracker.expect(report.publishedIds());
        return report;
    }

    public CompletionTracker tracker() {
        return tracker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String storeUrl() {
        return storeUrl;
    }

    public long ingested() {
        return (long) registry.find("khabar.ingest.articles").tag("outcome", "published").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    public long duplicates() {
        return copies.get();
    }

    public long enriched() {
        return (long) (enrich.metrics().enriched());
    }

    /** Articles written by the sink (a replayed or corrected one counts each time it is written). */
    public long stored() {
        return stored.get();
    }

    /** Articles enrich decided original, then sent again as copies (the sink moved them to the copies). */
    public long corrected() {
        return (long) enrich.metrics().corrected();
    }

    public long deadLettered() {
        return deadLetters.count();
    }

    /** True while the sink holds a batch because the store is unavailable. */
    public boolean sinkHoldingForStore() {
        return sink.isHoldingForStore();
    }

    /** Why a service stopped on its own, or null while all run. */
    public Throwable failure() {
        if (enrich != null && enrich.fatalError() != null) {
            return enrich.fatalError();
        }
        if (sink != null && sink.fatalError() != null) {
            return sink.fatalError();
        }
        return null;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        toClose.clear();
    }
}
