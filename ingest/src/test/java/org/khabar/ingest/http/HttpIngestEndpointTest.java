package org.khabar.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.testing.Canary;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.SharedBroker;
import org.khabar.ingest.testing.WebServer;
import org.khabar.model.Json;
import org.khabar.model.RawArticle;

/** POST /articles: auth, size, type, rate; 202 only with the record on the topic; refusals say why. */
@ExtendWith(SharedBroker.class)
class HttpIngestEndpointTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    private static IngestSources sources;
    private static Ingests.Setup setup;
    private static Ingests.Recorder recorder;
    private static WebServer web;
    private static Canary canary;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        web = new WebServer();
        canary = new Canary();
        setup = Ingests.setup(SharedBroker.broker(), "http");
        recorder = new Ingests.Recorder();
        HttpOptions http = HttpOptions.defaults(0, TOKEN).withBind("127.0.0.1").withMaxBodyBytes(256 * 1024)
                .withRate(1000, 1000);
        sources = IngestSources.start(setup.config(), setup.options().withHttp(http)
                .withFetch(List.of(web.allowEntry()), setup.options().fetch()), new SimpleMeterRegistry(), recorder);
    }

    @AfterAll
    static void stop() throws Exception {
        sources.close();
        web.close();
        canary.close();
    }

    static HttpResponse<String> post(int port, String token, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return post(sources.httpPort(), TOKEN, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    private static RawArticle published(String id) {
        return Ingests.articles(SharedBroker.broker(), setup.raw()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElse(null);
    }

    @Test
    void acceptsARawArticleOnlyOnceKafkaHasIt() throws Exception {
        HttpResponse<String> r = post("application/json; charset=utf-8",
                "{\"id\":\"push-1\",\"source\":\"نظام شريك\",\"title\":\"عنوان\",\"text\":\"" + Fixtures.S1 + "\\u0000\"}");
        assertEquals(202, r.statusCode(), r.body());
        assertEquals("push-1", json(r).get("id").asText());
        RawArticle a = published("push-1");
        assertNotNull(a, "202 was answered before the record was readable");
        assertEquals(Fixtures.S1, a.text());
        assertEquals("نظام شريك", a.source());
    }

    @Test
    void acceptsDocumentsWithTheirContentType() throws Exception {
        HttpResponse<String> html = post(sources.httpPort(), TOKEN, "text/html; charset=windows-1256",
                ("<html><body><p>" + Fixtures.S2 + "</p></body></html>").getBytes(Charset.forName("windows-1256")));
        assertEquals(202, html.statusCode(), html.body());
        assertEquals(Fixtures.S2, published(json(html).get("id").asText()).text());
        HttpResponse<String> docx = post(sources.httpPort(), TOKEN,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Fixtures.docx());
        assertEquals(202, docx.statusCode(), docx.body());
        assertEquals(Fixtures.TITLE, published(json(docx).get("id").asText()).title());
    }

    @Test
    void fetchesASubmittedUrlButNeverOneInsideTheNetwork() throws Exception {
        web.put("/story", WebServer.Page.of("text/html; charset=utf-8",
                Fixtures.newsPage("<meta charset=\"utf-8\">", "").getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> ok = post("application/json", "{\"url\":\"" + web.url("/story") + "\"}");
        assertEquals(202, ok.statusCode(), ok.body());
        RawArticle a = published(json(ok).get("id").asText());
        assertTrue(a.text().startsWith(Fixtures.S1), a.text());
        assertEquals(web.url("/story"), a.url());

        for (String url : List.of("http://127.0.0.1:" + canary.port() + "/", "http://localhost:" + canary.port() + "/",
                "http://[::1]:" + canary.port() + "/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd")) {
            HttpResponse<String> r = post("application/json", "{\"url\":\"" + url + "\"}");
            assertEquals(422, r.statusCode(), url + ": " + r.body());
            assertTrue(json(r).get("error").asText().startsWith("URL refused"), r.body());
        }
        assertEquals(0, canary.connections());
    }

    @Test
    void refusesWithoutTheRightToken() throws Exception {
        byte[] body = ("{\"text\":\"" + Fixtures.S3 + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = post(sources.httpPort(), null, "application/json", body);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> wrong = post(sources.httpPort(), TOKEN + "x", "application/json", body);
        assertEquals(401, wrong.statusCode());
        assertEquals("wrong bearer token", json(wrong).get("error").asText());
        HttpResponse<String> shorter = post(sources.httpPort(), TOKEN.substring(1), "application/json", body);
        assertEquals(401, shorter.statusCode());
        assertTrue(recorder.refused.stream().anyMatch(s -> s.startsWith("401")));
    }

    @Test
    void refusesOtherContentTypes() throws Exception {
        for (String type : new String[] {"application/zip", "image/png", "application/x-www-form-urlencoded"}) {
            HttpResponse<String> r = post(type, "x");
            assertEquals(415, r.statusCode(), type);
            assertTrue(r.headers().firstValue("Accept-Post").orElse("").contains("application/json"));
        }
        assertEquals(415, post(sources.httpPort(), TOKEN, null, new byte[] {1}).statusCode());
    }

    @Test
    void refusesOversizeBodiesBeforeReadingThem() throws Exception {
        HttpResponse<String> r = post(sources.httpPort(), TOKEN, "text/plain", new byte[256 * 1024 + 1]);
        assertEquals(413, r.statusCode(), r.body());
        // Declared too large: answered from the headers alone, with the body never sent.
        try (Socket s = new Socket("127.0.0.1", sources.httpPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: text/plain\r\nContent-Length: 2000000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
    }

    @Test
    void refusesBodiesThatAreNotArticles() throws Exception {
        assertEquals(400, post("application/json", "{not json").statusCode());
        HttpResponse<String> noText = post("application/json", "{\"title\":\"بلا نص\"}");
        assertEquals(400, noText.statusCode());
        assertTrue(json(noText).get("error").asText().contains("text"), noText.body());
        HttpResponse<String> empty = post("text/html", "<html><body></body></html>");
        assertEquals(422, empty.statusCode(), empty.body());
    }

    @Test
    void limitsTheRatePerClientWithRetryAfter() throws Exception {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "http-rate");
        HttpOptions http = HttpOptions.defaults(0, TOKEN).withBind("127.0.0.1").withRate(0.1, 2);
        try (IngestSources limited = IngestSources.start(s.config(), s.options().withHttp(http), new SimpleMeterRegistry(),
                new Ingests.Recorder())) {
            byte[] body = ("{\"text\":\"" + Fixtures.S1 + "\"}").getBytes(StandardCharsets.UTF_8);
            assertEquals(202, post(limited.httpPort(), TOKEN, "application/json", body).statusCode());
            assertEquals(202, post(limited.httpPort(), TOKEN, "application/json", body).statusCode());
            HttpResponse<String> third = post(limited.httpPort(), TOKEN, "application/json", body);
            assertEquals(429, third.statusCode());
            long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
            // Unauthenticated floods are limited too (the limit comes first).
            assertEquals(429, post(limited.httpPort(), null, "application/json", body).statusCode());
        }
    }
}
