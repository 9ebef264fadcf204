package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.dedup.Stories.BASRA_FLOOD;
import static org.khabar.enrich.dedup.Stories.BOOK_FAIR;
import static org.khabar.enrich.dedup.Stories.MARKET_BOMBING;
import static org.khabar.enrich.dedup.Stories.OUTLET_FOOTER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.khabar.model.ArticleIds;

/**
 * Real-world shapes of re-run wire copy that must be flagged, and hard negatives that must not:
 * each case feeds an original and then a later article through the offline detector (exact fast
 * path, then near-duplicates) and checks the later one's verdict.
 */
class NearDuplicateCasesTest {
    private static final NearDuplicates NEAR = new NearDuplicates();
    private static final Instant T0 = Instant.parse("2025-03-11T08:00:00Z");
    private static final String ORIGINAL = Stories.text(MARKET_BOMBING);

    static Stream<Arguments> copies() {
        String indic = Stories.indicDigits(ORIGINAL);
        return Stream.of(
                Arguments.of("header and footer of another site", ORIGINAL, Stories.framed(MARKET_BOMBING)),
                Arguments.of("another dateline with agency and date", ORIGINAL,
                        Stories.redatelined(MARKET_BOMBING, "الحلة - ",
                                "بابل (العراق) - 14 تشرين الأول (وكالة الرافدين) - ")),
                Arguments.of("dateline removed", ORIGINAL, Stories.redatelined(MARKET_BOMBING, "الحلة - ", "")),
                Arguments.of("last paragraph trimmed", ORIGINAL, Stories.trimmed(MARKET_BOMBING, 5)),
                Arguments.of("last two paragraphs trimmed", ORIGINAL, Stories.trimmed(MARKET_BOMBING, 4)),
                Arguments.of("another outlet's intro", ORIGINAL, Stories.withIntro(
                        "نقلت وكالة الأنباء العراقية عن مصادر أمنية في محافظة بابل تفاصيل الهجوم الذي وقع صباح اليوم:",
                        MARKET_BOMBING)),
                Arguments.of("paragraphs reordered", ORIGINAL, Stories.reordered(MARKET_BOMBING, 5, 1)),
                Arguments.of("a figure written as a word", ORIGINAL,
                        Stories.text(Stories.replacing(MARKET_BOMBING, "قتل 7 أشخاص", "قتل سبعة أشخاص"))),
                Arguments.of("Arabic-Indic digits and trimmed", ORIGINAL,
                        Stories.indicDigits(Stories.trimmed(MARKET_BOMBING, 5))),
                Arguments.of("framed, trimmed and punctuated", ORIGINAL,
                        Stories.repunctuated(Stories.framed(MARKET_BOMBING.subList(0, 5)))),
                Arguments.of("Latin digits copy of an Arabic-Indic original", indic, Stories.framed(MARKET_BOMBING)),
                Arguments.of("trimmed flood report with all its figures", Stories.text(BASRA_FLOOD),
                        Stories.framed(BASRA_FLOOD.subList(0, 4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void nearCopiesAreFlagged(String what, String original, String copy) {
        DuplicateVerdict v = laterVerdict(original, copy);
        DuplicateVerdict.CopyOf c = assertInstanceOf(DuplicateVerdict.CopyOf.class, v, () -> what + ": " + explain(original, copy));
        assertEquals("original", c.originalId());
        assertTrue(c.similarity() >= 0.8 && c.similarity() <= 1.0, what + ": similarity " + c.similarity());
        assertTrue(!ArticleIds.fingerprint(original).equals(ArticleIds.fingerprint(copy)), "not an exact copy");
    }

    static Stream<Arguments> exactCopies() {
        return Stream.of(
                Arguments.of("Arabic-Indic digits", Stories.indicDigits(ORIGINAL)),
                Arguments.of("other punctuation", ORIGINAL.replace('،', ',').replace(" - ", ": ")),
                Arguments.of("diacritics and tatweel", ORIGINAL.replace("قتل 7", "قُتِلَ 7").replace("سيارة", "سيّـارة")),
                Arguments.of("spacing and line breaks", ORIGINAL.replace("\n", "\n\n  ").replace(" ", "  ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactCopies")
    void foldedIdenticalCopiesTakeTheExactPath(String what, String copy) {
        DuplicateVerdict.CopyOf c = assertInstanceOf(DuplicateVerdict.CopyOf.class, laterVerdict(ORIGINAL, copy), what);
        assertEquals(1.0, c.similarity(), what);
    }

    static Stream<Arguments> notCopies() {
        List<String> inWords = Stories.replacing(MARKET_BOMBING, "قتل 7 أشخاص", "قتل سبعة أشخاص");
        String shortStory = "أعلنت مديرية المرور العامة إغلاق جسر الجمهورية أمام حركة السيارات ثلاثة أيام لإجراء أعمال "
                + "صيانة في مفاصله الحديدية.";
        String otherShortStory = "قررت وزارة التربية تأجيل امتحانات نصف السنة للمرحلة المتوسطة أسبوعا واحدا بسبب "
                + "الأحوال الجوية السيئة في عدد من المحافظات.";
        List<String> mixed = new ArrayList<>(MARKET_BOMBING.subList(0, 3));
        mixed.addAll(BASRA_FLOOD.subList(2, 5));
        return Stream.of(
                Arguments.of("another report of the same incident", ORIGINAL,
                        Stories.text(Stories.MARKET_BOMBING_OTHER_REPORT)),
                Arguments.of("follow-up with the updated toll and the same background", ORIGINAL,
                        Stories.text(Stories.MARKET_BOMBING_FOLLOW_UP)),
                Arguments.of("updated toll in digits, nothing else changed", ORIGINAL,
                        Stories.text(Stories.replacing(MARKET_BOMBING, "قتل 7 أشخاص وأصيب 15 آخرون",
                                "قتل 11 شخصا وأصيب 20 آخرون"))),
                Arguments.of("updated toll in words, nothing else changed", Stories.text(inWords),
                        Stories.text(Stories.replacing(inWords, "قتل سبعة أشخاص", "قتل تسعة أشخاص"))),
                Arguments.of("updated figure on a framed copy", Stories.text(BASRA_FLOOD),
                        Stories.framed(Stories.replacing(BASRA_FLOOD, "نحو 340 عائلة", "نحو 520 عائلة"))),
                Arguments.of("two stories sharing a long footer", Stories.text(BOOK_FAIR) + "\n" + OUTLET_FOOTER,
                        Stories.text(BASRA_FLOOD.subList(0, 3)) + "\n" + OUTLET_FOOTER),
                Arguments.of("two short stories sharing a long footer", shortStory + "\n" + OUTLET_FOOTER,
                        otherShortStory + "\n" + OUTLET_FOOTER),
                Arguments.of("half of one story spliced onto half of another", ORIGINAL, Stories.text(mixed)),
                Arguments.of("only the first third of the story kept", ORIGINAL, Stories.trimmed(MARKET_BOMBING, 2)),
                // An excerpt: on real news, the Jaccard reference treats these as separate reports (BENCHMARKS.md).
                Arguments.of("only the first half of the story kept", ORIGINAL, Stories.trimmed(MARKET_BOMBING, 3)),
                Arguments.of("an earlier brief expanded into the full story", Stories.trimmed(MARKET_BOMBING, 3), ORIGINAL),
                Arguments.of("an unrelated story", ORIGINAL, Stories.text(BOOK_FAIR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCopies")
    void hardNegativesAreNotFlagged(String what, String earlier, String later) {
        DuplicateVerdict v = laterVerdict(earlier, later);
        assertEquals(DuplicateVerdict.ORIGINAL, v, () -> what + ": " + explain(earlier, later));
    }

    @Test
    void theSameArticleDeliveredAgainIsARedeliveryNotACopy() {
        DuplicateDetector d = new DuplicateDetector(NearDuplicateConfig.DEFAULT);
        assertEquals(DuplicateVerdict.ORIGINAL, d.check("a", ArticleIds.fingerprint(ORIGINAL), ORIGINAL, T0));
        assertEquals(DuplicateVerdict.REDELIVERY, d.check("a", ArticleIds.fingerprint(ORIGINAL), ORIGINAL,
                T0.plusSeconds(60)));
    }

    @Test
    void aNearCopyDeliveredAgainIsStillACopyOfTheSameOriginal() {
        DuplicateDetector d = new DuplicateDetector(NearDuplicateConfig.DEFAULT);
        String copy = Stories.framed(MARKET_BOMBING);
        d.check("a", ArticleIds.fingerprint(ORIGINAL), ORIGINAL, T0);
        DuplicateVerdict first = d.check("b", ArticleIds.fingerprint(copy), copy, T0.plusSeconds(60));
        DuplicateVerdict again = d.check("b", ArticleIds.fingerprint(copy), copy, T0.plusSeconds(120));
        assertInstanceOf(DuplicateVerdict.CopyOf.class, first);
        assertEquals(first, again);
    }

    @Test
    void similarityIsTheContainmentForATrimmedCopyAndTheJaccardOtherwise() {
        Sketch original = NEAR.sketch(ORIGINAL);
        Similarity trimmed = NEAR.verify(NEAR.sketch(Stories.trimmed(MARKET_BOMBING, 4)), original);
        assertTrue(trimmed.jaccard() < 0.8, trimmed.toString());
        assertEquals(1.0, trimmed.containment(), 1e-9);
        assertEquals(1.0, NEAR.config().score(trimmed), 1e-9);
        Similarity intro = NEAR.verify(NEAR.sketch(Stories.withIntro(
                "نقلت وكالة الأنباء العراقية عن مصادر أمنية في محافظة بابل تفاصيل الهجوم الذي وقع صباح اليوم:",
                MARKET_BOMBING)), original);
        assertTrue(intro.jaccard() >= 0.8 && intro.jaccard() < 1, intro.toString());
        assertEquals(intro.jaccard(), NEAR.config().score(intro), 1e-9);
    }

    @Test
    void textsWithoutMatchableContentAreNeverCopies() {
        DuplicateDetector d = new DuplicateDetector(NearDuplicateConfig.DEFAULT);
        String blank = "\u00a0\u00a0 … ★";
        assertEquals(DuplicateVerdict.ORIGINAL, d.check("a", ArticleIds.fingerprint(blank), blank, T0));
        assertEquals(DuplicateVerdict.ORIGINAL, d.check("b", ArticleIds.fingerprint("\u00a0"), "\u00a0",
                T0.plusSeconds(1)));
    }

    private static DuplicateVerdict laterVerdict(String earlier, String later) {
        DuplicateDetector d = new DuplicateDetector(NearDuplicateConfig.DEFAULT);
        assertEquals(DuplicateVerdict.ORIGINAL, d.check("original", ArticleIds.fingerprint(earlier), earlier, T0));
        return d.check("later", ArticleIds.fingerprint(later), later, T0.plusSeconds(3600));
    }

    private static String explain(String a, String b) {
        Sketch x = NEAR.sketch(a);
        Sketch y = NEAR.sketch(b);
        return NEAR.verify(y, x) + ", estimated J " + NEAR.similarity(x.signature(), y.signature())
                + ", shingles " + x.shingles().size() + "/" + y.shingles().size();
    }
}
