package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.dedup.Stories.BASRA_FLOOD;
import static org.khabar.enrich.dedup.Stories.MARKET_BOMBING;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sketches: what they contain, their bytes, band keys, and how well the MinHash estimate and LSH behave. */
class SketchTest {
    private static final NearDuplicates NEAR = new NearDuplicates();

    @Test
    void signatureShingleSetAndSketchSurviveTheirBytes() {
        Sketch s = NEAR.sketch(Stories.framed(MARKET_BOMBING));
        Signature sig = Signature.fromBytes(s.signature().toBytes());
        assertEquals(s.signature(), sig);
        assertEquals(NEAR.bandKeys(s.signature()), NEAR.bandKeys(sig));
        assertEquals(s.shingles(), ShingleSet.fromBytes(s.shingles().toBytes()));
        Sketch back = Sketch.fromBytes(s.toBytes());
        assertEquals(s, back);
        assertEquals(1.0, NEAR.similarity(s.signature(), back.signature()));
        assertEquals(NEAR.verify(s, NEAR.sketch(Stories.text(MARKET_BOMBING))),
                NEAR.verify(back, NEAR.sketch(Stories.text(MARKET_BOMBING))));
        Sketch empty = NEAR.sketch("");
        assertEquals(empty, Sketch.fromBytes(empty.toBytes()));
    }

    @Test
    void theSignatureIsCompact() {
        Signature sig = NEAR.sketch(Stories.text(BASRA_FLOOD)).signature();
        int bytes = sig.toBytes().length;
        assertTrue(bytes <= 10 + 2 * 128 + 8 * 64, "at most " + bytes);
        assertTrue(sig.figures().length > 0, "the flood report has figures");
    }

    @Test
    void malformedBytesAreRefused() {
        byte[] good = NEAR.sketch(Stories.text(MARKET_BOMBING)).signature().toBytes();
        assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(Arrays.copyOf(good, good.length - 3)));
        assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(Arrays.copyOf(good, good.length + 1)));
        byte[] otherFormat = good.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(otherFormat));
        assertThrows(IllegalArgumentException.class, () -> ShingleSet.fromBytes(new byte[] {1, 0, 0, 0, 2, 0, 0, 0, 5}));
        assertThrows(IllegalArgumentException.class, () -> Sketch.fromBytes(new byte[] {0, 0}));
    }

    @Test
    void aSignatureOfAnotherConfigurationIsRefused() {
        NearDuplicates other = new NearDuplicates(new NearDuplicateConfig(5, 64, 16, 4, 0.35, 0.8, 0.9, 0.6, 32,
                Duration.ofDays(7)));
        Signature foreign = other.sketch(Stories.text(MARKET_BOMBING)).signature();
        assertThrows(IllegalArgumentException.class, () -> NEAR.bandKeys(foreign));
        assertThrows(IllegalArgumentException.class,
                () -> NEAR.similarity(foreign, NEAR.sketch(Stories.text(MARKET_BOMBING)).signature()));
    }

    @Test
    void foldingVariantsGiveTheSameSketch() {
        String text = Stories.text(MARKET_BOMBING);
        Sketch s = NEAR.sketch(text);
        assertEquals(s, NEAR.sketch(Stories.indicDigits(text)));
        assertEquals(s, NEAR.sketch(text.replace("قتل 7", "قُتِلَ 7").replace("أشخاص", "اشخاص")));
        assertEquals(s, NEAR.sketch(text.replace('،', ',').replace(".", " . ")));
        assertNotEquals(s, NEAR.sketch(Stories.text(BASRA_FLOOD)));
    }

    @Test
    void bandKeysNameTheBandAndItsValues() {
        Sketch s = NEAR.sketch(Stories.text(MARKET_BOMBING));
        List<String> keys = NEAR.bandKeys(s.signature());
        assertEquals(NEAR.config().bands(), keys.size());
        assertEquals(keys.size(), new HashSet<>(new ArrayList<>(keys)).size());
        for (int b = 0; b < keys.size(); b++) {
            assertTrue(keys.get(b).matches(String.format("b%02d-[0-9a-f]{8}", b)), keys.get(b));
        }
        assertEquals(keys, NEAR.bandKeys(NEAR.sketch(Stories.framed(MARKET_BOMBING)).signature()),
                "same body, same buckets");
        assertEquals(List.of(), NEAR.bandKeys(NEAR.sketch("خبر عاجل").signature()));
    }

    @Test
    void pageFurnitureAndBylinesAroundTheBodyAreNotMatched() {
        String body = Stories.text(MARKET_BOMBING);
        List<String> words = NearDuplicates.matchingWords(body);
        assertEquals(words, NearDuplicates.matchingWords("بقلم: مراسلنا في بابل\n" + body + "\nتصوير: أحمد علي\n"));
        assertEquals(words, NearDuplicates.matchingWords(Stories.framed(MARKET_BOMBING)));
        assertEquals(List.of("عاجل", "انفجار", "في", "الحله"), NearDuplicates.matchingWords("عاجل\nانفجار في الحلة"),
                "a text of short lines only is kept whole");
        assertTrue(words.size() > 100, "the body is kept: " + words.size());
        String list = "نتائج مباريات الجولة الخامسة\nالزوراء 2 الشرطة 1\nالطلبة 0 الجوية 0\n"
                + "ملاحظة: تقام مباريات الجولة المقبلة يوم الجمعة على الملاعب ذاتها بحضور الجمهور\n"
                + "النفط 3 الكهرباء 1\nزاخو 1 أربيل 1\nالقوة الجوية 2 الميناء 0\nنفط البصرة 1 الحدود 0";
        assertEquals(NearDuplicates.matchingWords(list.replace("\n", " ")), NearDuplicates.matchingWords(list),
                "mostly short lines: kept whole, not reduced to its one long line");
    }

    @Test
    void figuresAreNumbersInDigitsOrWordsButNotDates() {
        assertEquals("7", TextSketcher.numberValue("7"));
        assertEquals("2022", TextSketcher.numberValue("2022م"));
        assertEquals("4", TextSketcher.numberValue("04"));
        assertEquals("7", TextSketcher.numberValue("سبعه"));
        assertEquals("20", TextSketcher.numberValue("وعشرون"));
        assertEquals(null, TextSketcher.numberValue("سوق"));
        Signature dated = NEAR.sketch("وقع الانفجار في 14 آذار 2025 قرب السوق الكبير وسط المدينة القديمة").signature();
        assertEquals(0, dated.figures().length, "a day of the month and a year are dates, not figures");
        Signature time = NEAR.sketch("وقع الانفجار عند الساعة 6:47 صباحا قرب السوق الكبير").signature();
        Signature sameTime = NEAR.sketch("وقع الانفجار عند الساعة 0647 صباحا قرب السوق الكبير").signature();
        assertTrue(!NearDuplicates.figuresConflict(time, sameTime), "6:47 and 0647 are one figure");
    }

    @Test
    void theMinHashEstimateIsCloseToTheExactJaccard() {
        Random random = new Random(7);
        List<String> vocabulary = vocabulary(random, 3000);
        double sumError = 0;
        double maxError = 0;
        int pairs = 300;
        for (int i = 0; i < pairs; i++) {
            List<String> a = randomText(random, vocabulary, 150 + random.nextInt(300));
            List<String> b = mutate(random, a, vocabulary, random.nextDouble() * 0.25);
            Sketch x = NEAR.sketch(String.join(" ", a));
            Sketch y = NEAR.sketch(String.join(" ", b));
            double exact = NEAR.verify(x, y).jaccard();
            double error = NEAR.similarity(x.signature(), y.signature()) - exact;
            sumError += error;
            maxError = Math.max(maxError, Math.abs(error));
        }
        // One estimate has standard deviation sqrt(J(1-J)/128) <= 0.045.
        assertTrue(Math.abs(sumError / pairs) < 0.01, "biased: mean error " + sumError / pairs);
        assertTrue(maxError < 0.2, "max error " + maxError);
    }

    @Test
    void pairsAtJaccardPointEightAreAlwaysCandidates() {
        Random random = new Random(11);
        List<String> vocabulary = vocabulary(random, 3000);
        int checked = 0;
        while (checked < 300) {
            List<String> a = randomText(random, vocabulary, 120 + random.nextInt(250));
            List<String> b = mutate(random, a, vocabulary, 0.01 + random.nextDouble() * 0.02);
            Sketch x = NEAR.sketch(String.join(" ", a));
            Sketch y = NEAR.sketch(String.join(" ", b));
            double j = NEAR.verify(x, y).jaccard();
            if (j < 0.8 || j > 0.85) {
                continue;
            }
            checked++;
            Set<String> shared = new HashSet<>(NEAR.bandKeys(x.signature()));
            shared.retainAll(NEAR.bandKeys(y.signature()));
            assertTrue(!shared.isEmpty(), "no common band at Jaccard " + j);
            assertTrue(NEAR.isCandidate(x.signature(), y.signature()), "pre-filter dropped Jaccard " + j);
        }
    }

    @Test
    void unrelatedTextsShareNoBand() {
        Random random = new Random(13);
        List<String> vocabulary = vocabulary(random, 5000);
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(new HashSet<>(NEAR.bandKeys(NEAR.sketch(String.join(" ",
                    randomText(random, vocabulary, 200))).signature())));
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Set<String> shared = new HashSet<>(keys.get(i));
                shared.retainAll(keys.get(j));
                assertTrue(shared.isEmpty(), i + " and " + j + " share " + shared);
            }
        }
    }

    private static List<String> vocabulary(Random random, int size) {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 3 + random.nextInt(5); k < n; k++) {
                w.append(letters.charAt(random.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        return words;
    }

    private static List<String> randomText(Random random, List<String> vocabulary, int length) {
        List<String> text = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            text.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return text;
    }

    /** Replaces a fraction of the words at random positions. */
    private static List<String> mutate(Random random, List<String> text, List<String> vocabulary, double fraction) {
        List<String> out = new ArrayList<>(text);
        for (int i = 0; i < out.size(); i++) {
            if (random.nextDouble() < fraction) {
                out.set(i, vocabulary.get(random.nextInt(vocabulary.size())));
            }
        }
        return out;
    }
}
