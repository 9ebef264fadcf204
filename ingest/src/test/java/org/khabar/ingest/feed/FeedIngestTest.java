package org.khabar.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.SourcesOptions;
import org.khabar.ingest.testing.Canary;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.SharedBroker;
import org.khabar.ingest.testing.WebServer;
import org.khabar.model.RawArticle;

/**
 * RSS and Atom served by an in-test server with ETag: each item is fetched, extracted and
 * published once; an unchanged feed is answered 304; a feed with a DOCTYPE is dead-lettered once.
 */
@ExtendWith(SharedBroker.class)
class FeedIngestTest {
    private WebServer web;
    private Canary canary;
    private IngestSources sources;

    @BeforeEach
    void start() throws Exception {
        web = new WebServer();
        canary = new Canary();
    }

    @AfterEach
    void stop() throws Exception {
        if (sources != null) {
            sources.close();
        }
        web.close();
        canary.close();
    }

    private String page(String paragraph) {
        return Fixtures.newsPage("<meta charset=\"utf-8\">", "").replace(Fixtures.S1, paragraph);
    }

    private void publishRss(String etag, String... items) {
        web.put("/feed.rss", new WebServer.Page(200, Map.of("Content-Type", "application/rss+xml; charset=utf-8",
                "ETag", etag), Fixtures.rss("", String.join("", items)).getBytes(StandardCharsets.UTF_8)));
    }

    private IngestSources open(Ingests.Setup s, String feedPath, Ingests.Recorder recorder) {
        SourcesOptions o = s.options().withFeeds(List.of(web.url(feedPath)), Duration.ofMinutes(5))
                .withFetch(List.of(web.allowEntry()), s.options().fetch());
        return IngestSources.open(s.config(), o, new SimpleMeterRegistry(), recorder);
    }

    @Test
    void rssItemsArePublishedOnceAndAnUnchangedFeedIsNotRead() {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "rss");
        String p1 = "أفاد سكان في قرية التلال الخضراء بأن عاصفة رملية قوية أغلقت الطريق الرئيسي لساعات، ما أدى إلى تعطل حركة النقل.";
        String p2 = "قالت إدارة المطار المحلي إن رحلتين تأخرتا بسبب ضعف الرؤية، وإن الحركة عادت إلى طبيعتها بعد الظهر.";
        web.put("/news/1", WebServer.Page.of("text/html; charset=utf-8", page(p1).getBytes(StandardCharsets.UTF_8)));
        // An older page in windows-1256, served with its charset in the header only.
        web.put("/news/2", WebServer.Page.of("text/html; charset=windows-1256", ("<html><body><p>" + p2 + "</p></body></html>")
                .getBytes(Charset.forName("windows-1256"))));
        publishRss("\"v1\"", Fixtures.rssItem("g-2", web.url("/news/2"), "تأخر رحلتين", "Wed, 12 Mar 2025 08:00:00 GMT", "x"),
                Fixtures.rssItem("g-1", web.url("/news/1"), "عاصفة رملية", "Tue, 11 Mar 2025 08:00:00 GMT", "x"));
        Ingests.Recorder recorder = new Ingests.Recorder();
        sources = open(s, "/feed.rss", recorder);

        sources.runOnce();
        List<RawArticle> first = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(2, first.size(), first.toString());
        assertEquals(p1 + "\n\n" + Fixtures.S2 + "\n\n" + Fixtures.S3, first.get(0).text(),
                "oldest item first; only the article's text");
        assertEquals("عاصفة رملية", first.get(0).title());
        assertEquals("وكالة الأنباء التجريبية", first.get(0).source());
        assertEquals(web.url("/news/1"), first.get(0).url());
        assertEquals(p2, first.get(1).text());
        assertEquals("2025-03-12T08:00:00Z", first.get(1).publishedAt().toString());

        sources.runOnce();
        assertEquals(List.of(200, 304), recorder.feedStatuses);
        assertEquals("\"v1\"", web.requests().stream().filter(r -> r.path().equals("/feed.rss")).skip(1).findFirst()
                .orElseThrow().headers().getFirst("If-None-Match"));
        assertEquals(1, web.requestsTo("/news/1"));

        String p3 = "أعلنت البلدية إعادة فتح الطريق الرئيسي بعد إزالة الرمال المتراكمة، ودعت السائقين إلى الحذر.";
        web.put("/news/3", WebServer.Page.of("text/html", page(p3).getBytes(StandardCharsets.UTF_8)));
        publishRss("\"v2\"", Fixtures.rssItem("g-3", web.url("/news/3"), "إعادة فتح الطريق", "Thu, 13 Mar 2025 08:00:00 GMT", "x"),
                Fixtures.rssItem("g-2", web.url("/news/2"), "تأخر رحلتين", "Wed, 12 Mar 2025 08:00:00 GMT", "x"),
                Fixtures.rssItem("g-1", web.url("/news/1"), "عاصفة رملية", "Tue, 11 Mar 2025 08:00:00 GMT", "x"));
        sources.runOnce();
        List<RawArticle> all = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(3, all.size());
        assertTrue(all.get(2).text().startsWith(p3), all.get(2).text());
        assertEquals(1, web.requestsTo("/news/1"), "an item was fetched again");
        assertEquals(3, all.stream().map(RawArticle::id).distinct().count());
    }

    @Test
    void atomItemsPointingInsideTheNetworkFallBackToTheFeedsOwnContent() {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "atom");
        String content = "أكدت مصادر محلية أن فرق الصيانة أصلحت خط المياه الرئيسي المغذي للحي الشرقي خلال الليل.";
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">"
                + "<title>نشرة المدينة</title><id>urn:city</id><updated>2025-03-12T08:00:00Z</updated>"
                + "<entry><id>urn:city:1</id><title>إصلاح خط المياه</title>"
                + "<link href=\"http://127.0.0.1:" + canary.port() + "/internal\"/><updated>2025-03-12T08:00:00Z</updated>"
                + "<content type=\"html\">&lt;p&gt;" + content + "&lt;/p&gt;</content></entry>"
                + "<entry><id>urn:city:2</id><title>بلا نص</title><link href=\"http://169.254.169.254/latest\"/>"
                + "<updated>2025-03-12T09:00:00Z</updated></entry></feed>";
        web.put("/atom", new WebServer.Page(200, Map.of("Content-Type", "application/atom+xml", "ETag", "\"a1\""),
                atom.getBytes(StandardCharsets.UTF_8)));
        Ingests.Recorder recorder = new Ingests.Recorder();
        sources = open(s, "/atom", recorder);
        sources.runOnce();

        List<RawArticle> articles = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(1, articles.size());
        assertEquals(content, articles.get(0).text());
        assertEquals("نشرة المدينة", articles.get(0).source());
        List<Ingests.Dead> dead = Ingests.deadLetters(SharedBroker.broker(), s.dlq());
        assertEquals(1, dead.size(), dead.toString());
        assertTrue(dead.get(0).key().endsWith("#urn:city:2"), dead.get(0).key());
        assertTrue(dead.get(0).reason().contains("link-local"), dead.get(0).reason());
        assertEquals(0, canary.connections(), "an item link inside the network was fetched");
    }

    @Test
    void aFeedWithADoctypeIsDeadLetteredOnceAndNothingIsPublished() {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "xxe");
        String xml = Fixtures.rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:" + canary.port() + "/\">]>",
                Fixtures.rssItem("g", web.url("/news/1"), "&xxe;", "Tue, 11 Mar 2025 08:00:00 GMT", "x"));
        web.put("/evil.rss", WebServer.Page.of("application/rss+xml", xml.getBytes(StandardCharsets.UTF_8)));
        Ingests.Recorder recorder = new Ingests.Recorder();
        sources = open(s, "/evil.rss", recorder);
        sources.runOnce();
        sources.runOnce();

        assertEquals(List.of(), Ingests.articles(SharedBroker.broker(), s.raw()));
        List<Ingests.Dead> dead = Ingests.deadLetters(SharedBroker.broker(), s.dlq());
        assertEquals(1, dead.size(), "the same refused feed was dead-lettered again: " + dead);
        assertNotNull(dead.get(0).value());
        assertTrue(dead.get(0).reason().contains("DOCTYPE"), dead.get(0).reason());
        assertEquals(0, web.requestsTo("/news/1"));
        assertEquals(0, canary.connections());
        assertFalse(recorder.deadLettered.isEmpty());
        assertEquals(1.0, recorder.deadLettered.stream().collect(Collectors.counting()).doubleValue());
    }
}
