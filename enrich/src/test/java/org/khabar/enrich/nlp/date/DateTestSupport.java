package org.khabar.enrich.nlp.date;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.DateMention;

/** Shared helpers: run the extractor and read "sentence => value ; value" case tables. */
final class DateTestSupport {
    /** A Friday morning: every relative case below is written against it unless it says otherwise. */
    static final Instant FRIDAY = Instant.parse("2024-01-05T09:00:00Z");

    private static final DateExtractor EXTRACTOR = new DateExtractor();

    private DateTestSupport() {
    }

    static List<DateMention> extract(String text, Instant publishedAt) {
        return EXTRACTOR.extract(ArabicNormalizer.normalize(text), publishedAt);
    }

    /** The distinct values found, sorted (the scorer compares sets of values). */
    static String values(String text, Instant publishedAt) {
        TreeSet<String> out = new TreeSet<>();
        for (DateMention m : extract(text, publishedAt)) {
            out.add(m.value());
        }
        return String.join(" ; ", out);
    }

    /**
     * Reads a table of "sentence => v1 ; v2" lines (blank lines and lines starting with # skipped);
     * the expected values are sorted so that the table can list them in text order.
     */
    static Stream<Arguments> table(String block) {
        List<Arguments> out = new ArrayList<>();
        for (String line : block.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int arrow = l.lastIndexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("no => in: " + l);
            }
            String sentence = l.substring(0, arrow).strip();
            TreeSet<String> expected = new TreeSet<>();
            for (String v : l.substring(arrow + 2).split(";")) {
                if (!v.isBlank()) {
                    expected.add(v.strip());
                }
            }
            out.add(Arguments.of(sentence, String.join(" ; ", expected)));
        }
        return out.stream();
    }
}
