package org.khabar.app.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of every Khabar process (the JDK's own server, no framework):
 * <ul>
 * <li>{@code /metrics}: the registry in the Prometheus text format, or OpenMetrics when asked for;</li>
 * <li>{@code /health}: JSON, HTTP 200 when up, 503 while starting or after a service stopped;</li>
 * <li>{@code /}: the live page (one self-contained HTML file, nothing fetched from elsewhere);</li>
 * <li>{@code /api/live?since=SEQ}: the page's data, samples newer than SEQ and the latest events.</li>
 * </ul>
 */
final class MetricsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    static final String PAGE_RESOURCE = "/org/khabar/app/observe/live.html";
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPENMETRICS_FORMAT = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    /** The page may run its own inline script and talk to this server, nothing else. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final Supplier<Health> health;
    private final LiveStats stats;
    private final LiveEvents events;
    private final String service;
    private final byte[] page;

    MetricsServer(InetSocketAddress address, String service, PrometheusMeterRegistry registry, Supplier<Health> health,
                  LiveStats stats, LiveEvents events) throws IOException {
        this.service = service;
        this.registry = registry;
        this.health = health;
        this.stats = stats;
        this.events = events;
        try (InputStream in = MetricsServer.class.getResourceAsStream(PAGE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("live page missing from the build: " + PAGE_RESOURCE);
            }
            this.page = in.readAllBytes();
        }
        this.server = HttpServer.create(address, 16);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "khabar-metrics-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/metrics" -> metrics(exchange);
                case "/health" -> health(exchange);
                case "/", "/index.html" -> {
                    exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
                    send(exchange, 200, "text/html; charset=utf-8", page);
                }
                case "/api/live" -> live(exchange);
                default -> send(exchange, 404, "text/plain; charset=utf-8",
                        "not found: try /metrics, /health or /\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            LOG.debug("metrics request failed: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("metrics request failed", e);
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        String format = accept != null && accept.contains("application/openmetrics-text") ? OPENMETRICS_FORMAT : TEXT_FORMAT;
        send(exchange, 200, format, registry.scrape(format).getBytes(StandardCharsets.UTF_8));
    }

    private void health(HttpExchange exchange) throws IOException {
        Health h = health.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", h.status().name());
        body.put("service", service);
        body.putAll(h.details());
        send(exchange, h.httpStatus(), "application/json", JSON.writeValueAsBytes(body));
    }

    private void live(HttpExchange exchange) throws IOException {
        long since = 0;
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("since=")) {
                    try {
                        since = Long.parseLong(part.substring("since=".length()));
                    } catch (NumberFormatException ignored) {
                        // everything, then
                    }
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", service);
        body.put("health", health.get().status().name());
        body.put("seq", stats.latest().seq());
        body.put("samples", stats.since(since));
        body.put("events", events.latest(12));
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
