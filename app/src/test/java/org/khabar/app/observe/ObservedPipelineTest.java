package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.khabar.app.run.Pipeline;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Topics;

/**
 * The observability of a running pipeline, end to end: the real pipeline of {@code khabar run}
 * (embedded KRaft broker, Streams, SQLite) with its metrics server, fed synthetic articles
 * (fictional, generated here) with copies and a refused line, while the checks run:
 * <ul>
 * <li>{@code /metrics} carries the domain meters and Kafka's own, {@code /health} is up;</li>
 * <li>every metric a Grafana panel queries is in the scrape;</li>
 * <li>a real Prometheus scraping it answers every panel's query with data;</li>
 * <li>the live page in headless Chromium shows moving charts and the latest events, and fetches
 * nothing from anywhere else.</li>
 * </ul>
 * With {@code -Dkhabar.observe.target=http://127.0.0.1:PORT/} the same checks run against a
 * {@code khabar run} started elsewhere (deploy/check/corpus-check.sh); {@code -Dkhabar.screenshot=PNG}
 * saves the live page ({@code -Dkhabar.screenshot.mask=true} hides the headlines first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservedPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String[] PLACES = {"الموصل", "تعز", "بنغازي", "حلب", "درعا", "سرت", "مأرب", "كركوك"};

    private Path dir;
    private String base;
    private boolean external;
    private Observability obs;
    private Pipeline pipeline;
    private Thread feeder;
    private volatile boolean feeding = true;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("khabar-observe-");
        String target = System.getProperty("khabar.observe.target");
        if (target != null && !target.isBlank()) {
            external = true;
            base = target.endsWith("/") ? target : target + "/";
            awaitLive("the external run to store something", s -> s.path("stored").asLong() > 0);
            return;
        }
        obs = Observability.serving("run", "127.0.0.1", 0, false);
        Path data = dir.resolve("data");
        pipeline = Pipeline.start(new Pipeline.Settings(data, null, null, 3, "test", Map.of()), obs.registry(),
                new Pipeline.Listener() {
                    @Override
                    public void stored(EnrichedArticle article) {
                        obs.events().stored(article);
                    }

                    @Override
                    public void copyStored(DuplicateNotice copy) {
                        obs.events().copyStored(copy);
                    }
                });
        obs.watch(pipeline, Map.of(), data);
        base = obs.url();
        feeder = new Thread(this::feed, "test-feeder");
        feeder.setDaemon(true);
        feeder.start();
        awaitLive("articles stored, copies and a dead letter", s -> s.path("stored").asLong() > 20
                && s.path("duplicates").asLong() > 0 && s.path("dlq").asLong() >= 2 && !s.path("lag").isNull());
    }

    /** Fictional articles, about ten a second, every fourth a copy of an earlier one, and one broken line. */
    private void feed() {
        int serial = 0;
        List<String> texts = new ArrayList<>();
        try {
            pipeline.ingestJsonLines(new BufferedReader(new StringReader("{not json\n")), "test-broken", "test");
            // Past ingest, straight onto the raw topic: enrich's decode step dead-letters it.
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW, "obs-broken", "{\"id\": \"obs-broken\", ")).get();
            }
            while (feeding) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                    serial++;
                    String text;
                    if (serial % 4 == 0 && !texts.isEmpty()) {
                        text = texts.get(serial % texts.size());
                    } else {
                        String place = PLACES[serial % PLACES.length];
                        text = place + " - قال مسؤول في الدفاع المدني إن " + (serial % 9 + 2) + " أشخاص قتلوا وأصيب "
                                + (serial % 13 + 3) + " آخرون في الحادث رقم " + serial + " الذي وقع في " + place
                                + " صباح اليوم، بحسب بيان تجريبي.";
                        texts.add(text);
                    }
                    lines.append(JSON.writeValueAsString(Map.of("id", "obs-" + serial, "source", "وكالة تجريبية",
                            "title", "خبر تجريبي رقم " + serial, "publishedAt", "2025-05-04T09:00:00Z", "text", text)))
                            .append('\n');
                }
                pipeline.ingestJsonLines(new BufferedReader(new StringReader(lines.toString())), "test", "test");
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (feeding) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        feeding = false;
        if (feeder != null) {
            feeder.join(10_000);
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (obs != null) {
            obs.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private JsonNode live() throws Exception {
        return JSON.readTree(Http.get(base + "api/live?since=0").body());
    }

    private JsonNode awaitLive(String what, Predicate<JsonNode> latest) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            try {
                JsonNode samples = live().path("samples");
                if (samples.size() > 0) {
                    last = samples.get(samples.size() - 1);
                    if (latest.test(last)) {
                        return last;
                    }
                }
            } catch (java.io.IOException notYet) {
                // not serving yet
            }
            Thread.sleep(250);
        }
        fail("timed out waiting for " + what + "; last sample " + last);
        return null;
    }

    private static Path dashboardFile() {
        return Tools.repoRoot().resolve("deploy/grafana/dashboards/khabar.json");
    }

    @Test
    @Order(1)
    void metricsCarryTheDomainMetersAndKafkasOwn() throws Exception {
        var health = Http.get(base + "health");
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText());

        var r = Http.get(base + "metrics");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String scrape = r.body();
        Set<String> names = Dashboard.scrapedNames(scrape);
        for (String meter : List.of("khabar_ingest_articles_total", "khabar_enrich_articles_total",
                "khabar_enrich_stage_seconds_count", "khabar_enrich_events_total", "khabar_dlq_records_total",
                "khabar_sink_rows_total", "khabar_sink_retries_total", "khabar_sink_batch_write_seconds_count",
                "khabar_pipeline_latency_seconds_bucket", "khabar_consumer_lag_records",
                // Kafka's own: Streams, its consumers and producers, the sink's consumer
                "kafka_stream_thread_process_rate", "kafka_consumer_fetch_manager_records_consumed_rate",
                "kafka_producer_record_send_rate", "kafka_consumer_coordinator_commit_rate",
                "jvm_memory_used_bytes", "process_cpu_usage")) {
            assertTrue(names.contains(meter), meter + " missing from /metrics");
        }
        for (String stage : List.of("normalise", "entities", "dates", "casualties", "dedup")) {
            assertTrue(scrape.contains("khabar_enrich_stage_seconds_count{stage=\"" + stage + "\"}"), stage);
        }
        for (String group : List.of("khabar-enrich", "khabar-sink")) {
            assertTrue(scrape.contains("khabar_consumer_lag_records{group=\"" + group + "\""), group);
        }
        assertTrue(scrape.contains("khabar_enrich_events_total{change=\"created\"}"));
        assertTrue(scrape.contains("khabar_ingest_articles_total{outcome=\"published\",source="));
        if (!external) {
            assertTrue(value(scrape, "khabar_enrich_articles_total{outcome=\"duplicate\"}") >= 1, "duplicates counted");
            assertTrue(value(scrape, "khabar_dlq_records_total{reason=\"refused_input\",stage=\"ingest\"}") >= 1,
                    "the broken line counted by stage and reason");
            assertTrue(value(scrape, "khabar_dlq_records_total{reason=\"malformed_json\",stage=\"decode\"}") >= 1,
                    "the broken record counted by stage and reason");
            assertTrue(value(scrape, "khabar_sink_rows_total{table=\"articles\"}") >= 10, "rows stored");
            assertTrue(value(scrape, "khabar_pipeline_latency_seconds_count") >= 20, "latency recorded");
        }

        var open = Http.get(base + "metrics", "Accept", "application/openmetrics-text;version=1.0.0,text/plain;q=0.5");
        assertTrue(open.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
        assertTrue(open.body().stripTrailing().endsWith("# EOF"));
    }

    private static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        fail(series + " not in the scrape");
        return 0;
    }

    @Test
    @Order(2)
    void everyMetricTheDashboardQueriesIsInTheScrape() throws Exception {
        Dashboard dashboard = Dashboard.load(dashboardFile());
        Set<String> queried = dashboard.metricNames();
        assertTrue(queried.size() >= 10, "dashboard queries " + queried);
        Set<String> scraped = Dashboard.scrapedNames(Http.get(base + "metrics").body());
        assertEquals(List.of(), List.copyOf(Dashboard.missing(queried, scraped)),
                "metrics the dashboard queries that /metrics does not have");
    }

    @Test
    @Order(3)
    void realPrometheusAnswersEveryPanelQueryWithData() throws Exception {
        Path binary = Tools.require("prometheus", "prometheus");
        Dashboard dashboard = Dashboard.load(dashboardFile());
        URI uri = URI.create(base);
        try (PrometheusServer prometheus = new PrometheusServer(binary, dir.resolve("prometheus"),
                uri.getHost() + ":" + uri.getPort())) {
            Map<String, String> pending = new LinkedHashMap<>();
            for (Dashboard.Query q : dashboard.queries()) {
                pending.put(q.panel() + " / " + q.refId(), Dashboard.substitute(q.expr()));
            }
            assertEquals(dashboard.queries().size(), pending.size(), "panel titles are unique");
            Map<String, String> answered = new LinkedHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                    var q = it.next();
                    if (prometheus.hasData(q.getValue())) {
                        answered.put(q.getKey(), prometheus.query(q.getValue()).toString());
                        it.remove();
                    }
                }
                if (!pending.isEmpty()) {
                    Thread.sleep(1_000);
                }
            }
            System.out.println("Prometheus answered " + answered.size() + " of " + dashboard.queries().size()
                    + " panel queries:");
            answered.forEach((k, v) -> System.out.println("  " + k + " = " + abbreviate(v)));
            assertTrue(pending.isEmpty(), "panel queries without data from a real Prometheus (target "
                    + prometheus.targetHealth() + "): " + pending);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    @Test
    @Order(4)
    void livePageInHeadlessChromiumShowsMovingCharts() throws Exception {
        Path chromedriver = Tools.require("chromedriver", "chromium-driver");
        Path chromium = Tools.find("chromium").or(() -> Tools.find("chromium-browser"))
                .orElseGet(() -> Tools.require("chromium", "chromium"));
        try (HeadlessChromium browser = new HeadlessChromium(chromedriver, chromium, dir.resolve("chromium"), 1400, 1000)) {
            browser.open(base);
            JsonNode first = awaitPage(browser, p -> p.path("polls").asInt() >= 3 && p.path("samples").asInt() >= 3
                    && p.path("events").asInt() > 0);
            Thread.sleep(3_000);
            JsonNode second = awaitPage(browser, p -> p.path("polls").asInt() >= first.path("polls").asInt() + 2);
            assertTrue(second.path("draws").asInt() > first.path("draws").asInt(), "the page redraws");
            assertNotEquals(first.path("throughput").asText(), second.path("throughput").asText(),
                    "the throughput chart moved");
            assertNotEquals(first.path("latency").asText(), second.path("latency").asText(), "the latency chart moved");
            assertTrue(second.path("stored").asLong() > first.path("stored").asLong()
                            || second.path("lastTime").asLong() > first.path("lastTime").asLong(),
                    "new samples arrived");
            assertTrue(second.path("events").asInt() > 0, "latest events listed");
            assertTrue(second.path("maxStoreRate").asDouble() > 0, "a non-zero store rate was charted");
            Set<String> foreign = new TreeSet<>();
            for (JsonNode resource : second.path("resources")) {
                if (!resource.asText().startsWith(base.substring(0, base.length() - 1))) {
                    foreign.add(resource.asText());
                }
            }
            assertEquals(Set.of(), foreign, "the page fetched something from elsewhere");
            assertFalse(second.path("status").asText().contains("disconnected"), second.path("status").asText());
            System.out.printf(Locale.ROOT, "Live page: %d samples, %d polls, %d draws, %d events listed%n",
                    second.path("samples").asInt(), second.path("polls").asInt(), second.path("draws").asInt(),
                    second.path("events").asInt());

            String screenshot = System.getProperty("khabar.screenshot");
            if (screenshot != null && !screenshot.isBlank()) {
                // The whole page in the picture: the window is as high as the content plus the browser's own frame.
                for (int i = 0; i < 2; i++) {
                    JsonNode size = browser.script("return {content: document.documentElement.scrollHeight, "
                            + "frame: window.outerHeight - window.innerHeight}");
                    browser.resize(1400, size.path("content").asInt() + Math.max(0, size.path("frame").asInt()) + 8);
                    Thread.sleep(1_000);
                }
                if (Boolean.getBoolean("khabar.screenshot.mask")) {
                    // The corpus is not ours to publish: the saved picture shows no headline.
                    browser.script("window.khabarLive.paused = true; document.querySelectorAll('#events td.headline')"
                            + ".forEach(td => { td.textContent = '(headline hidden in this screenshot)'; });"
                            + "return true");
                }
                browser.screenshot(Path.of(screenshot));
                System.out.println("Screenshot: " + Path.of(screenshot).toAbsolutePath());
            }
        }
    }

    private static JsonNode awaitPage(HeadlessChromium browser, Predicate<JsonNode> ready) throws Exception {
        String probe = """
                const l = window.khabarLive;
                if (!l) return null;
                const last = l.samples[l.samples.length - 1] || {};
                return {polls: l.polls, draws: l.draws, samples: l.samples.length,
                        events: document.querySelectorAll('#events td.headline').length,
                        stored: last.stored || 0, lastTime: last.time || 0,
                        maxStoreRate: Math.max(0, ...l.samples.map(s => s.storeRate)),
                        throughput: document.getElementById('c-throughput').toDataURL(),
                        latency: document.getElementById('c-latency').toDataURL(),
                        status: document.getElementById('status').textContent,
                        resources: performance.getEntriesByType('resource').map(e => e.name)};
                """;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = browser.script(probe);
            if (last != null && !last.isNull() && ready.test(last)) {
                return last;
            }
            Thread.sleep(250);
        }
        fail("the live page did not get ready: " + (last == null ? null : last.toString().replaceAll("data:image[^\"]*", "…")));
        return null;
    }
}
