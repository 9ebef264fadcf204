package org.khabar.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.khabar.app.LogSetup;
import org.khabar.app.observe.LiveStats;
import org.khabar.app.observe.MetricsOptions;
import org.khabar.app.observe.Observability;
import org.khabar.app.run.DeadLetterWatcher;
import org.khabar.app.run.DemoArticles;
import org.khabar.app.run.Pipeline;
import org.khabar.app.run.StatusLine;
import org.khabar.model.EnrichedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar run}: the whole pipeline in one process, on an embedded broker unless one is given. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Runs ingest, enrich and sink together. Without --bootstrap-servers a real single-node Kafka broker "
                    + "(KRaft) is started inside this process, with its data under --data-dir, kept across runs; "
                    + "articles are stored in SQLite at DATA-DIR/khabar.db unless --store is given.",
            "With no INPUT, a handful of bundled demo articles (fictional) is ingested.",
            "Shows a live status line (throughput per stage, DLQ, consumer lag, latency p50/p99); Ctrl-C stops "
                    + "cleanly and prints a summary. With --once, exits when every input has been stored or "
                    + "dead-lettered. Logs go to DATA-DIR/khabar.log.",
            "Serves /metrics (Prometheus), /health and a live page with charts at http://127.0.0.1:9464/ "
                    + "(--metrics-port)."
        })
public final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files or folders to ingest: *.jsonl/*.ndjson as raw-article JSON lines, anything else "
                    + "(HTML, text) through Apache Tika. Default: the demo articles.")
    List<Path> inputs = List.of();

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:KHABAR_DATA_DIR:-./khabar-data}",
            description = "Broker data, Streams state, SQLite store and log (env KHABAR_DATA_DIR; default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    KafkaOptions kafka;

    /** Feeds, watched folders and the HTTP endpoint, as for 'khabar ingest'. */
    @Mixin
    IngestCommand.SourceOptions sources;

    @Option(names = "--store", paramLabel = "JDBC-URL", defaultValue = "${env:KHABAR_STORE}",
            description = "Where to store: jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=U&password=P "
                    + "(env KHABAR_STORE; default jdbc:sqlite:DATA-DIR/khabar.db).")
    String store;

    @Option(names = "--once", description = "Exit when every input is stored or dead-lettered, with a summary.")
    boolean once;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "${env:KHABAR_IDLE_TIMEOUT:-PT2M}",
            description = "With --once: give up when nothing was stored or dead-lettered for this long, ISO-8601 "
                    + "(env KHABAR_IDLE_TIMEOUT; default ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--partitions", defaultValue = "${env:KHABAR_PARTITIONS:-3}",
            description = "Partitions of Khabar's topics when created (env KHABAR_PARTITIONS; default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--source", defaultValue = "${env:KHABAR_SOURCE:-file}",
            description = "Source name for articles that do not name one (env KHABAR_SOURCE; default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = {"-v", "--verbose"}, description = "Show INFO logs on the terminal too.")
    boolean verbose;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        java.nio.file.Files.createDirectories(dataDir);
        LogSetup.quietConsoleAndLogTo(dataDir.resolve("khabar.log"), verbose);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean terminal = System.console() != null;
        boolean showArticles = inputs.isEmpty() || inputs.size() <= 20;
        long started = System.nanoTime();

        Pipeline.Settings settings = new Pipeline.Settings(dataDir, kafka.bootstrapServers, store, partitions, source,
                kafka.clientSettings());
        try (Observability obs = metrics.start("run")) {
            obs.health(org.khabar.app.observe.Health::starting);
            if (obs.url() != null) {
                err.println("Live page " + obs.url() + " (metrics at " + obs.url() + "metrics, health at "
                        + obs.url() + "health)");
            }
            return run(settings, obs, out, err, terminal, showArticles, started);
        }
    }

    private int run(Pipeline.Settings settings, Observability obs, PrintStream out, PrintStream err, boolean terminal,
                    boolean showArticles, long started) throws Exception {
        if (settings.bootstrapServers() == null) {
            err.println("Starting an embedded Kafka broker (data in " + dataDir.toAbsolutePath().resolve("kafka") + ") ...");
        }
        AtomicReference<StatusLine> status = new AtomicReference<>();
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "khabar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        Pipeline pipeline = null;
        org.khabar.ingest.IngestSources closeFirst = null;
        try {
            pipeline = Pipeline.start(settings, obs.registry(), new Pipeline.Listener() {
                @Override
                public void stored(EnrichedArticle article) {
                    obs.events().stored(article);
                    if (showArticles && status.get() != null) {
                        status.get().println(describe(article));
                    }
                }

                @Override
                public void copyStored(org.khabar.model.DuplicateNotice copy) {
                    obs.events().copyStored(copy);
                    if (showArticles && status.get() != null) {
                        status.get().println(String.format(Locale.ROOT, "copy   %s of %s (similarity %.2f)%s", copy.id(),
                                copy.duplicateOf(), copy.similarity(), copy.source() == null ? "" : " from " + copy.source()));
                    }
                }

                @Override
                public void deadLettered(DeadLetterWatcher.DeadLetter dead) {
                    if (status.get() != null) {
                        status.get().println("dead-lettered " + dead.key() + " at " + dead.stage() + ": " + dead.reason());
                    }
                }
            });
            Pipeline p = pipeline;
            err.println("Kafka at " + p.bootstrapServers() + "; storing into " + redact(p.storeUrl()));
            obs.watch(p, settings.kafka(), dataDir);
            StatusLine line = new StatusLine(err, terminal, terminal ? StatusLine.terminalWidth() : Integer.MAX_VALUE,
                    obs.stats()::latest);
            status.set(line);

            org.khabar.ingest.SourcesOptions sourceOptions = sources.toOptions();
            org.khabar.ingest.IngestSources longRunning = null;
            if (!sourceOptions.isEmpty()) {
                if (once && sourceOptions.http() != null) {
                    throw new IllegalArgumentException("--once and --http-port do not go together: the endpoint runs until stopped");
                }
                org.khabar.ingest.IngestConfig ingestConfig = org.khabar.ingest.IngestConfig.defaults(p.bootstrapServers())
                        .withSource(source).withKafka(settings.kafka()).withExtraction(sources.extractionLimits());
                org.khabar.ingest.IngestListener expect = new org.khabar.ingest.IngestListener() {
                    @Override
                    public void published(org.khabar.model.RawArticle article, String sourceKind) {
                        p.tracker().expect(java.util.List.of(article.id()));
                    }
                };
                longRunning = once
                        ? org.khabar.ingest.IngestSources.open(ingestConfig, sourceOptions, obs.registry(), expect)
                        : org.khabar.ingest.IngestSources.start(ingestConfig, sourceOptions, obs.registry(), expect);
                if (!once) {
                    line.println("Ingesting continuously: " + sourceOptions.feeds().size() + " feeds, "
                            + sourceOptions.watch().size() + " watched folders"
                            + (longRunning.httpPort() > 0 ? ", HTTP on port " + longRunning.httpPort() + " (POST /articles)" : ""));
                }
            }
            org.khabar.ingest.IngestSources sourcesRunning = longRunning;
            closeFirst = longRunning;
            AtomicReference<Exception> ingestError = new AtomicReference<>();
            Thread ingest = new Thread(() -> {
                try {
                    if (sourcesRunning != null && once) {
                        sourcesRunning.runOnce(); // every feed polled and every folder scanned once
                    }
                    if (inputs.isEmpty() && sourcesRunning == null) {
                        line.println("Ingesting the demo articles (fictional reports bundled with Khabar) ...");
                        try (var demo = DemoArticles.open()) {
                            p.ingestJsonLines(demo, "demo", "demo");
                        }
                    } else {
                        p.ingestPaths(inputs);
                    }
                } catch (Exception e) {
                    ingestError.set(e);
                } finally {
                    p.tracker().ingestFinished();
                }
            }, "khabar-ingest");
            ingest.setDaemon(true);
            ingest.start();

            int code = 0;
            while (stopRequested.getCount() > 0) {
                line.refresh();
                if (ingestError.get() != null) {
                    line.finish();
                    err.println("ingest failed: " + ingestError.get().getMessage());
                    code = 1;
                    break;
                }
                if (p.failure() != null) {
                    line.finish();
                    err.println("pipeline stopped: " + p.failure().getMessage());
                    code = 1;
                    break;
                }
                if (once && p.tracker().complete()) {
                    break;
                }
                if (once && p.tracker().nanosSinceProgress() > idleTimeout.toNanos() && !ingest.isAlive()) {
                    line.finish();
                    err.println("gave up: " + p.tracker().outstanding() + " articles were neither stored nor "
                            + "dead-lettered within " + idleTimeout.toSeconds() + " s, e.g. "
                            + p.tracker().outstandingIds().stream().limit(5).toList() + ". See "
                            + dataDir.resolve("khabar.log") + ".");
                    code = 1;
                    break;
                }
                stopRequested.await(terminal ? 250 : 1000, TimeUnit.MILLISECONDS);
            }
            obs.stats().sample();
            line.refresh();
            line.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            long corrected = p.corrected();
            out.printf(Locale.ROOT, "Summary: %d ingested, %d stored, %d duplicates%s, %d dead-lettered in %.1f s. "
                            + "Store: %s%n", p.ingested(), p.stored() - corrected, p.duplicates(),
                    corrected == 0 ? "" : " (" + corrected + " first stored as originals: their earlier copy came late)",
                    p.deadLettered(), seconds, redact(p.storeUrl()));
            LiveStats.Summary s = obs.stats().summary();
            out.printf(Locale.ROOT, "Throughput: up to %s articles/s stored (%d s average); latency from ingest to store "
                            + "p50 %s, p99 %s; highest consumer lag %s.%n", StatusLine.rate(s.peakStoreRate()),
                    LiveStats.RATE_WINDOW_SECONDS, StatusLine.seconds(s.p50()), StatusLine.seconds(s.p99()),
                    s.peakLag() == null ? "not measured" : s.peakLag() + " records");
            return code;
        } finally {
            if (closeFirst != null) {
                closeFirst.close(); // stop taking articles before the pipeline stops
            }
            if (pipeline != null) {
                pipeline.close();
            }
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
        }
    }

    private static String describe(EnrichedArticle a) {
        StringBuilder sb = new StringBuilder("stored ").append(a.id());
        if (a.casualties() != null && (a.casualties().killed() != null || a.casualties().injured() != null)) {
            sb.append(" [killed ").append(a.casualties().killed() == null ? "?" : a.casualties().killed())
                    .append(", injured ").append(a.casualties().injured() == null ? "?" : a.casualties().injured())
                    .append(']');
        }
        sb.append(' ').append(a.entities().size()).append(" entities, ").append(a.dates().size()).append(" dates");
        if (a.title() != null) {
            sb.append(": ").append(a.title());
        }
        return sb.toString();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Folder of a SQLite store URL, to create before opening; null for other stores. */
    static Path sqliteParent(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file:")) {
            return null;
        }
        Path parent = Paths.get(path).toAbsolutePath().getParent();
        return parent;
    }

}
