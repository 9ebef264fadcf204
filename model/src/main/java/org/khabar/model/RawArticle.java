package org.khabar.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest publishes it on {@link Topics#RAW}: extracted text and metadata, nothing
 * derived. {@code publishedAt} is the outlet's publication time (UTC) or, failing that, the time
 * the document was found; relative dates in the text are resolved against it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawArticle(
        String id,
        String source,
        String url,
        String title,
        Instant publishedAt,
        String language,
        String text) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** Problems that make this article unusable, or {@code null} when it is fine. */
    public String validationError() {
        if (id.isBlank()) {
            return "id is blank";
        }
        if (text.isBlank()) {
            return "text is empty";
        }
        return null;
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, source, url, title, publishedAt, language, text);
    }
}
