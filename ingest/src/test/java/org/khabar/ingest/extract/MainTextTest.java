package org.khabar.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.extract.child.HtmlMetadata;
import org.khabar.ingest.extract.child.MainText;
import org.khabar.ingest.testing.Fixtures;

/** Main-text extraction on page shapes news sites use, in this JVM (the child runs the same code). */
class MainTextTest {
    private static String text(String html) {
        return MainText.extract(Jsoup.parse(html, "https://news.example/"), null).text();
    }

    @Test
    void publisherMarkupWins() {
        String html = "<body><div class=\"menu\"><a href=/>الرئيسية</a></div><div itemprop=\"articleBody\"><p>"
                + Fixtures.S1 + "</p><p>" + Fixtures.S2 + "</p></div><div class=\"col\"><p>"
                + "إعلان عن تخفيضات كبيرة في متجر الأثاث الجديد طوال الشهر المقبل لجميع الزبائن الكرام."
                + "</p></div></body>";
        assertEquals(Fixtures.S1 + "\n\n" + Fixtures.S2, text(html));
    }

    @Test
    void pagesWithoutStructureKeepTheirText() {
        assertEquals(Fixtures.S1, text("<body>" + Fixtures.S1 + "</body>"));
        assertEquals(Fixtures.S1 + "\n" + Fixtures.S2, text("<body><div>" + Fixtures.S1 + "<br>" + Fixtures.S2 + "</div></body>"));
    }

    @Test
    void readAlsoInsideTheArticleAndLinkListsAreDropped() {
        String html = "<body><div class=\"story\"><p>" + Fixtures.S1 + "</p>"
                + "<div class=\"inline-box\"><p>إقرأ ايضا</p><ul><li><a href=/a>عنوان أول</a></li><li><a href=/b>عنوان ثان</a></li></ul></div>"
                + "<p>" + Fixtures.S2 + "</p><p>شارك مئات السكان في تنظيف الشوارع بعد انحسار المياه، وفق شهود عيان.</p>"
                + "<ul><li><a href=/c>رابط</a></li><li><a href=/d>رابط آخر</a></li></ul></div></body>";
        String t = text(html);
        assertTrue(t.contains(Fixtures.S1) && t.contains(Fixtures.S2), t);
        assertTrue(t.contains("شارك مئات السكان"), "a sentence starting with شارك is article text: " + t);
        assertFalse(t.contains("عنوان") || t.contains("رابط") || t.contains("ايضا"), t);
    }

    @Test
    void metadataFromJsonLdGraphsAndMetaTags() {
        String html = "<html lang=\"ar-EG\"><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"عنوان الخبر\",\"datePublished\":\"2025-01-02T10:00:00Z\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://news.example/a/1\"}}]}</script>"
                + "<meta property=\"og:title\" content=\"عنوان آخر\"><meta name=\"pubdate\" content=\"2025-01-03\">"
                + "</head><body><p>x</p></body></html>";
        HtmlMetadata m = HtmlMetadata.of(Jsoup.parse(html, "https://news.example/a/1?x=1"));
        assertEquals("عنوان الخبر", m.title());
        assertEquals(List.of("2025-01-02T10:00:00Z", "2025-01-03"), m.published());
        assertEquals("https://news.example/a/1", m.canonicalUrl());
        assertEquals("ar", m.language());
    }
}
