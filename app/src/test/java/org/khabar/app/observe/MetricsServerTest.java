package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyFigures;
import org.khabar.model.Event;
import org.khabar.model.EventReport;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import picocli.CommandLine;

/** The HTTP side: /metrics, /health, the live page and its data, and the port options. */
class MetricsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesMetricsHealthThePageAndItsData() throws Exception {
        try (Observability obs = Observability.serving("sink", "127.0.0.1", 0, false)) {
            String base = obs.url();
            assertTrue(base.matches("http://127\\.0\\.0\\.1:\\d+/"), base);
            Counter.builder(MeterNames.STORED).tag("table", "articles").register(obs.registry()).increment(3);

            var metrics = Http.get(base + "metrics");
            assertEquals(200, metrics.statusCode());
            assertEquals(MetricsServer.TEXT_FORMAT, metrics.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(metrics.body().contains("khabar_sink_rows_total{table=\"articles\"} 3.0"), metrics.body());
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM meters bound");

            assertEquals(200, Http.get(base + "health").statusCode(), "up by default: the process answers");
            obs.health(Health::starting);
            var starting = Http.get(base + "health");
            assertEquals(503, starting.statusCode());
            assertEquals("STARTING", JSON.readTree(starting.body()).path("status").asText());
            obs.health(() -> Health.up(Map.of("streams", "RUNNING")));
            var up = Http.get(base + "health");
            assertEquals(200, up.statusCode());
            JsonNode h = JSON.readTree(up.body());
            assertEquals("UP", h.path("status").asText());
            assertEquals("sink", h.path("service").asText());
            assertEquals("RUNNING", h.path("streams").asText());
            obs.health(() -> Health.down("store gone"));
            assertEquals(503, Http.get(base + "health").statusCode());

            // Without events, each stored article stands for itself.
            obs.events().stored(article("a-1", null, 3, 7, "الموصل"));
            obs.events().copyStored(new DuplicateNotice("a-3", "a-1", 1.0, "s", null, "t", null, Instant.now()));
            obs.stats().sample();
            JsonNode live = JSON.readTree(Http.get(base + "api/live?since=0").body());
            assertTrue(live.path("samples").size() >= 1);
            assertEquals(3, live.path("samples").get(live.path("samples").size() - 1).path("stored").asLong());
            JsonNode alone = live.path("events").get(0);
            assertEquals("a-1", alone.path("key").asText());
            assertEquals(3, alone.path("killed").asInt());
            assertEquals("الموصل", alone.path("place").asText());
            assertEquals(1, alone.path("copies").asInt());

            // Events from the events topic replace them, with their reconciled figures and the headline of the latest report.
            obs.events().stored(article("a-2", "ev-1", 5, null, "تلعفر"));
            obs.events().event(event("ev-1", 2, "a-1", "a-2"));
            obs.events().event(event("ev-1", 1, "a-1")); // an older version: ignored
            obs.events().copyStored(new DuplicateNotice("a-4", "a-2", 1.0, "s", null, "t", null, Instant.now()));
            live = JSON.readTree(Http.get(base + "api/live?since=0").body());
            assertEquals(1, live.path("events").size(), live.toString());
            JsonNode event = live.path("events").get(0);
            assertEquals("ev-1", event.path("key").asText());
            assertEquals("تلعفر", event.path("place").asText());
            assertEquals(5, event.path("killed").asInt());
            assertEquals(3, event.path("killedMin").asInt());
            assertEquals(5, event.path("killedMax").asInt());
            assertTrue(event.path("disputed").asBoolean());
            assertEquals(2, event.path("articles").asInt());
            assertEquals(1, event.path("copies").asInt());
            assertEquals("عنوان a-2", event.path("title").asText());
            long seq = live.path("seq").asLong();
            assertEquals(0, JSON.readTree(Http.get(base + "api/live?since=" + seq).body()).path("samples").size());

            assertEquals(404, Http.get(base + "nope").statusCode());
            assertEquals(405, Http.send("POST", base + "metrics", "{}").statusCode());
        }
    }

    @Test
    void theLivePageIsSelfContained() throws Exception {
        try (Observability obs = Observability.serving("run", "127.0.0.1", 0, false)) {
            var page = Http.get(obs.url());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"), csp);
            String html = page.body();
            assertTrue(html.contains("<canvas id=\"c-throughput\""), "charts drawn on canvases");
            // Nothing fetched from elsewhere: no external scripts, styles, fonts or images.
            Matcher m = Pattern.compile("(?i)(src|href)\\s*=|@import|@font-face|url\\(|https?://|//[a-z0-9.-]+\\.[a-z]{2,}/")
                    .matcher(html);
            assertFalse(m.find(), () -> "external reference in the page: " + html.substring(Math.max(0, m.start() - 40),
                    Math.min(html.length(), m.end() + 40)));
            assertTrue(html.contains("fetch(\"api/live?since="), "data comes from this server only");
        }
    }

    private static Event event(String id, long version, String... articles) {
        List<EventReport> reports = new java.util.ArrayList<>();
        for (String a : articles) {
            reports.add(new EventReport(a, "وكالة", null, Instant.now(), Instant.now(), "2025-05-04", 3, null));
        }
        return new Event(Event.SCHEMA_VERSION, id, version, "2025-05-04", "تلعفر", "explosion",
                new CasualtyFigures(3, 5, 5, true, 2), CasualtyFigures.NONE, reports, List.of(), Instant.now(), Instant.now());
    }

    private static EnrichedArticle article(String id, String eventId, Integer killed, Integer injured, String place) {
        return new EnrichedArticle(1, id, "وكالة", null, "عنوان " + id, Instant.parse("2025-05-04T09:00:00Z"), "ar", "نص",
                "fp-" + id, null, null, eventId, List.of(new Entity(EntityType.LOCATION, place, List.of())), List.of(),
                new Casualties(killed, injured, List.of()), Instant.now());
    }

    @Test
    void metricsPortOptions() throws Exception {
        MetricsOptions off = parse("--metrics-port", "off");
        try (Observability obs = off.start("enrich")) {
            assertNull(obs.url());
            assertEquals(-1, obs.port());
        }
        MetricsOptions any = parse("--metrics-port", "0", "--metrics-address", "127.0.0.1");
        try (Observability obs = any.start("enrich")) {
            assertTrue(obs.port() > 0);
        }
        assertThrows(IllegalArgumentException.class, () -> parse("--metrics-port", "x").start("sink"));
        assertThrows(IllegalArgumentException.class, () -> parse("--metrics-port", "70000").start("sink"));
        try (ServerSocket taken = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            var e = assertThrows(IllegalArgumentException.class,
                    () -> parse("--metrics-port", port, "--metrics-address", "127.0.0.1").start("sink"));
            assertTrue(e.getMessage().contains("KHABAR_METRICS_PORT"), e.getMessage());
            // a port asked for explicitly must be free; the default one may fall back to any free port
            assertThrows(IllegalArgumentException.class, () -> parse("--metrics-port", port).start("run"));
        }
        assertEquals(Map.of("run", 9464, "ingest", 9465, "enrich", 9466, "sink", 9467), Observability.DEFAULT_PORTS);
    }

    private static MetricsOptions parse(String... args) {
        MetricsOptions options = new MetricsOptions();
        new CommandLine(new Object() {
            @CommandLine.Mixin
            MetricsOptions metrics = options;
        }).parseArgs(args);
        return options;
    }
}
