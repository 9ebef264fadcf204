package org.khabar.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents for tests, written for Khabar about fictional events (never copied from anywhere):
 * Arabic paragraphs, a news page with everything around an article, PDF (PDFBox), DOCX (POI) and
 * hostile archives.
 */
public final class Fixtures {
    public static final String S1 = "أعلنت السلطات المحلية في بلدة وادي الريحان أن فيضانا مفاجئا غمر السوق القديم صباح "
            + "الثلاثاء، ما أدى إلى إصابة سبعة أشخاص بجروح طفيفة.";
    public static final String S2 = "وقال مسؤول في الدفاع المدني إن فرق الإنقاذ أجلت عشرات العائلات من الأحياء المنخفضة، "
            + "وإن المياه بدأت بالانحسار مساء اليوم نفسه.";
    public static final String S3 = "وأضاف أن لجنة فنية ستقيّم الأضرار التي لحقت بالمحال التجارية والجسر الخشبي الذي يربط "
            + "ضفتي الوادي.";
    public static final String TITLE = "فيضان يغمر سوق وادي الريحان";

    private Fixtures() {
    }

    /**
     * A news page: header and menu, share buttons, the article with a "read also" box inside, a
     * related-articles list, a most-read sidebar, comments and a footer.
     */
    public static String newsPage(String charsetMeta, String extraHead) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>" + charsetMeta
                + "<title>" + TITLE + " | شبكة الأنباء التجريبية</title>" + extraHead + "</head><body>"
                + "<header class=\"site-header\"><div class=\"logo\">شبكة الأنباء التجريبية</div>"
                + "<ul class=\"main-menu\"><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/p\">سياسة</a></li>"
                + "<li><a href=\"/e\">اقتصاد</a></li><li><a href=\"/s\">رياضة</a></li></ul></header>"
                + "<nav class=\"breadcrumb\"><a href=\"/\">الرئيسية</a> &gt; <a href=\"/local\">محليات</a></nav>"
                + "<main><article><h1>" + TITLE + "</h1>"
                + "<div class=\"share-buttons\"><a href=\"#\">شارك على فيسبوك</a> <a href=\"#\">تويتر</a></div>"
                + "<div class=\"article-body\"><p>" + S1 + "</p>"
                + "<p><strong>اقرأ أيضاً:</strong> <a href=\"/n/2\">انقطاع الكهرباء عن ثلاث قرى في الشمال</a></p>"
                + "<p>" + S2 + "</p><p>" + S3 + "</p></div>"
                + "<section class=\"related-articles\"><h3>أخبار ذات صلة</h3><ul>"
                + "<li><a href=\"/n/3\">افتتاح مدرسة جديدة في البلدة</a></li>"
                + "<li><a href=\"/n/4\">مهرجان الزيتون يعود بعد غياب</a></li></ul></section>"
                + "</article></main>"
                + "<aside class=\"sidebar\"><h3>الأكثر قراءة</h3><ol><li><a href=\"/n/5\">نتائج امتحانات الثانوية</a></li></ol></aside>"
                + "<div id=\"comments\">أضف تعليقك على الخبر</div>"
                + "<footer>جميع الحقوق محفوظة لشبكة الأنباء التجريبية</footer>"
                + "</body></html>";
    }

    /** A one-page PDF in English (Standard 14 font), with a title and a creation date in the document info. */
    public static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Flood in the Rihan valley");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2025, Calendar.MARCH, 11, 7, 0, 0);
            info.setCreationDate(created);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("A sudden flood covered the old market of the Rihan valley on Tuesday morning.");
                text.newLineAtOffset(0, -16);
                text.showText("Seven people were slightly injured, the civil defence said.");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with a title in its core properties and three Arabic paragraphs. */
    public static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(TITLE);
            for (String s : new String[] {S1, S2, S3}) {
                doc.createParagraph().createRun().setText(s);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A DOCX-shaped zip whose document.xml inflates to {@code megabytes} MB of one letter: a zip
     * bomb a few hundred KB small.
     */
    public static byte[] docxZipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document"
                    + ".xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats"
                    + ".org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A plain zip of {@code entries} entries of 10 MB of zeros each. */
    public static byte[] zipBomb(int entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[10 * 1024 * 1024];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".txt"));
                zip.write(zeros);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An RSS 2.0 document of the fictional agency with these items (and an optional DOCTYPE before it). */
    public static String rss(String doctype, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<rss version=\"2.0\"><channel><title>وكالة الأنباء التجريبية</title><link>https://news.example/</link>"
                + "<language>ar</language><description>أخبار</description>" + items + "</channel></rss>";
    }

    public static String rssItem(String guid, String link, String title, String date, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + link + "</link><title>" + title
                + "</title><pubDate>" + date + "</pubDate><description><![CDATA[" + description + "]]></description></item>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
