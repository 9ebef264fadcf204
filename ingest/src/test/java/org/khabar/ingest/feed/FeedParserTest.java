package org.khabar.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.testing.Canary;
import org.khabar.ingest.testing.Fixtures;

/** RSS and Atom through ROME with DOCTYPE refused: no external entity is ever fetched or read. */
class FeedParserTest {
    @TempDir
    Path dir;

    @Test
    void readsRss() throws Exception {
        String xml = Fixtures.rss("", Fixtures.rssItem("g-2", "/news/2", "خبر ثان", "Wed, 12 Mar 2025 08:00:00 GMT", "<p>وصف</p>")
                + Fixtures.rssItem("g-1", "https://news.example/news/1", "خبر أول", "Tue, 11 Mar 2025 08:00:00 GMT", "وصف أول"));
        FeedDocument feed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                "https://news.example/feed.xml");
        assertEquals("وكالة الأنباء التجريبية", feed.title());
        assertEquals("ar", feed.language());
        assertEquals(2, feed.items().size());
        FeedDocument.Item first = feed.items().get(0);
        assertEquals("g-2", first.guid());
        assertEquals("https://news.example/news/2", first.link());
        assertEquals(Instant.parse("2025-03-12T08:00:00Z"), first.publishedAt());
        assertTrue(first.html().contains("وصف"));
    }

    @Test
    void readsAtomInWindows1256() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>نشرة</title><id>urn:feed</id><updated>2025-03-12T08:00:00Z</updated>"
                + "<entry><id>urn:entry:1</id><title>سيول في الوادي</title><link href=\"https://news.example/a\"/>"
                + "<updated>2025-03-12T08:00:00Z</updated><content type=\"html\">&lt;p&gt;غمرت السيول الوادي&lt;/p&gt;</content>"
                + "</entry></feed>";
        FeedDocument feed = FeedParser.parse(xml.getBytes(Charset.forName("windows-1256")), null, null);
        assertEquals("نشرة", feed.title());
        FeedDocument.Item e = feed.items().get(0);
        assertEquals("urn:entry:1", e.guid());
        assertEquals("سيول في الوادي", e.title());
        assertTrue(e.html().contains("غمرت السيول الوادي"), e.html());
    }

    @Test
    void refusesExternalEntitiesBeforeResolvingThem() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        try (Canary canary = new Canary()) {
            String[] doctypes = {
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + canary.port() + "/x\">]>",
                "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:" + canary.port() + "/rss.dtd\">",
                "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"http://127.0.0.1:" + canary.port() + "/p\"> %p;]>",
                "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
            };
            for (String doctype : doctypes) {
                String xml = Fixtures.rss(doctype, Fixtures.rssItem("g", "https://news.example/1", "&xxe;", "Tue, 11 Mar 2025 08:00:00 GMT", "x"));
                FeedParser.InvalidFeedException e = assertThrows(FeedParser.InvalidFeedException.class,
                        () -> FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", null));
                assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            }
            assertEquals(0, canary.connections(), "an external entity or DTD was fetched");
        }
    }
}
