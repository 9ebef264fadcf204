package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.ingest.source.JsonLineParser;
import org.khabar.model.RawArticle;

class JsonLineParserTest {
    @Test
    void keepsTheLinesOwnId() throws Exception {
        RawArticle a = JsonLineParser.parse("{\"id\":\"x-1\",\"source\":\"وكالة\",\"publishedAt\":\"2024-02-08T00:00:00Z\","
                + "\"language\":\"ar\",\"text\":\"نص الخبر\",\"extra\":1}", "file");
        assertEquals("x-1", a.id());
        assertEquals("وكالة", a.source());
        assertEquals(Instant.parse("2024-02-08T00:00:00Z"), a.publishedAt());
    }

    @Test
    void derivesAStableIdFromUrlOrText() throws Exception {
        RawArticle byUrl = JsonLineParser.parse("{\"url\":\"HTTPS://Example.org/a/?utm_source=x\",\"text\":\"نص\"}", "feed");
        RawArticle sameUrl = JsonLineParser.parse("{\"url\":\"https://example.org/a\",\"text\":\"نص آخر\"}", "feed");
        assertEquals(byUrl.id(), sameUrl.id());
        assertTrue(byUrl.id().startsWith("u-"));
        assertEquals("feed", byUrl.source());

        RawArticle byText = JsonLineParser.parse("{\"text\":\"قُتل شخصان في الهجوم\"}", "file");
        RawArticle sameText = JsonLineParser.parse("{\"text\":\"قتل  شخصان في الهجوم.\"}", "file");
        assertEquals(byText.id(), sameText.id());
        assertTrue(byText.id().startsWith("t-"));
        assertNull(byText.publishedAt());
    }

    @Test
    void acceptsDateOnlyPublicationTimes() throws Exception {
        assertEquals(Instant.parse("2024-01-05T00:00:00Z"),
                JsonLineParser.parse("{\"text\":\"نص\",\"publishedAt\":\"2024-01-05\"}", "f").publishedAt());
    }

    @Test
    void cleansNulBytesControlCharactersAndReplacementCharacters() throws Exception {
        RawArticle a = JsonLineParser.parse("{\"title\":\"عنوان\\u0000 الخبر\\n\",\"text\":\"نص\\u0000 الخبر\\uFFFD\\u001B\\r\\n\\n\\n\\nسطر\"}", "f");
        assertEquals("نص الخبر\n\nسطر", a.text());
        assertEquals("عنوان الخبر", a.title());
        assertThrows(JsonLineParser.InvalidInputException.class, () -> JsonLineParser.parse("{\"text\":\"\\u0000\\uFFFD\"}", "f"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1,2]", "\"text\"", "{\"id\":\"a\"}", "{\"text\":\"   \"}",
            "{\"text\":\"نص\",\"publishedAt\":\"yesterday\"}"})
    void refusesLinesThatAreNotArticles(String line) {
        var e = assertThrows(JsonLineParser.InvalidInputException.class, () -> JsonLineParser.parse(line, "f"));
        assertTrue(e.getMessage().length() > 5);
    }
}
