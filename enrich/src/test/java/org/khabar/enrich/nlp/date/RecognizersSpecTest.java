package org.khabar.enrich.nlp.date;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.khabar.model.DateMention;

/**
 * Runs the public Arabic date cases of Microsoft Recognizers-Text (MIT, read-only under
 * ../shared/eval/recognizers) and prints how many resolve right, which ones miss, which ones are
 * not counted and why (see {@link RecognizerDateCases} for the counting rule), and the combined
 * figure with nlp.number's count of the number cases. Skipped when the files are absent.
 *
 * <p>The misses that remain are conventions of the spec that Arab news does not share, kept on
 * purpose (each is pinned by a test of its own in {@link NewsConventionsTest}):
 * <ul>
 * <li>"الأحد القادم" as the Sunday of next week: Arab outlets mean the first Sunday after
 * publication (checked on a corpus of real news);</li>
 * <li>weeks that start on Monday (الأسبوع المقبل الأحد، هذا الأحد on a Monday): Arab weeks start on
 * Saturday (or Sunday, which gives the same days);</li>
 * <li>a month "الماضي" as that month of the previous year (أكتوبر الماضي in December): news means
 * the most recent one;</li>
 * <li>year-first two-digit dates (17/05/22), read day first as Arab outlets write them, and
 * numbers with no word introducing them written with a dash or a dot (25-3، 3.25، 2016.4),
 * which news writes for scores and decimals;</li>
 * <li>"آخر يوم" and "يومي" as yesterday and today, which in Arabic are "the last day (of
 * something)" and "my day"/"daily";</li>
 * <li>years in words with nothing to mark them as years (تسعة عشر خمسة وستون، في ألف
 * وثمانمائة): a year in words needs عام/سنة, a month, or the range of years 1900-2100 that
 * digits also need after a preposition.</li>
 * </ul>
 */
class RecognizersSpecTest {
    private static final double BAR = 0.90;

    @Test
    void resolvesPublicRecognizerCases() throws IOException {
        Path dir = Path.of(System.getProperty("khabar.shared.dir", "../../shared"), "eval", "recognizers");
        assumeTrue(Files.isDirectory(dir), "no recognizer cases at " + dir);
        List<RecognizerDateCases.Case> cases = RecognizerDateCases.load(dir);
        int counted = 0;
        int right = 0;
        int dateTyped = 0;
        int dateTypedRight = 0;
        Map<String, int[]> perFile = new TreeMap<>();
        Map<RecognizerDateCases.Excluded, int[]> excluded = new EnumMap<>(RecognizerDateCases.Excluded.class);
        List<String> misses = new ArrayList<>();
        for (RecognizerDateCases.Case c : cases) {
            Set<String> ours = new LinkedHashSet<>();
            for (DateMention m : DateTestSupport.extract(c.input(), c.reference())) {
                ours.add(m.value());
            }
            boolean ok = !c.readings().isEmpty() && c.rightFor(ours);
            if (!c.counted()) {
                int[] e = excluded.computeIfAbsent(c.excluded(), k -> new int[3]);
                e[0]++;
                e[1] += c.readings().isEmpty() ? 0 : 1;
                e[2] += ok ? 1 : 0;
                continue;
            }
            counted++;
            int[] f = perFile.computeIfAbsent(c.file(), k -> new int[2]);
            f[1]++;
            if (c.type().equals("date")) {
                dateTyped++;
                dateTypedRight += ok ? 1 : 0;
            }
            if (ok) {
                right++;
                f[0]++;
            } else {
                misses.add(c.file() + ": " + c.input() + " [" + c.span() + "] -> want " + c.readings() + " got " + ours);
            }
        }
        assumeTrue(counted > 0, "no countable cases");
        System.out.printf(Locale.ROOT, "recognizer date cases: %d/%d right (%.1f %%)%n", right, counted,
                100.0 * right / counted);
        perFile.forEach((file, f) -> System.out.printf(Locale.ROOT, "  %s: %d/%d%n", file, f[0], f[1]));
        System.out.printf(Locale.ROOT, "  results the spec types as a date (the scope counted before): %d/%d%n",
                dateTypedRight, dateTyped);
        misses.forEach(m -> System.out.println("  miss " + m));
        System.out.println("not counted:");
        excluded.forEach((why, e) -> System.out.printf(Locale.ROOT, "  %d %s: %s%s%n", e[0], why, why.reason,
                e[1] == 0 ? "" : String.format(Locale.ROOT, " (we match %d of the %d with a value)", e[2], e[1])));
        RecognizerNumberFigure.Figure numbers = RecognizerNumberFigure.numberModel();
        if (numbers != null) {
            System.out.printf(Locale.ROOT, "recognizers: dates %d/%d (%.1f %%), numbers %d/%d (%.1f %%), combined %d/%d (%.1f %%)%n",
                    right, counted, 100.0 * right / counted, numbers.right(), numbers.counted(),
                    100.0 * numbers.right() / numbers.counted(), right + numbers.right(), counted + numbers.counted(),
                    100.0 * (right + numbers.right()) / (counted + numbers.counted()));
        } else {
            System.out.printf(Locale.ROOT, "recognizers: dates %d/%d (%.1f %%), numbers not available%n", right, counted,
                    100.0 * right / counted);
        }
        assertTrue(right >= BAR * counted, String.format(Locale.ROOT, "only %.1f %% right", 100.0 * right / counted));
    }
}
