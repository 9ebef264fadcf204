package org.khabar.enrich.nlp.casualty;

import java.util.HashSet;
import java.util.Set;
import org.khabar.enrich.nlp.text.ArabicNormalizer;

/** Word sets written in ordinary spelling and folded like the text they are matched against. */
final class Words {
    private Words() {
    }

    static Set<String> of(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(out);
    }
}
