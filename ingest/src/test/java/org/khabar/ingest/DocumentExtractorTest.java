package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.extract.ExtractedDocument;

class DocumentExtractorTest {
    private final DocumentExtractor extractor = new DocumentExtractor();

    private static final String BODY = "أفادت مصادر محلية في مدينة الحديدة بأن قصفا استهدف مخزنا للوقود فجر اليوم، "
            + "ما أدى إلى اندلاع حريق كبير امتد إلى المباني المجاورة، فيما هرعت فرق الدفاع المدني إلى المكان.";

    @Test
    void readsTitleTextAndPublicationDateFromHtml() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>حريق في الحديدة</title>"
                + "<meta property=\"article:published_time\" content=\"2025-04-10T06:30:00+03:00\"></head>"
                + "<body><h1>حريق في الحديدة</h1><p>" + BODY + "</p></body></html>";
        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "a.html");
        assertEquals("حريق في الحديدة", doc.title());
        assertTrue(doc.text().contains("هرعت فرق الدفاع المدني"), doc.text());
        assertEquals(Instant.parse("2025-04-10T03:30:00Z"), doc.publishedAt());
        assertEquals("ar", doc.language());
    }

    @Test
    void readsPlainTextInUtf8() throws Exception {
        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream((BODY + "\n\n\n" + BODY).getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertEquals(BODY + "\n\n" + BODY, doc.text());
        assertEquals("ar", doc.language());
    }

    @Test
    void readsLongWindows1256HtmlWithItsMetaCharset() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "<title>خبر</title></head><body><p>" + BODY + "</p><p>" + BODY + "</p></body></html>";
        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(html.getBytes(Charset.forName("windows-1256"))), "b.html");
        assertTrue(doc.text().contains("الدفاع المدني"), doc.text());
    }
}
