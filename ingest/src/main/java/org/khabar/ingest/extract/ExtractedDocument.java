package org.khabar.ingest.extract;

import java.time.Instant;

/**
 * What extraction found in one document; any field but {@code text} may be null.
 *
 * @param publishedAt from the document itself: meta tags or JSON-LD, else the dateline, else the
 *                    document's creation date (PDF, DOCX); null when none says
 * @param contentType the detected media type, e.g. {@code text/html}
 * @param truncated the text was cut at the write limit
 */
public record ExtractedDocument(String title, String text, Instant publishedAt, String language, String canonicalUrl,
                                String contentType, boolean truncated) {
    public ExtractedDocument(String title, String text, Instant publishedAt, String language, String canonicalUrl) {
        this(title, text, publishedAt, language, canonicalUrl, null, false);
    }
}
