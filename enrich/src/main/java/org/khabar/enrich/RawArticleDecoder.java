package org.khabar.enrich;

import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/** Turns raw-topic bytes into a valid {@link RawArticle}, or says clearly why it cannot. */
public final class RawArticleDecoder {
    private static final JsonSerde<RawArticle> SERDE = JsonSerde.of(RawArticle.class);

    private RawArticleDecoder() {
    }

    public static RawArticle decode(byte[] value) throws InvalidArticleException {
        if (value == null || value.length == 0) {
            throw new InvalidArticleException("empty record: expected a raw-article JSON object", null);
        }
        RawArticle article;
        try {
            article = SERDE.deserialize(null, value);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
            throw new InvalidArticleException("not a raw-article JSON object (id, source, url, title, publishedAt, "
                    + "language, text): " + what, cause);
        }
        if (article == null) {
            throw new InvalidArticleException("JSON null instead of a raw-article object", null);
        }
        String problem = article.validationError();
        if (problem != null) {
            throw new InvalidArticleException("invalid raw article: " + problem, null);
        }
        return article;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A record that is not a usable raw article; the message is the reason given on the dead-letter topic. */
    public static final class InvalidArticleException extends Exception {
        public InvalidArticleException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
