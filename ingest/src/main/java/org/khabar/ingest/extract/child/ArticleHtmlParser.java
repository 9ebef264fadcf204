package org.khabar.ingest.extract.child;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Khabar's HTML parser for Tika, used instead of Tika's own in the forked parser process: jsoup
 * parses the page (in the charset {@link ArabicAwareEncodingDetector} chose), {@link HtmlMetadata}
 * reads title, dates, canonical URL and language, and only the article's main text
 * ({@link MainText}) is written out, one XHTML paragraph per block.
 */
public final class ArticleHtmlParser implements Parser {
    private static final long serialVersionUID = 1L;
    private static final Set<MediaType> TYPES = Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"),
            MediaType.application("vnd.wap.xhtml+xml"));
    /** Without a limit from the request: 16 MiB of HTML is already far beyond any article page. */
    private static final long DEFAULT_MAX_HTML_BYTES = 16L * 1024 * 1024;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        RequestHints hints = context.get(RequestHints.class);
        long max = hints != null && hints.maxHtmlBytes() > 0 ? hints.maxHtmlBytes() : DEFAULT_MAX_HTML_BYTES;
        byte[] bytes = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        if (bytes.length > max) {
            throw new TikaException("HTML page larger than " + max + " bytes: refused rather than parsed");
        }
        EncodingDetector detector = context.get(EncodingDetector.class);
        if (detector == null) {
            detector = new ArabicAwareEncodingDetector(null);
        }
        Charset charset;
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            charset = detector.detect(in, metadata);
        }
        if (charset == null) {
            charset = CharsetChooser.choose(bytes, Math.min(bytes.length, CharsetChooser.SAMPLE_BYTES), null);
        }
        String base = hints != null && hints.baseUrl() != null ? hints.baseUrl() : "";
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset.name(), base);
        HtmlMetadata meta = HtmlMetadata.of(doc);
        MainText.Result main = MainText.extract(doc, meta.title());

        metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=" + charset.name());
        metadata.set(Metadata.CONTENT_ENCODING, charset.name());
        if (meta.title() != null) {
            metadata.set(TikaCoreProperties.TITLE, meta.title());
        }
        for (String date : meta.published()) {
            metadata.add(KhabarMetadata.PUBLISHED, date);
        }
        if (meta.canonicalUrl() != null) {
            metadata.set(KhabarMetadata.CANONICAL_URL, meta.canonicalUrl());
        }
        if (meta.language() != null) {
            metadata.set(KhabarMetadata.LANGUAGE, meta.language());
        }
        metadata.set(KhabarMetadata.DROPPED_BLOCKS, Integer.toString(main.dropped()));

        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        for (String block : main.blocks()) {
            xhtml.element("p", block);
            xhtml.newline();
        }
        xhtml.endDocument();
    }
}
