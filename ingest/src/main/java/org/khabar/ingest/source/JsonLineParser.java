package org.khabar.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.khabar.ingest.extract.TextCleaner;
import org.khabar.model.ArticleIds;
import org.khabar.model.Json;
import org.khabar.model.RawArticle;

/**
 * Reads one raw-article JSON line. The line's own {@code id} is kept; without one, the id is
 * derived from the URL or text ({@link ArticleIds#idFor}). Text and title are cleaned of NUL bytes,
 * control characters and the replacement characters invalid UTF-8 leaves ({@link TextCleaner}).
 */
public final class JsonLineParser {
    private JsonLineParser() {
    }

    public static RawArticle parse(String line, String defaultSource) throws InvalidInputException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("expected a JSON object with at least \"text\"", null);
        }
        String text = TextCleaner.clean(string(node, "text"));
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("no \"text\": every raw article needs its text", null);
        }
        String url = string(node, "url");
        String id = string(node, "id");
        if (id == null || id.isBlank()) {
            id = ArticleIds.idFor(url, text);
        }
        String source = string(node, "source");
        Instant publishedAt = null;
        String published = string(node, "publishedAt");
        if (published != null && !published.isBlank()) {
            try {
                publishedAt = Json.parseInstant(published);
            } catch (RuntimeException e) {
                throw new InvalidInputException("\"publishedAt\" " + e.getMessage(), e);
            }
        }
        String title = TextCleaner.clean(string(node, "title"));
        if (title != null) {
            title = title.replace('\n', ' ');
        }
        return new RawArticle(id, source == null || source.isBlank() ? defaultSource : source, url,
                title == null || title.isBlank() ? null : title, publishedAt, string(node, "language"), text);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A line that cannot become a raw article; the message is the reason given on the dead-letter topic. */
    public static final class InvalidInputException extends Exception {
        public InvalidInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
