package org.khabar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.feed.FeedPoller;
import org.khabar.ingest.fetch.RefusedUrlException;
import org.khabar.ingest.fetch.SafeFetcher;
import org.khabar.ingest.fetch.UrlPolicy;
import org.khabar.ingest.http.HttpIngestEndpoint;
import org.khabar.ingest.publish.Checkpoints;
import org.khabar.ingest.publish.Outbox;
import org.khabar.ingest.publish.TransactionalPublisher;
import org.khabar.ingest.watch.FolderWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every long-running ingest source, started and stopped together: RSS/Atom feeds polled on a
 * schedule, watched folders, and the HTTP endpoint. They share one transactional producer
 * ({@link TransactionalPublisher}), whose transactions carry each article or dead letter together
 * with the checkpoint acknowledging its source item, on the compacted topic
 * {@code khabar.ingest.checkpoints} (read back with {@code read_committed} at start): across a
 * crash or kill, every feed item and file is published exactly once, for {@code read_committed}
 * readers (the enrich topology is one).
 *
 * <pre>{@code
 * try (IngestSources sources = IngestSources.start(config, options, registry, listener)) {
 *     ... run until stopped ...
 * }
 * }</pre>
 */
public final class IngestSources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestSources.class);

    private final SourcesOptions options;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final IngestListener listener;
    private Outbox outbox;
    private DocumentExtractor extractor;
    private SafeFetcher fetcher;
    private final List<FeedPoller> feeds = new ArrayList<>();
    private FolderWatcher watcher;
    private HttpIngestEndpoint http;
    private ScheduledExecutorService scheduler;
    private IngestMetrics metrics;
    private String defaultSource;
    private boolean background;

    private IngestSources(SourcesOptions options, IngestListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** Opens every source and starts their loops (feeds, folders) and the HTTP endpoint. */
    public static IngestSources start(IngestConfig config, SourcesOptions options, MeterRegistry registry,
                                      IngestListener listener) {
        IngestSources s = open(config, options, registry, listener);
        try {
            s.startBackground();
        } catch (RuntimeException | IOException e) {
            s.close();
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
        }
        return s;
    }

    /**
     * Validates the options, restores the checkpoints and prepares every source without starting
     * anything that runs on its own: {@link #runOnce()} then polls and scans on the caller's thread.
     */
    public static IngestSources open(IngestConfig config, SourcesOptions options, MeterRegistry registry,
                                     IngestListener listener) {
        IngestListener l = listener == null ? IngestListener.NONE : listener;
        validate(options);
        IngestSources s = new IngestSources(options, l);
        try {
            s.init(config, registry);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static void validate(SourcesOptions options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no source to run: give a feed, a folder to watch or an HTTP port");
        }
        UrlPolicy policy = UrlPolicy.allowing(options.fetchAllow());
        for (String feed : options.feeds()) {
            try {
                policy.check(feed);
            } catch (RefusedUrlException e) {
                throw new IllegalArgumentException("feed " + feed + " refused: " + e.getMessage()
                        + (e.getMessage().contains("range") ? " (allow it with --fetch-allow)" : ""), e);
            }
        }
        for (Path dir : options.watch()) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("cannot watch " + dir + ": no such folder");
            }
        }
    }

    private void init(IngestConfig config, MeterRegistry registry) {
        try (Admin admin = Admin.create(config.adminProperties())) {
            Checkpoints.ensureTopic(admin, options.checkpointTopic());
        }
        Properties producer = config.producerProperties();
        producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, options.instanceId());
        TransactionalPublisher publisher = new TransactionalPublisher(producer, options.commitHook());
        toClose.add(publisher);
        // After initTransactions(): a crashed predecessor's open transaction is aborted, so what is read is final.
        Checkpoints checkpoints = Checkpoints.restore(config.consumerProperties(), options.checkpointTopic(),
                options.instanceId(), Duration.ofSeconds(60));
        LOG.info("ingest instance {} restored {} checkpoints", options.instanceId(), checkpoints.size());
        IngestMetrics metrics = new IngestMetrics(registry);
        outbox = new Outbox(publisher, checkpoints, config.rawTopic(), config.dlqTopic(), metrics, listener);
        extractor = new DocumentExtractor(config.extraction());
        toClose.add(0, extractor);
        fetcher = new SafeFetcher(UrlPolicy.allowing(options.fetchAllow()), options.fetch());
        toClose.add(0, fetcher);
        for (String url : options.feeds()) {
            feeds.add(new FeedPoller(url, fetcher, extractor, outbox, options.feedItemRetention()));
        }
        if (!options.watch().isEmpty()) {
            watcher = new FolderWatcher(options.watch(), options.watchInterval(), outbox, extractor,
                    config.defaultSource(), listener::foldersScanned);
            toClose.add(0, watcher);
        }
        this.metrics = metrics;
        this.defaultSource = config.defaultSource();
    }

    private void startBackground() throws IOException {
        if (background) {
            return;
        }
        background = true;
        if (!feeds.isEmpty()) {
            AtomicInteger n = new AtomicInteger();
            scheduler = Executors.newScheduledThreadPool(Math.min(feeds.size(), 4), r -> {
                Thread t = new Thread(r, "khabar-feed-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            for (FeedPoller poller : feeds) {
                scheduler.scheduleWithFixedDelay(() -> poll(poller), 0, options.feedInterval().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            toClose.add(0, () -> {
                scheduler.shutdownNow();
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            });
        }
        if (watcher != null) {
            watcher.start();
        }
        if (options.http() != null) {
            http = new HttpIngestEndpoint(options.http(), outbox, extractor, fetcher,
                    "http".equals(defaultSource) || "file".equals(defaultSource) ? "http" : defaultSource, metrics,
                    listener);
            toClose.add(0, http);
        }
    }

    private void poll(FeedPoller poller) {
        try {
            FeedPoller.PollResult r = poller.pollOnce();
            listener.feedPolled(poller.url(), r.status(), r.published(), r.deadLettered(), r.pending());
        } catch (RuntimeException e) {
            LOG.warn("poll of {} failed: {}", poller.url(), e.toString());
        }
    }

    /** Polls every feed once and scans every watched folder once, on this thread (for {@code --once}). */
    public void runOnce() {
        for (FeedPoller poller : feeds) {
            poll(poller);
        }
        if (watcher != null) {
            // The second scan takes the files that the first saw for the first time and that did not change since.
            watcher.scanOnce();
            watcher.scanOnce();
        }
    }

    /** The HTTP endpoint's port, or -1 without an endpoint. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** Why publishing stopped for good (another instance took over this instance's id), or null. */
    public Throwable fatalError() {
        return outbox == null ? null : outbox.publisher().fatalError();
    }

    /** Checkpoints currently known (committed). */
    public int checkpointCount() {
        return outbox == null ? 0 : outbox.checkpoints().size();
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
