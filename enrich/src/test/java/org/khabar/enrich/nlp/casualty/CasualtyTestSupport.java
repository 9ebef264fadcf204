package org.khabar.enrich.nlp.casualty;

import java.time.Instant;
import java.util.stream.Collectors;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyKind;

/** One shared extractor (it is thread-safe) and a compact rendering of its mentions: "K5 I10". */
final class CasualtyTestSupport {
    static final CasualtyExtractor EXTRACTOR = new CasualtyExtractor();
    static final Instant PUBLISHED = Instant.parse("2024-03-10T09:00:00Z");

    private CasualtyTestSupport() {
    }

    static Casualties extract(String text) {
        return EXTRACTOR.extract(ArabicNormalizer.normalize(text), PUBLISHED);
    }

    static String render(Casualties c) {
        String s = c.mentions().stream()
                .map(m -> (m.kind() == CasualtyKind.KILLED ? "K" : "I") + m.count())
                .collect(Collectors.joining(" "));
        return s.isEmpty() ? "-" : s;
    }

    static Integer figure(String cell) {
        return cell == null || cell.equals("-") ? null : Integer.valueOf(cell);
    }
}
