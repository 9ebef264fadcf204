package org.khabar.ingest.extract;

import java.time.Instant;

/** What extraction found in one document; any field but {@code text} may be null. */
public record ExtractedDocument(String title, String text, Instant publishedAt, String language, String canonicalUrl) {
}
