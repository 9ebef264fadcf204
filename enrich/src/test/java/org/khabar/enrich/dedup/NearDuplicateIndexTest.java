package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.khabar.enrich.dedup.Stories.BASRA_FLOOD;
import static org.khabar.enrich.dedup.Stories.MARKET_BOMBING;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.khabar.model.ArticleIds;

/** The in-memory index of the offline mode: window, forgetting, redelivery, copies of copies. */
class NearDuplicateIndexTest {
    private static final NearDuplicates NEAR = new NearDuplicates();
    private static final Instant T0 = Instant.parse("2025-03-11T08:00:00Z");
    private static final Sketch ORIGINAL = NEAR.sketch(Stories.text(MARKET_BOMBING));
    private static final Sketch FRAMED = NEAR.sketch(Stories.framed(MARKET_BOMBING));
    private static final Sketch TRIMMED = NEAR.sketch(Stories.trimmed(MARKET_BOMBING, 5));

    @Test
    void aCopyWithinTheWindowIsFlaggedOneAfterItIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        assertEquals(DuplicateVerdict.ORIGINAL, index.check("a", ORIGINAL, T0));
        assertInstanceOf(DuplicateVerdict.CopyOf.class, index.check("b", FRAMED, T0.plus(Duration.ofDays(7))));

        NearDuplicateIndex other = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        other.check("a", ORIGINAL, T0);
        assertEquals(DuplicateVerdict.ORIGINAL, other.check("b", FRAMED, T0.plus(Duration.ofDays(7)).plusSeconds(1)));
    }

    @Test
    void articlesOlderThanTheWindowAreForgotten() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT.withWindow(Duration.ofDays(1)));
        index.check("a", ORIGINAL, T0);
        index.check("flood", NEAR.sketch(Stories.text(BASRA_FLOOD)), T0.plus(Duration.ofHours(12)));
        assertEquals(2, index.size());
        index.check("later", NEAR.sketch("خبر قصير لا علاقة له بما سبق عن افتتاح حديقة عامة جديدة في حي السلام"),
                T0.plus(Duration.ofHours(30)));
        assertEquals(2, index.size(), "the first article is gone, the flood report is still in the window");
        index.check("much-later", NEAR.sketch(Stories.text(BASRA_FLOOD.subList(1, 4))), T0.plus(Duration.ofDays(30)));
        assertEquals(1, index.size());
        // A near copy of the forgotten first article is an original again.
        assertEquals(DuplicateVerdict.ORIGINAL, index.check("copy", FRAMED, T0.plus(Duration.ofDays(30)).plusSeconds(1)));
    }

    @Test
    void aLaterCopyOfACopyPointsToTheEarliestQualifyingArticle() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        index.check("original", ORIGINAL, T0);
        assertEquals("original", ((DuplicateVerdict.CopyOf) index.check("trimmed", TRIMMED, T0.plusSeconds(60))).originalId());
        assertEquals("original", ((DuplicateVerdict.CopyOf) index.check("framed", FRAMED, T0.plusSeconds(120))).originalId());
    }

    @Test
    void whenTheOriginalLeftTheWindowTheEarliestRemainingCopyIsTheOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        index.check("original", ORIGINAL, T0);
        index.check("trimmed", TRIMMED, T0.plus(Duration.ofDays(5)));
        DuplicateVerdict v = index.check("framed", FRAMED, T0.plus(Duration.ofDays(9)));
        assertEquals("trimmed", ((DuplicateVerdict.CopyOf) v).originalId());
    }

    @Test
    void anIdSeenAgainKeepsItsFirstSeenTimeAndVerdict() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        index.check("original", ORIGINAL, T0);
        DuplicateVerdict first = index.check("copy", FRAMED, T0.plusSeconds(60));
        assertEquals(first, index.check("copy", FRAMED, T0.plus(Duration.ofDays(2))));
        assertEquals(DuplicateVerdict.ORIGINAL, index.check("original", ORIGINAL, T0.plus(Duration.ofDays(3))),
                "the original delivered again is not a copy of its own copy");
        assertEquals(2, index.size());
    }

    @Test
    void aTextTooShortForShinglesIsAlwaysAnOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateConfig.DEFAULT);
        Sketch tiny = NEAR.sketch("انفجار في الحلة");
        assertEquals(0, tiny.signature().shingleCount());
        assertEquals(DuplicateVerdict.ORIGINAL, index.check("a", tiny, T0));
        assertEquals(DuplicateVerdict.ORIGINAL, index.check("b", tiny, T0.plusSeconds(1)));
        assertEquals(0, index.bucketCount());
    }

    @Test
    void theFingerprintIndexForgetsToo() {
        InMemoryFingerprintIndex index = new InMemoryFingerprintIndex(Duration.ofDays(1));
        ExactDuplicateDetector exact = new ExactDuplicateDetector(index);
        String fp = ArticleIds.fingerprint(Stories.text(MARKET_BOMBING));
        assertEquals(DuplicateVerdict.ORIGINAL, exact.check("a", fp, T0));
        assertEquals(new DuplicateVerdict.CopyOf("a", 1.0), exact.check("b", fp, T0.plus(Duration.ofHours(23))));
        assertEquals(Optional.of("a"), index.firstWith(fp, T0.plus(Duration.ofHours(24))));
        exact.check("c", ArticleIds.fingerprint("نص آخر تماما عن موضوع مختلف"), T0.plus(Duration.ofDays(3)));
        assertEquals(1, index.size(), "only the latest fingerprint is still in the window");
        assertEquals(DuplicateVerdict.ORIGINAL, exact.check("d", fp, T0.plus(Duration.ofDays(3))));
    }
}
