package org.khabar.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Json;

/**
 * Makes text storable everywhere: PostgreSQL refuses NUL in text and jsonb, and lone UTF-16
 * surrogates cannot be encoded. Each becomes U+FFFD, one character for one, so the spans of
 * entities, dates and casualties still point at the right text. Never fatal.
 */
final class TextCleaner {
    private static final char REPLACEMENT = '\ufffd';

    /** Writes enriched records as JSON with every string cleaned. */
    static final ObjectWriter ARTICLE_WRITER = Json.mapper().copy()
            .registerModule(new SimpleModule("khabar-clean-strings").addSerializer(String.class, new CleaningSerializer()))
            .writerFor(EnrichedArticle.class);

    private TextCleaner() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c == '\0'
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = REPLACEMENT;
            }
        }
        return out == null ? s : new String(out);
    }

    private static final class CleaningSerializer extends JsonSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(clean(value));
        }
    }
}
