package org.khabar.enrich.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.Entity;

/** Odd input never breaks the extractor, and it keeps to its speed budget. */
class RobustnessTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "...", "12345", "Reuters AFP", "،؛؟", "ـــــ", "أبو", "قال", "حركة",
        "الرئيس", "محافظة", "عبد", "\"", "( )", "قال الرئيس", "وزارة", "مدينة\n", "أبو أبو أبو"})
    void degenerateTexts(String text) {
        List<Entity> es = Entities.of(text);
        assertTrue(es.size() <= 1, Entities.describe(es));
    }

    @Test
    void longArticleOfManyParagraphs() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            b.append("قال المتحدث باسم وزارة الداخلية العميد سامي الحلبي إن دورية تعرضت لهجوم في مدينة الرمادي، ")
                    .append("وأضاف الحلبي أن حركة الأحرار الجديدة تبنت الهجوم، فيما دعت الأمم المتحدة إلى التهدئة.\n");
        }
        String text = b.toString();
        List<Entity> es = Entities.of(text);
        assertEquals(5, es.size(), Entities.describe(es));
        assertEquals(800, es.stream().filter(e -> e.text().equals("سامي الحلبي")).findFirst().orElseThrow()
                .mentions().size());
    }

    /**
     * The whole enrichment must run at 5 MB/s per core, so entities get a fraction of that budget.
     * Absolute speed on a shared build machine says little, so the check is relative: finding
     * entities may cost at most a few times what normalising the same text costs (both timed in
     * the same rounds, best of several). The MB/s figure is printed for the record.
     */
    @Test
    void fastEnough() {
        String[] sentences = {
            "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الضحايا إلى 43 قتيلا، بينهم أطفال ونساء، ",
            "وقال المتحدث باسم الجيش العقيد خالد المحمدي إن القوات سيطرت على بلدة الحميدية، ",
            "فيما أكد رئيس الوزراء أن الحكومة ماضية في تنفيذ الاتفاق مع الأمم المتحدة. ",
            "وأفادت وكالة الأنباء الرسمية بأن مسيرات حلقت فوق بغداد والبصرة والموصل ليلا.\n",
            "ونقلت وكالة رويترز عن مصدر في حركة النجباء قوله إن أبو علي الكعبي قتل في الضربة. ",
            "وتحدث السكان عن انقطاع الكهرباء والمياه منذ أيام، وطالبوا الجهات المعنية بالتدخل السريع. ",
        };
        java.util.List<String> texts = new java.util.ArrayList<>();
        long bytes = 0;
        for (int a = 0; a < 300; a++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 25; i++) {
                b.append(sentences[(a + i * 5) % sentences.length]);
            }
            texts.add(b.toString());
            bytes += b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        EntityExtractor ex = Entities.EXTRACTOR;
        double bestRatio = Double.MAX_VALUE;
        double bestMbs = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            java.util.List<org.khabar.enrich.nlp.text.NormalizedText> normalized = new java.util.ArrayList<>();
            for (String t : texts) {
                normalized.add(ArabicNormalizer.normalize(t));
            }
            long t1 = System.nanoTime();
            for (var t : normalized) {
                ex.extract(t);
            }
            long t2 = System.nanoTime();
            bestRatio = Math.min(bestRatio, (double) (t2 - t1) / (t1 - t0));
            bestMbs = Math.max(bestMbs, bytes / ((t2 - t1) / 1e9) / 1e6);
        }
        System.out.printf("entities: %.1f MB/s, %.1f times the normalisation time (best of 8 rounds)%n", bestMbs, bestRatio);
        assertTrue(bestRatio < 20, "entities take " + bestRatio + " times the normalisation time");
    }
}
