package org.khabar.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.khabar.ingest.Articles;
import org.khabar.ingest.IngestListener;
import org.khabar.ingest.IngestMetrics;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.extract.ExtractedDocument;
import org.khabar.ingest.fetch.FetchException;
import org.khabar.ingest.fetch.FetchResult;
import org.khabar.ingest.fetch.SafeFetcher;
import org.khabar.ingest.publish.Outbox;
import org.khabar.ingest.source.JsonLineParser;
import org.khabar.model.Json;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: other systems push articles. The body is a raw-article JSON object
 * ({@code application/json} with {@code text}), a JSON object {@code {"url": ...}} to fetch (through
 * {@link SafeFetcher}), or a document (HTML, plain text, PDF, DOCX) with its content type; for a
 * document, the query parameters {@code source} and {@code url} name its source and canonical URL.
 *
 * <p>In order: 429 with {@code Retry-After} when the client (by address) exceeds its rate; 401
 * without the right bearer token (compared in constant time); 415 for other content types; 413
 * for bodies over the limit (refused on {@code Content-Length} before reading); 400 or 422 with
 * the reason when the body is not a usable article; 503 with {@code Retry-After} when Kafka does
 * not acknowledge in time; 202 with the article id only after Kafka acknowledged the record.
 * Nothing refused is published; every answer but 202 carries {@code {"error": reason}} and is
 * counted ({@code khabar.ingest.articles}, source {@code http}).
 */
public final class HttpIngestEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpIngestEndpoint.class);
    private static final String SOURCE_KIND = "http";
    /** Media types accepted, with the formats they stand for. */
    public static final Set<String> CONTENT_TYPES = Set.of("application/json", "text/html", "application/xhtml+xml",
            "text/plain", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final HttpOptions options;
    private final Outbox outbox;
    private final DocumentExtractor extractor;
    private final SafeFetcher fetcher;
    private final String defaultSource;
    private final IngestMetrics metrics;
    private final IngestListener listener;
    private final RateLimiter limiter;
    private final byte[] tokenHash;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    public HttpIngestEndpoint(HttpOptions options, Outbox outbox, DocumentExtractor extractor, SafeFetcher fetcher,
                              String defaultSource, IngestMetrics metrics, IngestListener listener) throws IOException {
        this.options = options;
        this.outbox = outbox;
        this.extractor = extractor;
        this.fetcher = fetcher;
        this.defaultSource = defaultSource;
        this.metrics = metrics;
        this.listener = listener;
        this.limiter = new RateLimiter(options.ratePerSecond(), options.burst());
        this.tokenHash = sha256(options.token().strip());
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(options.threads(), options.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1_000), r -> {
                    Thread t = new Thread(r, "khabar-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.server = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 128);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("ingest HTTP endpoint listening on {}:{} (POST /articles)", options.bind(), port());
    }

    /** The port actually bound (when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    private record Answer(int status, String reason, String id, Duration retryAfter) {
        static Answer refused(int status, String reason) {
            return new Answer(status, reason, null, null);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            answer = route(exchange);
        } catch (RuntimeException e) {
            LOG.error("error handling {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answer = Answer.refused(500, "internal error: " + e.getMessage());
        }
        respond(exchange, answer);
    }

    private Answer route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/health")) {
            return new Answer(200, null, null, null);
        }
        if (!path.equals("/articles")) {
            return Answer.refused(404, "no such resource: POST /articles");
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return Answer.refused(405, "use POST");
        }
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        Duration wait = limiter.tryAcquire(client);
        if (!wait.isZero()) {
            return refuse(new Answer(429, "too many requests from " + client + ": at most " + options.ratePerSecond()
                    + " a second (bursts of " + options.burst() + ")", null, wait), "rate");
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"khabar\"");
            return refuse(Answer.refused(401, "missing bearer token (Authorization: Bearer ...)"), "auth");
        }
        if (!MessageDigest.isEqual(tokenHash, sha256(auth.substring(7).strip()))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"khabar\", error=\"invalid_token\"");
            return refuse(Answer.refused(401, "wrong bearer token"), "auth");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = mediaType(contentType);
        if (mediaType == null || !CONTENT_TYPES.contains(mediaType)) {
            exchange.getResponseHeaders().set("Accept-Post", String.join(", ", CONTENT_TYPES.stream().sorted().toList()));
            return refuse(Answer.refused(415, "content type " + (contentType == null ? "missing" : "\"" + contentType
                    + "\" not accepted") + "; send one of " + CONTENT_TYPES.stream().sorted().toList()), "type");
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > options.maxBodyBytes()) {
                    return refuse(Answer.refused(413, "body of " + length.strip() + " bytes is larger than the limit of "
                            + options.maxBodyBytes() + " bytes"), "size");
                }
            } catch (NumberFormatException e) {
                return refuse(Answer.refused(400, "invalid Content-Length"), "invalid");
            }
        }
        byte[] body = readCapped(exchange.getRequestBody(), options.maxBodyBytes());
        if (body == null) {
            return refuse(Answer.refused(413, "body larger than the limit of " + options.maxBodyBytes() + " bytes"),
                    "size");
        }
        if (outbox.publisher().recentlyFailed(Duration.ofSeconds(2)) || outbox.publisher().fatalError() != null) {
            return refuse(new Answer(503, "Kafka is not accepting records right now; try again later", null,
                    Duration.ofSeconds(5)), "unavailable");
        }
        Map<String, String> query = query(exchange.getRequestURI());
        Answer a = mediaType.equals("application/json") ? fromJson(body) : fromDocument(body, contentType, query);
        return a.status() == 202 ? a : refuse(a, "content");
    }

    private Answer refuse(Answer a, String why) {
        metrics.count(SOURCE_KIND, "refused");
        listener.refused("POST /articles", a.status(), a.reason(), SOURCE_KIND);
        LOG.info("refused POST /articles with {} ({}): {}", a.status(), why, a.reason());
        return a;
    }

    private Answer fromJson(byte[] body) {
        JsonNode node;
        String json = new String(body, StandardCharsets.UTF_8);
        try {
            node = Json.mapper().readTree(json);
        } catch (IOException e) {
            return Answer.refused(400, "body is not JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            return Answer.refused(400, "expected a JSON object: a raw article with \"text\", or {\"url\": ...}");
        }
        if ((node.get("text") == null || node.get("text").isNull()) && node.get("url") != null
                && node.get("url").isTextual()) {
            String source = node.hasNonNull("source") ? node.get("source").asText() : null;
            return fromUrl(node.get("url").asText(), source);
        }
        RawArticle article;
        try {
            article = JsonLineParser.parse(json, defaultSource);
        } catch (JsonLineParser.InvalidInputException e) {
            return Answer.refused(400, "not a usable raw article: " + e.getMessage());
        }
        return publish(article);
    }

    private Answer fromUrl(String url, String source) {
        FetchResult page;
        try {
            page = fetcher.get(url);
        } catch (FetchException e) {
            return switch (e.kind()) {
                case REFUSED -> Answer.refused(422, "URL refused: " + e.getMessage());
                case FAILED -> Answer.refused(422, "cannot fetch the URL: " + e.getMessage());
                case TRANSIENT -> new Answer(502, "cannot fetch the URL now: " + e.getMessage(), null,
                        Duration.ofSeconds(30));
            };
        }
        String finalUrl = page.finalUri().toString();
        ExtractedDocument doc;
        try {
            doc = extractor.extract(new ByteArrayInputStream(page.body()), nameOf(page.finalUri()), page.contentType(),
                    page.charset(), finalUrl);
        } catch (DocumentExtractor.ExtractionException e) {
            return e.retryable() ? new Answer(503, e.getMessage(), null, Duration.ofSeconds(10))
                    : Answer.refused(422, e.getMessage());
        }
        String src = source != null && !source.isBlank() ? source : page.finalUri().getHost();
        return publish(Articles.fromDocument(doc, src, finalUrl, null, Instant.now(), null));
    }

    private Answer fromDocument(byte[] body, String contentType, Map<String, String> query) {
        String url = query.get("url");
        if (url != null) {
            // The URL names the document (its id derives from it); it is not fetched, so any http(s) URL will do.
            try {
                URI u = new URI(url.strip());
                if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                        || u.getRawAuthority() == null) {
                    return Answer.refused(400, "query parameter url must be an absolute http(s) URL");
                }
                url = u.toString();
            } catch (java.net.URISyntaxException e) {
                return Answer.refused(400, "query parameter url is not a URL: " + e.getMessage());
            }
        }
        String mediaType = mediaType(contentType);
        String charset = charset(contentType);
        ExtractedDocument doc;
        try {
            doc = extractor.extract(new ByteArrayInputStream(body), "upload" + DocumentExtractorNames.extension(mediaType),
                    mediaType, charset, url);
        } catch (DocumentExtractor.ExtractionException e) {
            return e.retryable() ? new Answer(503, e.getMessage(), null, Duration.ofSeconds(10))
                    : Answer.refused(422, e.getMessage());
        }
        String source = query.getOrDefault("source", defaultSource);
        return publish(Articles.fromDocument(doc, source, null, null, Instant.now(), null));
    }

    private Answer publish(RawArticle article) {
        try {
            outbox.publish(article, SOURCE_KIND, List.of()).get(options.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(202, null, article.id(), null);
        } catch (Outbox.ArticleTooLargeException e) {
            return Answer.refused(413, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(503, "interrupted while waiting for Kafka", null, Duration.ofSeconds(5));
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(503, "Kafka did not acknowledge the article"
                    + (e instanceof TimeoutException ? " within " + options.ackTimeout().toSeconds() + " s" : ": "
                    + e.getCause().getMessage()) + "; try again later (same article, same id)", null,
                    Duration.ofSeconds(5));
        }
    }

    private void respond(HttpExchange exchange, Answer a) throws IOException {
        ObjectNode json = Json.mapper().createObjectNode();
        if (a.status() == 202) {
            json.put("id", a.id());
            json.put("status", "accepted");
        } else if (a.status() == 200) {
            json.put("status", "ok");
        } else {
            json.put("error", a.reason());
            json.put("status", a.status());
        }
        if (a.retryAfter() != null) {
            long seconds = Math.max(1, (a.retryAfter().toMillis() + 999) / 1000);
            exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        }
        byte[] bytes = Json.mapper().writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(a.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } finally {
            exchange.close();
        }
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String q = uri.getRawQuery();
        if (q == null) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static String nameOf(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty() || path.endsWith("/")) {
            return "page.html";
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    /** File-name extensions for uploaded documents, so Tika's name-based detection agrees with the content type. */
    private static final class DocumentExtractorNames {
        static String extension(String mediaType) {
            return switch (mediaType) {
                case "text/html" -> ".html";
                case "application/xhtml+xml" -> ".xhtml";
                case "text/plain" -> ".txt";
                case "application/pdf" -> ".pdf";
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
                default -> ".bin";
            };
        }
    }
}
