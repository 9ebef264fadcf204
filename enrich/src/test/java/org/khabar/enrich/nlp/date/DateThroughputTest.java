package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.NormalizedText;

/**
 * The whole enrichment must run at 5 MB/s per core, so dates alone must be much faster. Articles
 * are built from this suite's own sentences plus date-free filler; the bound is loose so that a
 * loaded build machine does not make it flaky.
 */
class DateThroughputTest {
    private static final String FILLER = "وقال المتحدث باسم اللجنة إن الفرق الميدانية واصلت عملها في المناطق المتضررة "
            + "رغم الظروف الصعبة، مشيرا إلى أن المساعدات وصلت إلى آلاف الأسر النازحة في المخيمات الحدودية. ";

    @Test
    void extractsFarFasterThanTheEnrichmentBudget() {
        List<String> sentences = new ArrayList<>();
        Stream.of(ExplicitDatesTest.egyptianAndGulfNames(), ExplicitDatesTest.levantineAndMixedNames(),
                RelativeDatesTest.relativeDays(), DateTrapsTest.noDates(), HijriDatesTest.hijriSentences())
                .flatMap(s -> s).map(Arguments::get).forEach(a -> sentences.add((String) a[0]));
        List<NormalizedText> articles = new ArrayList<>();
        long bytes = 0;
        for (int a = 0; a < 400; a++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                text.append(sentences.get((a * 7 + k * 13) % sentences.size())).append(". ").append(FILLER);
            }
            bytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
            articles.add(ArabicNormalizer.normalize(text.toString()));
        }
        DateExtractor extractor = new DateExtractor();
        Instant published = Instant.parse("2024-01-05T09:00:00Z");
        double best = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            int found = 0;
            for (NormalizedText t : articles) {
                found += extractor.extract(t, published).size();
            }
            double mbPerSecond = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
            best = Math.max(best, mbPerSecond);
            assertTrue(found > 0);
        }
        System.out.printf("dates: %.1f MB/s on %.1f MB%n", best, bytes / 1e6);
        assertTrue(best >= 5, "dates alone run at " + best + " MB/s");
    }
}
