package org.khabar.enrich.nlp.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.Token;

/**
 * Hedges written before a number (أكثر من 20، نحو 30، ما لا يقل عن 5) or after the counted noun
 * (5 أشخاص على الأقل، 20 تقريبا). Patterns are short token sequences indexed by their first word.
 */
public final class Qualifiers {
    private record Pattern(String[] words, Qualifier.Type type) {
    }

    private static final Map<String, List<Pattern>> BEFORE = new HashMap<>();
    private static final Map<String, List<Pattern>> AFTER = new HashMap<>();

    static {
        before(Qualifier.Type.AT_LEAST, "ما لا يقل عن", "ما لا يقل على", "لا يقل عن", "ما لا يقل", "على الأقل",
                "ما لا يقل عدده عن", "لا يقل عددهم عن");
        before(Qualifier.Type.MORE_THAN, "أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على",
                "أزيد من", "ما يربو على", "ما يربو عن", "يربو على", "يربو عن", "ما يفوق", "يفوق", "ما ينوف على",
                "ما يزيد من", "ما فوق");
        before(Qualifier.Type.LESS_THAN, "أقل من", "ما دون", "ما يقل عن");
        before(Qualifier.Type.ABOUT, "نحو", "حوالي", "حوالى", "زهاء", "قرابة", "ما يقارب", "يقارب",
                "ما يقرب من", "يقرب من", "ما يناهز", "يناهز", "تقريبا", "قرابة الـ", "نحو الـ", "حوالي الـ");
        before(Qualifier.Type.UP_TO, "ما يصل إلى", "ما يصل الى", "يصل إلى", "يصل الى", "ما يصل لـ");
        after(Qualifier.Type.AT_LEAST, "على الأقل", "على أقل تقدير", "في أقل تقدير");
        after(Qualifier.Type.ABOUT, "تقريبا", "على وجه التقريب");
        after(Qualifier.Type.MORE_THAN, "أو أكثر", "وأكثر");
    }

    private Qualifiers() {
    }

    private static void before(Qualifier.Type type, String... phrases) {
        add(BEFORE, type, phrases);
    }

    private static void after(Qualifier.Type type, String... phrases) {
        add(AFTER, type, phrases);
    }

    private static void add(Map<String, List<Pattern>> map, Qualifier.Type type, String... phrases) {
        for (String p : phrases) {
            List<String> words = new ArrayList<>();
            for (Token t : org.khabar.enrich.nlp.text.Tokenizer.tokens(ArabicNormalizer.fold(p))) {
                words.add(t.text());
            }
            Pattern pattern = new Pattern(words.toArray(String[]::new), type);
            map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(pattern);
            // longest patterns first, so "ما لا يقل عن" wins over "ما لا يقل"
            map.get(words.get(0)).sort((a, b) -> b.words().length - a.words().length);
        }
    }

    /** The first words of the hedges written before a number, folded, without clitics. */
    static Set<String> firstWords() {
        return BEFORE.keySet();
    }

    /** A hedge starting at token {@code i} and written before a number, or null. */
    public static Qualifier before(CharSequence text, List<Token> tokens, int i) {
        return match(BEFORE, text, tokens, i, true);
    }

    /** A hedge starting at token {@code i} that follows a counted noun (على الأقل، تقريبا), or null. */
    public static Qualifier after(CharSequence text, List<Token> tokens, int i) {
        return match(AFTER, text, tokens, i, false);
    }

    private static Qualifier match(Map<String, List<Pattern>> map, CharSequence text, List<Token> tokens, int i,
                                   boolean allowClitic) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String t = tokens.get(i).text();
        List<Pattern> candidates = map.get(t);
        if (candidates == null && allowClitic && t.length() > 3) {
            // وأكثر من، لأكثر من، بنحو، ولنحو
            char c = t.charAt(0);
            String rest = t.substring(1);
            if (c == 'و' || c == 'ف' || c == 'ل' || c == 'ب') {
                candidates = map.get(rest);
                if (candidates == null && rest.length() > 3 && (rest.charAt(0) == 'ل' || rest.charAt(0) == 'ب')) {
                    candidates = map.get(rest.substring(1));
                }
            }
        }
        if (candidates == null) {
            return null;
        }
        for (Pattern p : candidates) {
            int n = p.words().length;
            if (i + n > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = tokens.get(i + k).text().equals(p.words()[k]) && Gaps.softBefore(text, tokens, i + k);
            }
            if (ok) {
                return new Qualifier(p.type(), i, i + n);
            }
        }
        return null;
    }
}
