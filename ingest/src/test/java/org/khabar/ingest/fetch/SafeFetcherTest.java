package org.khabar.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.testing.Canary;
import org.khabar.ingest.testing.WebServer;

/**
 * The fetcher refuses every SSRF spelling before connecting: a canary listening on the loopback
 * port the URLs name receives nothing, and the checking resolver never hands HttpClient an address.
 */
class SafeFetcherTest {
    private static Canary canary;
    private static WebServer web;

    @BeforeAll
    static void start() throws Exception {
        canary = new Canary();
        web = new WebServer();
    }

    @AfterAll
    static void stop() throws Exception {
        canary.close();
        web.close();
    }

    @Test
    void refusesTheSsrfAddressSetBeforeConnecting() {
        int p = canary.port();
        List<String> urls = List.of("http://127.0.0.1:" + p + "/", "http://localhost:" + p + "/", "http://[::1]:" + p + "/",
                "http://0.0.0.0:" + p + "/", "http://2130706433:" + p + "/", "http://0x7f.0.0.1:" + p + "/",
                "http://[::ffff:127.0.0.1]:" + p + "/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/", "http://[fd00::1]/", "file:///etc/passwd", "jar:file:///tmp/x.jar!/a",
                "ftp://127.0.0.1:" + p + "/", "http://127.1:" + p + "/", "http://0177.0.0.1:" + p + "/");
        List<String> notRefused = new ArrayList<>();
        try (SafeFetcher fetcher = new SafeFetcher(UrlPolicy.strict(), FetchLimits.defaults())) {
            for (String url : urls) {
                try {
                    fetcher.get(url);
                    notRefused.add(url + " (fetched!)");
                } catch (FetchException e) {
                    if (e.kind() != FetchException.Kind.REFUSED) {
                        notRefused.add(url + " (" + e.kind() + ": " + e.getMessage() + ")");
                    }
                }
            }
            assertEquals(List.of(), notRefused);
            assertEquals(0, fetcher.addressesHandedOut(), "the resolver handed out an address");
        }
        assertEquals(0, canary.connections(), "the canary was contacted");
    }

    @Test
    void refusesARedirectToALoopbackAddressBeforeFollowingIt() throws Exception {
        int p = canary.port();
        web.put("/to-loopback", WebServer.Page.redirect("http://127.0.0.1:" + p + "/admin"));
        web.put("/to-localhost", WebServer.Page.redirect("http://localhost:" + p + "/"));
        web.put("/to-v6", WebServer.Page.redirect("http://[::1]:" + p + "/"));
        web.put("/to-decimal", WebServer.Page.redirect("http://2130706433:" + p + "/"));
        web.put("/to-metadata", WebServer.Page.redirect("http://169.254.169.254/latest/meta-data/"));
        web.put("/to-file", WebServer.Page.redirect("file:///etc/passwd"));
        // Only the test server itself is opened, by address and port.
        try (SafeFetcher fetcher = new SafeFetcher(UrlPolicy.allowing(List.of(web.allowEntry())), FetchLimits.defaults())) {
            for (String path : List.of("/to-loopback", "/to-localhost", "/to-v6", "/to-decimal", "/to-metadata",
                    "/to-file")) {
                FetchException e = assertThrows(FetchException.class, () -> fetcher.get(web.url(path)));
                assertEquals(FetchException.Kind.REFUSED, e.kind(), path + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("redirect"), e.getMessage());
            }
        }
        assertEquals(0, canary.connections(), "a redirect reached the canary");
    }

    @Test
    void followsAllowedRedirectsUpToTheCap() throws Exception {
        web.put("/page", WebServer.Page.of("text/html; charset=windows-1256", "<p>x</p>".getBytes(StandardCharsets.US_ASCII)));
        web.put("/hop1", WebServer.Page.redirect(web.url("/page")));
        for (int i = 0; i < 8; i++) {
            web.put("/loop" + i, WebServer.Page.redirect(web.url("/loop" + (i + 1))));
        }
        try (SafeFetcher fetcher = new SafeFetcher(UrlPolicy.allowing(List.of(web.allowEntry())), FetchLimits.defaults())) {
            FetchResult r = fetcher.get(web.url("/hop1"));
            assertEquals(web.url("/page"), r.finalUri().toString());
            assertEquals("text/html", r.contentType());
            assertEquals("windows-1256", r.charset());
            FetchException e = assertThrows(FetchException.class, () -> fetcher.get(web.url("/loop0")));
            assertEquals(FetchException.Kind.FAILED, e.kind());
            assertTrue(e.getMessage().contains("redirects"), e.getMessage());
        }
    }

    @Test
    void capsBodiesAfterDecompression() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        web.put("/big", WebServer.Page.of("text/plain", big));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[50 * 1024 * 1024]);
        }
        web.put("/gzip-bomb", new WebServer.Page(200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
                gz.toByteArray()));
        web.put("/small", WebServer.Page.of("text/plain", "ok".getBytes(StandardCharsets.US_ASCII)));
        FetchLimits limits = FetchLimits.defaults().withMaxBytes(1024 * 1024);
        try (SafeFetcher fetcher = new SafeFetcher(UrlPolicy.allowing(List.of(web.allowEntry())), limits)) {
            FetchException tooBig = assertThrows(FetchException.class, () -> fetcher.get(web.url("/big")));
            assertEquals(FetchException.Kind.FAILED, tooBig.kind());
            FetchException bomb = assertThrows(FetchException.class, () -> fetcher.get(web.url("/gzip-bomb")));
            assertTrue(bomb.getMessage().contains("limit"), bomb.getMessage());
            assertArrayEquals("ok".getBytes(StandardCharsets.US_ASCII), fetcher.get(web.url("/small")).body());
        }
    }

    @Test
    void givesUpOnAServerThatNeverAnswersWithinTheTotalTime() throws Exception {
        // A listener that accepts and never answers: the read would block until the deadline cancels it.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getByName("127.0.0.1"))) {
            FetchLimits limits = new FetchLimits(1024, 2, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMillis(800));
            try (SafeFetcher fetcher = new SafeFetcher(UrlPolicy.allowing(List.of("127.0.0.1:" + silent.getLocalPort())),
                    limits)) {
                long t0 = System.nanoTime();
                FetchException e = assertThrows(FetchException.class,
                        () -> fetcher.get("http://127.0.0.1:" + silent.getLocalPort() + "/slow"));
                assertEquals(FetchException.Kind.TRANSIENT, e.kind(), e.getMessage());
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos(), "the deadline did not stop the fetch");
            }
        }
    }
}
