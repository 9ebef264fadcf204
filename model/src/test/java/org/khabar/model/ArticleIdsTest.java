package org.khabar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @ParameterizedTest
    @CsvSource({
        "HTTPS://News.Example.ORG:443/a/b/?utm_source=tw&id=5#top, https://news.example.org/a/b?id=5",
        "http://example.org, http://example.org/",
        "http://example.org:8080/x?fbclid=1, http://example.org:8080/x",
        "not a url, not a url"
    })
    void canonicalUrls(String in, String expected) {
        assertEquals(expected, ArticleIds.canonicalUrl(in));
    }

    @Test
    void fingerprintsIgnoreDiacriticsDigitSetsSpacingAndPunctuation() {
        String a = "قُتِلَ ٣ أشخاص، وأُصيب 12 آخرون.";
        String b = "قتل 3 اشخاص  واصيب ١٢ آخرون";
        assertEquals(ArticleIds.fingerprint(a), ArticleIds.fingerprint(b));
        assertNotEquals(ArticleIds.fingerprint(a), ArticleIds.fingerprint("قتل 4 اشخاص واصيب 12 آخرون"));
        assertEquals(ArticleIds.idFor(null, a), ArticleIds.idFor("", b));
        assertEquals(ArticleIds.idFor("https://x.org/a?utm_medium=1", "x"), ArticleIds.idFor("https://X.org/a", "y"));
    }

    @Test
    void foldingKeepsWordsAndDropsMarks() {
        assertEquals("ابو تقوي السعيدي", ArabicFolding.foldForMatching("«أبو تقوى» السعيدي!"));
        assertEquals("مدرسه", ArabicFolding.foldForMatching("مدرسـةٌ"));
        assertEquals('ي', ArabicFolding.fold('ى'));
        assertEquals(ArabicFolding.DROP, ArabicFolding.fold('\u064E'));
    }

    @ParameterizedTest
    @CsvSource({
        "بغداد, بغداد",
        "ببغداد, ببغداد",
        "والحشد الشعبي, حشد شعبي",
        "للحشد الشعبي, حشد شعبي",
        "الحشد الشعبي, حشد شعبي",
        "وزارة الدفاع الأميركية, وزاره دفاع اميركيه",
        "أبو تقوى السعيدي, ابو تقوي سعيدي",
        "ولاية الخرطوم, ولايه خرطوم"
    })
    void nameKeysMatchTheScorersRules(String name, String key) {
        assertEquals(key, ArabicFolding.nameKey(name));
    }

    @Test
    void publicationTimesAreReadLeniently() {
        assertEquals(Instant.parse("2024-01-05T00:00:00Z"), Json.parseInstant("2024-01-05"));
        assertEquals(Instant.parse("2024-01-05T07:00:00Z"), Json.parseInstant("2024-01-05T10:00:00+03:00"));
        assertEquals(Instant.parse("2024-01-05T10:00:00Z"), Json.parseInstant("2024-01-05T10:00:00"));
        assertThrows(RuntimeException.class, () -> Json.parseInstant("5 يناير"));
    }
}
