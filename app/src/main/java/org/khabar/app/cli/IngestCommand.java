package org.khabar.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestListener;
import org.khabar.ingest.IngestReport;
import org.khabar.ingest.IngestService;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.Sizes;
import org.khabar.ingest.SourcesOptions;
import org.khabar.ingest.extract.ExtractionLimits;
import org.khabar.ingest.fetch.FetchLimits;
import org.khabar.ingest.http.HttpOptions;
import org.khabar.model.KafkaTopics;
import org.khabar.model.RawArticle;
import org.khabar.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khabar ingest}: publishes files, folders and JSON lines to a cluster's raw topic, and/or
 * runs the long-running sources (feeds, watched folders, the HTTP endpoint) until stopped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Publishes articles to " + Topics.RAW + ": JSON lines files (*.jsonl, *.ndjson) line by line, "
                + "other files (HTML, plain text in any encoding, PDF, DOCX) through Apache Tika in a separate "
                + "process. Folders are read recursively. Returns once every INPUT is acknowledged by Kafka or "
                + "dead-lettered with its reason.",
            "With --feed, --watch or --http-port it keeps running (Ctrl-C stops), publishing every new feed item, "
                + "every new or changed file and every accepted HTTP request exactly once, also across restarts; "
                + "--once polls the feeds and scans the folders once, then exits."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or folders to ingest once.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--source", defaultValue = "${env:KHABAR_SOURCE:-file}",
            description = "Source name for articles that do not name one (env KHABAR_SOURCE; default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--partitions", defaultValue = "${env:KHABAR_PARTITIONS:-3}",
            description = "Partitions of Khabar's topics when this command creates them (env KHABAR_PARTITIONS; "
                    + "default ${DEFAULT-VALUE}).")
    int partitions;

    @Mixin
    SourceOptions sources;

    @Option(names = "--once", description = "With --feed or --watch: poll every feed and scan every folder once, then exit.")
    boolean once;

    @Mixin
    org.khabar.app.observe.MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        try (org.khabar.app.observe.Observability obs = metrics.start("ingest")) {
            return ingest(obs.registry());
        }
    }

    private int ingest(io.micrometer.core.instrument.MeterRegistry registry) throws Exception {
        SourcesOptions options = sources.toOptions();
        if (inputs.isEmpty() && options.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: give INPUT files or folders, --feed, --watch or "
                    + "--http-port");
        }
        if (once && options.http() != null) {
            throw new IllegalArgumentException("--once and --http-port do not go together: the endpoint runs until stopped");
        }
        IngestConfig config = IngestConfig.defaults(kafka.requireBootstrapServers()).withSource(source)
                .withKafka(kafka.clientSettings()).withExtraction(sources.extractionLimits());
        try (Admin admin = Admin.create(Services.adminProperties(config.bootstrapServers(), config.kafka()))) {
            KafkaTopics.ensure(admin, KafkaTopics.all(), partitions, (short) -1);
        }
        int code = 0;
        if (!inputs.isEmpty()) {
            try (IngestService ingest = new IngestService(config, registry)) {
                IngestReport report = ingest.ingestPaths(inputs);
                System.err.printf("published %d articles to %s; %d inputs refused (see %s)%n",
                        report.publishedIds().size(), Topics.RAW, report.deadLetteredKeys().size(), Topics.DLQ);
                code = report.deadLetteredKeys().isEmpty() ? 0 : 3;
            }
        }
        if (options.isEmpty()) {
            return code;
        }
        IngestListener printer = new IngestListener() {
            @Override
            public void published(RawArticle article, String sourceKind) {
                System.err.println("published " + article.id() + " (" + sourceKind + ")"
                        + (article.title() == null ? "" : ": " + article.title()));
            }

            @Override
            public void deadLettered(String key, String reason, String sourceKind) {
                System.err.println("dead-lettered " + key + ": " + reason);
            }
        };
        if (once) {
            try (IngestSources s = IngestSources.open(config, options, registry, printer)) {
                s.runOnce();
            }
            return code;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "khabar-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (IngestSources s = IngestSources.start(config, options, registry, printer)) {
            System.err.println("ingesting: " + options.feeds().size() + " feeds, " + options.watch().size()
                    + " watched folders" + (s.httpPort() > 0 ? ", HTTP on port " + s.httpPort() + " (POST /articles)" : "")
                    + "; Ctrl-C stops");
            while (!stop.await(1, TimeUnit.SECONDS)) {
                if (s.fatalError() != null) {
                    System.err.println("ingest stopped: " + s.fatalError().getMessage());
                    return 1;
                }
            }
            return code;
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is running and waits for us
            }
        }
    }

    /**
     * The long-running sources' options, shared with {@code khabar run} ({@code @Mixin
     * IngestCommand.SourceOptions}): {@link #toOptions()} and {@link #extractionLimits()} give
     * what {@link IngestSources#start} and {@link IngestConfig#withExtraction} take.
     */
    public static final class SourceOptions {
        @Option(names = "--feed", paramLabel = "URL", split = ",", defaultValue = "${env:KHABAR_FEEDS}",
                description = "RSS or Atom feed to poll; repeatable (env KHABAR_FEEDS, comma-separated). Each new item's "
                        + "page is fetched and its article text extracted.")
        List<String> feeds = new ArrayList<>();

        @Option(names = "--feed-interval", paramLabel = "DURATION", defaultValue = "${env:KHABAR_FEED_INTERVAL:-PT5M}",
                description = "Pause between two polls of a feed, ISO-8601; polls are conditional (ETag, Last-Modified) "
                        + "(env KHABAR_FEED_INTERVAL; default ${DEFAULT-VALUE}).")
        Duration feedInterval;

        @Option(names = "--watch", paramLabel = "DIR", split = ",", defaultValue = "${env:KHABAR_WATCH}",
                description = "Folder to watch, recursively, for new and changed files; repeatable (env KHABAR_WATCH, "
                        + "comma-separated).")
        List<Path> watch = new ArrayList<>();

        @Option(names = "--watch-interval", paramLabel = "DURATION", defaultValue = "${env:KHABAR_WATCH_INTERVAL:-PT2S}",
                description = "Pause between two scans of the watched folders (env KHABAR_WATCH_INTERVAL; default "
                        + "${DEFAULT-VALUE}).")
        Duration watchInterval;

        @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:KHABAR_HTTP_PORT}",
                description = "Serve POST /articles on this port; needs a bearer token of at least 16 characters in the "
                        + "environment variable KHABAR_INGEST_TOKEN (env KHABAR_HTTP_PORT).")
        Integer httpPort;

        @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = "${env:KHABAR_HTTP_BIND:-0.0.0.0}",
                description = "Address the HTTP endpoint listens on (env KHABAR_HTTP_BIND; default ${DEFAULT-VALUE}).")
        String httpBind;

        @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "${env:KHABAR_MAX_BODY:-10MB}",
                converter = SizeConverter.class,
                description = "Largest HTTP request body; larger ones are answered 413 (env KHABAR_MAX_BODY; default "
                        + "${DEFAULT-VALUE}).")
        long maxBody;

        @Option(names = "--http-rate", paramLabel = "PER-SECOND", defaultValue = "${env:KHABAR_HTTP_RATE:-10}",
                description = "Requests a second each client address may send (bursts of twice as many); more are "
                        + "answered 429 with Retry-After (env KHABAR_HTTP_RATE; default ${DEFAULT-VALUE}).")
        double httpRate;

        @Option(names = "--fetch-allow", paramLabel = "ADDRESS", split = ",", defaultValue = "${env:KHABAR_FETCH_ALLOW}",
                description = "Private or local address, range (CIDR) or address:port that feeds and URLs may be "
                        + "fetched from, e.g. an intranet feed server; everything non-public is refused otherwise; "
                        + "repeatable (env KHABAR_FETCH_ALLOW, comma-separated).")
        List<String> fetchAllow = new ArrayList<>();

        @Option(names = "--max-fetch", paramLabel = "SIZE", defaultValue = "${env:KHABAR_MAX_FETCH:-10MB}",
                converter = SizeConverter.class,
                description = "Largest feed or page fetched, after decompression (env KHABAR_MAX_FETCH; default "
                        + "${DEFAULT-VALUE}).")
        long maxFetch;

        @Option(names = "--max-document", paramLabel = "SIZE", defaultValue = "${env:KHABAR_MAX_DOCUMENT:-64MB}",
                converter = SizeConverter.class,
                description = "Largest document parsed; larger files are dead-lettered unread (env KHABAR_MAX_DOCUMENT; "
                        + "default ${DEFAULT-VALUE}).")
        long maxDocument;

        @Option(names = "--extract-timeout", paramLabel = "DURATION", defaultValue = "${env:KHABAR_EXTRACT_TIMEOUT:-PT60S}",
                description = "Longest time parsing one document may take; the parser process is then restarted and the "
                        + "document dead-lettered (env KHABAR_EXTRACT_TIMEOUT; default ${DEFAULT-VALUE}).")
        Duration extractTimeout;

        @Option(names = "--ingest-id", paramLabel = "ID", defaultValue = "${env:KHABAR_INGEST_ID:-khabar-ingest}",
                description = "Names this ingest instance (its Kafka transactional id and checkpoints); instances running "
                        + "at the same time need different ids (env KHABAR_INGEST_ID; default ${DEFAULT-VALUE}).")
        String ingestId;

        /** The token, from the environment only (a flag would show in process lists). */
        static String token() {
            return System.getenv("KHABAR_INGEST_TOKEN");
        }

        public SourcesOptions toOptions() {
            HttpOptions http = null;
            if (httpPort != null) {
                String token = token();
                if (token == null || token.isBlank()) {
                    throw new IllegalArgumentException("--http-port needs a bearer token: set KHABAR_INGEST_TOKEN "
                            + "(e.g. export KHABAR_INGEST_TOKEN=$(openssl rand -hex 24))");
                }
                double rate = httpRate > 0 ? httpRate : 10;
                http = HttpOptions.defaults(httpPort, token).withBind(httpBind).withMaxBodyBytes(maxBody)
                        .withRate(rate, (int) Math.max(1, Math.ceil(rate * 2)));
            }
            return SourcesOptions.defaults()
                    .withFeeds(clean(feeds), feedInterval)
                    .withWatch(watch, watchInterval)
                    .withHttp(http)
                    .withFetch(clean(fetchAllow), FetchLimits.defaults().withMaxBytes(maxFetch))
                    .withInstanceId(ingestId);
        }

        public ExtractionLimits extractionLimits() {
            return ExtractionLimits.defaults().withMaxDocumentBytes(maxDocument).withTimeout(extractTimeout);
        }

        private static List<String> clean(List<String> values) {
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    out.add(v.strip());
                }
            }
            return out;
        }
    }

    /** "10MB", "512KB", "1048576". */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return Sizes.parse(value);
        }
    }
}
