package org.khabar.enrich.nlp.number;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.khabar.enrich.nlp.number.NumberWord.Role;
import org.khabar.enrich.nlp.text.ArabicNormalizer;

/**
 * The Arabic number words in every gender and case form, keyed by their folded spelling (ة→ه,
 * أ→ا, ى→ي), and the clitics a number word may carry (وعشرون، بألفين، والثلاثة).
 */
final class NumberWords {
    private static final Map<String, NumberWord> WORDS = new HashMap<>();
    /** Plural multipliers: a count of thousands/millions after 3..10, but vague on their own (آلاف). */
    private static final Set<String> PLURAL_MULTIPLIERS;

    static {
        unit(0, "صفر");
        unit(1, "واحد", "واحدة");
        unit(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين", "إثنان", "إثنين");
        unit(3, "ثلاثة", "ثلاث");
        unit(4, "أربعة", "أربع");
        unit(5, "خمسة", "خمس");
        unit(6, "ستة", "ست");
        unit(7, "سبعة", "سبع");
        unit(8, "ثمانية", "ثماني", "ثمان");
        unit(9, "تسعة", "تسع");
        put(Role.TEN, 10, "عشرة", "عشر");
        put(Role.TEEN_UNIT, 1, "أحد", "إحدى");
        put(Role.TEEN_UNIT, 2, "اثنا", "اثني", "اثنتا", "اثنتي");
        put(Role.TENS, 20, "عشرون", "عشرين");
        put(Role.TENS, 30, "ثلاثون", "ثلاثين");
        put(Role.TENS, 40, "أربعون", "أربعين");
        put(Role.TENS, 50, "خمسون", "خمسين");
        put(Role.TENS, 60, "ستون", "ستين");
        put(Role.TENS, 70, "سبعون", "سبعين");
        put(Role.TENS, 80, "ثمانون", "ثمانين");
        put(Role.TENS, 90, "تسعون", "تسعين");
        put(Role.HUNDREDS, 100, "مئة", "مائة");
        put(Role.HUNDREDS, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي", "مئتى", "مائتى");
        String[][] fused = {
            {"300", "ثلاثمئة", "ثلاثمائة", "ثلثمائة", "ثلثمئة"},
            {"400", "أربعمئة", "أربعمائة"},
            {"500", "خمسمئة", "خمسمائة"},
            {"600", "ستمئة", "ستمائة"},
            {"700", "سبعمئة", "سبعمائة"},
            {"800", "ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة"},
            {"900", "تسعمئة", "تسعمائة"},
        };
        for (String[] row : fused) {
            for (int k = 1; k < row.length; k++) {
                put(Role.HUNDREDS, Integer.parseInt(row[0]), row[k]);
            }
        }
        put(Role.MULTIPLIER, 1e3, "ألف", "ألفا", "آلاف", "ألوف");
        put(Role.MULTIPLIER, 1e6, "مليون", "مليونا", "ملايين");
        put(Role.MULTIPLIER, 1e9, "مليار", "مليارا", "مليارات", "بليون", "بليونا", "بلايين");
        put(Role.MULTIPLIER, 1e12, "تريليون", "ترليون", "تريليونا", "تريليونات");
        put(Role.DUAL_MULTIPLIER, 2e3, "ألفان", "ألفين", "ألفي", "ألفى");
        put(Role.DUAL_MULTIPLIER, 2e6, "مليونان", "مليونين", "مليوني");
        put(Role.DUAL_MULTIPLIER, 2e9, "ملياران", "مليارين", "مليارى", "ملياري");
        put(Role.FRACTION, 0.5, "نصف");
        put(Role.FRACTION, 0.25, "ربع");
        PLURAL_MULTIPLIERS = Set.of(f("آلاف"), f("ألوف"), f("ملايين"), f("مليارات"), f("بلايين"), f("تريليونات"));
    }

    private NumberWords() {
    }

    private static String f(String s) {
        return ArabicNormalizer.fold(s);
    }

    private static void unit(int value, String... forms) {
        put(Role.UNIT, value, forms);
    }

    private static void put(Role role, double value, String... forms) {
        for (String form : forms) {
            WORDS.put(f(form), new NumberWord(value, role));
        }
    }

    /** Every bare number word, folded. */
    static Set<String> words() {
        return WORDS.keySet();
    }

    static boolean isPluralMultiplier(String stem) {
        return PLURAL_MULTIPLIERS.contains(stem);
    }

    /** A number word found in a token, with what its clitics were. */
    record Match(NumberWord word, String stem, boolean conjunction, boolean definite) {
    }

    /**
     * The number word in a folded token, allowing a leading و/ف, a leading ب/ل and (when asked)
     * the article; null when the token is no number word.
     */
    static Match match(String token, boolean allowDefinite) {
        NumberWord w = WORDS.get(token);
        if (w != null) {
            return new Match(w, token, false, false);
        }
        int n = token.length();
        if (n < 3) {
            return null;
        }
        char c0 = token.charAt(0);
        int at = 0;
        boolean conj = false;
        if (c0 == 'و' || c0 == 'ف') {
            conj = true;
            at = 1;
            w = WORDS.get(token.substring(1));
            if (w != null) {
                return new Match(w, token.substring(1), true, false);
            }
        }
        // preposition ب/ل, only on stems long enough not to turn ordinary words into numbers (لست)
        char c = token.charAt(at);
        if ((c == 'ب' || c == 'ل') && n - at - 1 >= 3) {
            String stem = token.substring(at + 1);
            w = WORDS.get(stem);
            if (w != null) {
                return new Match(w, stem, conj, false);
            }
        }
        if (!allowDefinite) {
            return null;
        }
        int art = -1;
        if (token.startsWith("ال", at)) {
            art = at + 2;
        } else if (token.startsWith("بال", at)) {
            art = at + 3;
        } else if (token.startsWith("لل", at)) {
            art = at + 2;
        }
        if (art > 0 && n - art >= 2) {
            String stem = token.substring(art);
            w = WORDS.get(stem);
            if (w != null) {
                return new Match(w, stem, conj, true);
            }
        }
        return null;
    }
}
