package org.khabar.enrich.nlp.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.enrich.nlp.number.NumberWord.Role;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.Token;

/**
 * Reads ordinal numbers, the day-of-month words of dates (في الحادي والثلاثين من ديسمبر) and
 * rank words (الثاني من نوعه): unit ordinals in both genders with or without the article,
 * teens (الحادي عشر، الثانية عشرة), unit + و + tens (الحادي والعشرين، الخامسة والعشرون), definite
 * tens alone (العشرين، الثلاثون), and hundreds (المئة، المئة والخامسة والعشرون). Relative words
 * (التالي، الأخير) are not ordinals here.
 */
public final class OrdinalParser {
    private record Unit(int value, boolean feminine, boolean compoundOnly) {
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        unit(1, "أول", "أولى");
        unit(2, "ثاني", "ثانية");
        unit(3, "ثالث", "ثالثة");
        unit(4, "رابع", "رابعة");
        unit(5, "خامس", "خامسة");
        unit(6, "سادس", "سادسة");
        unit(7, "سابع", "سابعة");
        unit(8, "ثامن", "ثامنة");
        unit(9, "تاسع", "تاسعة");
        unit(10, "عاشر", "عاشرة");
        UNITS.put(ArabicNormalizer.fold("حادي"), new Unit(1, false, true));
        UNITS.put(ArabicNormalizer.fold("حادية"), new Unit(1, true, true));
    }

    private OrdinalParser() {
    }

    private static void unit(int value, String masculine, String feminine) {
        UNITS.put(ArabicNormalizer.fold(masculine), new Unit(value, false, false));
        UNITS.put(ArabicNormalizer.fold(feminine), new Unit(value, true, false));
    }

    /** The ordinal starting at token {@code i}, or null. */
    public static ParsedOrdinal parse(CharSequence text, List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Stem first = stem(tokens.get(i).text());
        if (first == null) {
            return null;
        }
        long value;
        int end = i + 1;
        // المئة / المئتان / الألف as the leading part of a definite compound ordinal
        NumberWords.Match big = first.definite ? NumberWords.match(first.stem, false) : null;
        if (big != null && (big.word().role() == Role.HUNDREDS || big.word().role() == Role.MULTIPLIER)
                && !NumberWords.isPluralMultiplier(big.stem())) {
            value = (long) big.word().value();
            if (end < tokens.size() && Gaps.spaceOnlyBefore(text, tokens, end)) {
                ParsedOrdinal rest = afterConjunction(text, tokens, end);
                if (rest != null) {
                    return new ParsedOrdinal(value + rest.value(), i, rest.endToken(), rest.feminine(), true);
                }
            }
            return new ParsedOrdinal(value, i, end, false, true);
        }
        ParsedOrdinal unitPart = unitAndTens(text, tokens, i, first);
        if (unitPart != null) {
            return unitPart;
        }
        return null;
    }

    /** Unit ordinal, teens, unit + و + tens, or definite tens, starting at {@code i}. */
    private static ParsedOrdinal unitAndTens(CharSequence text, List<Token> tokens, int i, Stem first) {
        Unit u = UNITS.get(first.stem);
        int unitValue;
        boolean feminine;
        boolean compoundOnly;
        if (u != null) {
            unitValue = u.value;
            feminine = u.feminine;
            compoundOnly = u.compoundOnly;
        } else if (first.definite) {
            // الواحد والعشرون، الاثنان وعشرون: definite cardinals used as ordinals in compounds,
            // and definite tens alone (العشرين، الثلاثون)
            NumberWords.Match m = NumberWords.match(first.stem, false);
            if (m == null) {
                return null;
            }
            if (m.word().role() == Role.TENS) {
                return new ParsedOrdinal((int) m.word().value(), i, i + 1, false, true);
            }
            if (m.word().role() != Role.UNIT || m.word().value() < 1) {
                return null;
            }
            unitValue = (int) m.word().value();
            feminine = first.stem.endsWith("ه");
            compoundOnly = true;
        } else {
            return null;
        }
        int end = i + 1;
        if (end < tokens.size() && Gaps.spaceOnlyBefore(text, tokens, end) && unitValue < 10) {
            NumberWords.Match next = NumberWords.match(tokens.get(end).text(), false);
            if (next != null && !next.conjunction() && next.word().role() == Role.TEN) {
                return new ParsedOrdinal(unitValue + 10, i, end + 1, feminine, first.definite);
            }
            ParsedOrdinal tens = tensAfterConjunction(text, tokens, end);
            if (tens != null) {
                return new ParsedOrdinal(unitValue + tens.value(), i, tens.endToken(), feminine, first.definite);
            }
        }
        if (compoundOnly) {
            return null;
        }
        return new ParsedOrdinal(unitValue, i, end, feminine, first.definite);
    }

    /** "والعشرين" / "و عشرون" / "وعشرين" starting at token {@code i}. */
    private static ParsedOrdinal tensAfterConjunction(CharSequence text, List<Token> tokens, int i) {
        int k = i;
        String t = tokens.get(k).text();
        String rest;
        if (t.equals("و")) {
            if (k + 1 >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, k + 1)) {
                return null;
            }
            k++;
            rest = tokens.get(k).text();
        } else if (t.startsWith("و") && t.length() > 3) {
            rest = t.substring(1);
        } else {
            return null;
        }
        if (rest.startsWith("ال")) {
            rest = rest.substring(2);
        }
        NumberWords.Match m = NumberWords.match(rest, false);
        if (m == null || m.conjunction() || m.word().role() != Role.TENS) {
            return null;
        }
        return new ParsedOrdinal((int) m.word().value(), i, k + 1, false, false);
    }

    /** After المئة: "والخامسة والعشرون", "و خمسة و عشرون", "والعاشر". */
    private static ParsedOrdinal afterConjunction(CharSequence text, List<Token> tokens, int i) {
        int k = i;
        String t = tokens.get(k).text();
        String rest;
        if (t.equals("و")) {
            if (k + 1 >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, k + 1)) {
                return null;
            }
            k++;
            rest = tokens.get(k).text();
        } else if (t.startsWith("و") && t.length() > 3) {
            rest = t.substring(1);
        } else {
            return null;
        }
        Stem s = stem(rest);
        if (s != null) {
            ParsedOrdinal o = unitAndTens(text, tokens, k, s);
            if (o != null) {
                return new ParsedOrdinal(o.value(), i, o.endToken(), o.feminine(), o.definite());
            }
        }
        // a plain cardinal tail: المائة و خمسة و عشرون
        NumberWords.Match m = NumberWords.match(rest, false);
        if (m != null && (m.word().role() == Role.UNIT || m.word().role() == Role.TENS
                || m.word().role() == Role.TEEN_UNIT)) {
            ParsedNumber n = NumberParser.parse(text, tokens, k);
            if (n != null && n.isInteger() && n.value() < 100) {
                return new ParsedOrdinal(n.longValue(), i, n.endToken(), false, false);
            }
        }
        return null;
    }

    private record Stem(String stem, boolean definite) {
    }

    /** Strips و/ف، ب/ل/ك and the article from a folded token. */
    private static Stem stem(String t) {
        String s = t;
        if (UNITS.containsKey(s)) {
            return new Stem(s, false);
        }
        if ((s.startsWith("و") || s.startsWith("ف")) && s.length() > 3) {
            s = s.substring(1);
        }
        if (s.startsWith("لل") && s.length() > 4) {
            return new Stem(s.substring(2), true);
        }
        if ((s.startsWith("ب") || s.startsWith("ل") || s.startsWith("ك")) && s.length() > 4 && s.startsWith("ال", 1)) {
            return new Stem(s.substring(3), true);
        }
        if (s.startsWith("ال") && s.length() > 3) {
            return new Stem(s.substring(2), true);
        }
        if (UNITS.containsKey(s)) {
            return new Stem(s, false);
        }
        if ((s.startsWith("ب") || s.startsWith("ل")) && UNITS.containsKey(s.substring(1))) {
            return new Stem(s.substring(1), false);
        }
        return new Stem(s, false);
    }
}
