package org.khabar.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.khabar.ingest.testing.Fixtures;

/** Extraction through the Tika child process: every format, every encoding, the article's own text only. */
class DocumentExtractorTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        extractor = new DocumentExtractor(ExtractionLimits.defaults().withParserProcesses(1));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private ExtractedDocument extract(byte[] bytes, String name) throws Exception {
        return extractor.extract(new ByteArrayInputStream(bytes), name);
    }

    @ParameterizedTest(name = "windows-1256 HTML, meta charset {0}, {1}")
    @CsvSource({"true, short", "false, short", "true, long", "false, long"})
    void readsWindows1256HtmlWithAndWithoutMetaCharset(boolean meta, String length) throws Exception {
        String body = length.equals("short") ? "<p>انفجار في مستودع للوقود</p>"
                : "<p>" + Fixtures.S1 + "</p><p>" + Fixtures.S2 + "</p><p>" + Fixtures.S3 + "</p>";
        String html = "<html><head>" + (meta ? "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">" : "")
                + "<title>خبر</title></head><body>" + body + "</body></html>";
        ExtractedDocument doc = extract(html.getBytes(CP1256), "page.html");
        String expected = length.equals("short") ? "انفجار في مستودع للوقود" : Fixtures.S2;
        assertTrue(doc.text().contains(expected), "mojibake instead of Arabic: " + doc.text());
        assertEquals("خبر", doc.title());
        assertEquals("ar", doc.language());
    }

    @Test
    void readsWindows1256PlainTextAndAServerThatCallsItLatin1() throws Exception {
        ExtractedDocument txt = extract("انفجار في مستودع".getBytes(CP1256), "short.txt");
        assertEquals("انفجار في مستودع", txt.text());
        Path page = dir.resolve("p.bin");
        Files.write(page, ("<p>" + Fixtures.S1 + "</p>").getBytes(CP1256));
        ExtractedDocument declaredLatin = extractor.extract(new DocumentInput(page, "p.html", "text/html", "ISO-8859-1", null));
        assertTrue(declaredLatin.text().contains("وادي الريحان"), declaredLatin.text());
    }

    @Test
    void keepsOnlyTheArticleOfANewsPage() throws Exception {
        String jsonLd = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"" + Fixtures.TITLE + "\",\"datePublished\":\"2025-03-11T09:15:00+03:00\","
                + "\"url\":\"https://news.example/local/flood-rihan\"}</script>"
                + "<link rel=\"canonical\" href=\"/local/flood-rihan?utm_source=rss\">";
        ExtractedDocument doc = extractor.extract(new ByteArrayInputStream(Fixtures.newsPage("<meta charset=\"utf-8\">",
                jsonLd).getBytes(StandardCharsets.UTF_8)), "flood.html", "text/html", null, "https://news.example/x/1");
        String text = doc.text();
        assertTrue(text.startsWith(Fixtures.S1), text);
        assertTrue(text.contains(Fixtures.S2) && text.contains(Fixtures.S3), text);
        for (String boilerplate : new String[] {"رياضة", "الرئيسية", "فيسبوك", "تويتر", "انقطاع الكهرباء", "اقرأ أيضاً",
            "أخبار ذات صلة", "مهرجان الزيتون", "الأكثر قراءة", "نتائج امتحانات", "تعليقك", "جميع الحقوق", "محليات"}) {
            assertFalse(text.contains(boilerplate), "kept \"" + boilerplate + "\": " + text);
        }
        assertEquals(Fixtures.TITLE, doc.title());
        assertEquals(Instant.parse("2025-03-11T06:15:00Z"), doc.publishedAt());
        assertEquals("https://news.example/local/flood-rihan?utm_source=rss", doc.canonicalUrl());
        assertEquals("ar", doc.language());
        assertEquals("text/html", doc.contentType());
    }

    @Test
    void takesThePublicationDateFromMetaTagsOrTheDateline() throws Exception {
        String meta = "<meta property=\"article:published_time\" content=\"2025-04-10 06:30:00\">";
        ExtractedDocument tagged = extract(Fixtures.newsPage("<meta charset=\"utf-8\">", meta).getBytes(StandardCharsets.UTF_8),
                "a.html");
        assertEquals(Instant.parse("2025-04-10T06:30:00Z"), tagged.publishedAt());

        String dateline = "وادي الريحان، ١١ آذار/مارس ٢٠٢٥ (وكالة الأنباء التجريبية) - " + Fixtures.S1;
        ExtractedDocument text = extract(dateline.getBytes(StandardCharsets.UTF_8), "dateline.txt");
        assertEquals(Instant.parse("2025-03-11T00:00:00Z"), text.publishedAt());
        assertNull(extract(Fixtures.S2.getBytes(StandardCharsets.UTF_8), "none.txt").publishedAt());
    }

    @Test
    void readsPdf() throws Exception {
        ExtractedDocument doc = extract(Fixtures.pdf(), "report.pdf");
        assertTrue(doc.text().contains("A sudden flood covered the old market"), doc.text());
        assertEquals("Flood in the Rihan valley", doc.title());
        assertEquals("application/pdf", doc.contentType());
        assertEquals(Instant.parse("2025-03-11T07:00:00Z"), doc.publishedAt());
    }

    @Test
    void readsDocx() throws Exception {
        ExtractedDocument doc = extract(Fixtures.docx(), "report.docx");
        assertEquals(Fixtures.S1 + "\n" + Fixtures.S2 + "\n" + Fixtures.S3, doc.text().replace("\n\n", "\n"));
        assertEquals(Fixtures.TITLE, doc.title());
        assertEquals("ar", doc.language());
    }

    @Test
    void cleansInvalidUtf8AndNulBytes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Fixtures.S1.getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28, 0x00, (byte) 0xE2, (byte) 0x82});
        bytes.write(' ');
        bytes.write(Fixtures.S2.getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {0, 0, 0x01, 0x1B});
        ExtractedDocument doc = extract(bytes.toByteArray(), "damaged.txt");
        assertTrue(doc.text().startsWith(Fixtures.S1), doc.text());
        assertTrue(doc.text().contains(Fixtures.S2), doc.text());
        assertTrue(doc.text().chars().noneMatch(c -> c == 0 || c == 0xFFFD || c == 0x1B || c == 0x01), doc.text());
    }

    @Test
    void refusesEmptyAndUnreadableFiles() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        DocumentExtractor.ExtractionException e = assertThrows(DocumentExtractor.ExtractionException.class,
                () -> extractor.extract(DocumentInput.of(empty)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertFalse(e.retryable());

        Path blank = Files.writeString(dir.resolve("blank.html"), "<html><body><script>var a=1;</script></body></html>");
        e = assertThrows(DocumentExtractor.ExtractionException.class, () -> extractor.extract(DocumentInput.of(blank)));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());

        e = assertThrows(DocumentExtractor.ExtractionException.class,
                () -> extract(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "x.png"));
        assertTrue(e.getMessage().contains("image/png") && e.getMessage().contains("not a format Khabar reads"),
                e.getMessage());
    }
}
