package org.khabar.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.khabar.model.Json;
import org.xml.sax.SAXException;

/**
 * Extracts text and metadata from a document (HTML, plain text in any encoding) with Apache Tika.
 * Publication date comes from the usual meta tags when present.
 */
public final class DocumentExtractor {
    /** Characters of text kept per document; longer documents are cut (a news article is far shorter). */
    public static final int WRITE_LIMIT = 5_000_000;

    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
            "datePublished", "pubdate", "publishdate", "date", "dc:date", "dcterms:created", "DC.date.issued",
            "sailthru.date", "parsely-pub-date");
    private static final List<String> URL_KEYS = List.of("og:url", "canonical");

    private final AutoDetectParser parser = new AutoDetectParser();

    public ExtractedDocument extract(InputStream in, String resourceName) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, resourceName);
        BodyContentHandler handler = new BodyContentHandler(WRITE_LIMIT);
        try {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("cannot parse " + resourceName + ": " + e.getMessage(), e);
            }
        } catch (IOException | TikaException e) {
            throw new ExtractionException("cannot parse " + resourceName + ": " + e.getMessage(), e);
        }
        String text = tidy(handler.toString());
        String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
        String language = firstNonBlank(metadata.get("Content-Language"), metadata.get(TikaCoreProperties.LANGUAGE));
        if (language == null) {
            language = LanguageGuesser.guess(text);
        }
        return new ExtractedDocument(title == null ? null : title.strip(), text, publishedAt(metadata), language,
                firstMeta(metadata, URL_KEYS));
    }

    private static Instant publishedAt(Metadata metadata) {
        for (String key : DATE_KEYS) {
            String v = metadata.get(key);
            if (v != null && !v.isBlank()) {
                try {
                    return Json.parseInstant(v);
                } catch (RuntimeException ignored) {
                    // try the next key
                }
            }
        }
        return null;
    }

    private static String firstMeta(Metadata metadata, List<String> keys) {
        for (String key : keys) {
            String v = metadata.get(key);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Trims each line, drops NULs, keeps at most one empty line between paragraphs. */
    static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.replace("\u0000", "").split("\r?\n|\r")) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a.strip() : blankToNull(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A document that could not be read; the message is the reason given on the dead-letter topic. */
    public static final class ExtractionException extends Exception {
        public ExtractionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
