package org.khabar.ingest.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A web server for tests on 127.0.0.1 (JDK HttpServer): static pages with their content type and
 * ETag (answering {@code If-None-Match} with 304), redirects, and a log of the requests received.
 */
public final class WebServer implements AutoCloseable {
    /** A response: status, headers, body. */
    public record Page(int status, Map<String, String> headers, byte[] body) {
        public static Page of(String contentType, byte[] body) {
            return new Page(200, Map.of("Content-Type", contentType), body);
        }

        public static Page redirect(String location) {
            return new Page(302, Map.of("Location", location), new byte[0]);
        }
    }

    /** One request as received. */
    public record Request(String method, String path, Headers headers) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public WebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-web");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The allow-list entry that opens exactly this server to Khabar's fetcher. */
    public String allowEntry() {
        return "127.0.0.1:" + port();
    }

    public void put(String path, Page page) {
        pages.put(path, page);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public long requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders()));
        Page page = pages.get(path);
        if (page == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        String etag = page.headers().get("ETag");
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        page.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (etag != null && etag.equals(ifNoneMatch)) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(page.body());
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
