package org.khabar.app.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A real Prometheus (the Debian package's binary) on loopback, scraping one target every second. */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final String url;
    private final Path log;

    PrometheusServer(Path binary, Path dir, String target) throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: khabar-run
                    static_configs:
                      - targets: ["%s"]
                """.formatted(target));
        int port = Tools.freePort();
        url = "http://127.0.0.1:" + port;
        log = dir.resolve("prometheus.log");
        process = new ProcessBuilder(binary.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (Http.get(url + "/-/ready").statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Prometheus did not start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    /** An instant query's result array (empty when no series matched). */
    JsonNode query(String promql) throws Exception {
        var r = Http.get(url + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(r.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("query failed: " + promql + ": " + r.body());
        }
        return body.path("data").path("result");
    }

    /** Whether the query returns at least one sample that is a number (not NaN). */
    boolean hasData(String promql) throws Exception {
        for (JsonNode series : query(promql)) {
            String v = series.path("value").path(1).asText();
            if (!v.equals("NaN") && !v.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Health of the scrape target as Prometheus sees it. */
    String targetHealth() throws Exception {
        JsonNode t = JSON.readTree(Http.get(url + "/api/v1/targets").body()).path("data").path("activeTargets");
        return t.size() == 0 ? "none" : t.get(0).path("health").asText() + " " + t.get(0).path("lastError").asText();
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
