package org.khabar.enrich.nlp.number;

import java.util.List;
import org.khabar.enrich.nlp.number.NumberWord.Role;
import org.khabar.enrich.nlp.text.Token;

/**
 * Reads one cardinal number starting at a token: digits (1,200 / 3.5 / 1 414 021), number words
 * composed the way Arabic composes them (خمسة وعشرون، مئة وستة عشر، ثلاث مئة، ثلاثمائة وعشرين،
 * ألفين ومائتين، خمسة عشر ألفا، نصف مليون) and digits with multiplier words (3 آلاف، 1.5 مليون).
 *
 * <p>Only combinations Arabic actually writes are joined, so two numbers that happen to be
 * coordinated stay apart: "23 قتيلا و5 جرحى" and "ثلاثة وعشرين قتيلا وخمسة جرحى" are read as
 * two numbers each (tens are never followed by "و + units", digits never by "و + digits").
 * Punctuation between words ends a number. Stateless and thread-safe.
 */
public final class NumberParser {
    private NumberParser() {
    }

    /** What the last element read was, which decides what may follow. */
    private enum Last {
        UNIT, TEEN, TEN, TENS, HUNDREDS, MULT, DIGITS, END
    }

    /** The number starting at token {@code index}, or null; definite forms (الثلاثة) are not read. */
    public static ParsedNumber parse(CharSequence text, List<Token> tokens, int index) {
        return parse(text, tokens, index, false);
    }

    /**
     * The number starting at token {@code index}, or null.
     *
     * @param allowDefinite also read number words with the article (الجنود الثلاثة، الـ"خمسة"),
     *                      off by default because الاثنين is usually Monday
     */
    public static ParsedNumber parse(CharSequence text, List<Token> tokens, int index, boolean allowDefinite) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(index);
        double total = 0;
        double group = 0;
        double lastSimple = -1; // value of the last unit/digits read, for "ثلاث مئة" / "3 مئة"
        double multLevel = Double.POSITIVE_INFINITY;
        boolean words = false;
        boolean digits = false;
        boolean conjoined = false;
        Last last;
        int end;
        if (first.isNumber()) {
            boolean beforeMultiplier = isMultiplierAt(text, tokens, index + 1);
            double v = DigitValue.parse(first.text(), beforeMultiplier);
            if (Double.isNaN(v)) {
                return null;
            }
            end = index + 1;
            // 1 234 567: groups of three digits separated by single spaces
            if (isPlainDigits(first.text()) && first.text().length() <= 3) {
                while (end < tokens.size() && startsWithThreeDigits(tokens.get(end).text())
                        && tokens.get(end).start() - tokens.get(end - 1).end() == 1
                        && text.charAt(tokens.get(end - 1).end()) == ' ') {
                    String g = tokens.get(end).text();
                    double tail = g.length() == 3 ? Long.parseLong(g) : DigitValue.parse(g, true);
                    if (Double.isNaN(tail)) {
                        break;
                    }
                    v = v * 1000 + tail;
                    end++;
                    if (g.length() > 3) {
                        break; // 1 234 567.89: the decimal part ends the number
                    }
                }
            }
            group = v;
            lastSimple = v;
            last = Last.DIGITS;
            digits = true;
        } else {
            NumberWords.Match m = NumberWords.match(first.text(), allowDefinite);
            if (m == null) {
                return null;
            }
            conjoined = m.conjunction();
            words = true;
            double val = m.word().value();
            end = index + 1;
            switch (m.word().role()) {
                case UNIT -> {
                    group = val;
                    lastSimple = val;
                    last = Last.UNIT;
                }
                case TEEN_UNIT -> {
                    if (isTenAt(text, tokens, end)) {
                        group = val + 10;
                        end++;
                        last = Last.TEEN;
                    } else if (val == 1 && startsConjoinedTens(text, tokens, end)) {
                        group = 1; // إحدى وعشرون، أحد وثلاثين
                        lastSimple = 1;
                        last = Last.UNIT;
                    } else {
                        return null; // أحد الجنود: "one of", not a count
                    }
                }
                case TEN -> {
                    group = 10;
                    last = Last.TEN;
                }
                case TENS -> {
                    group = val;
                    last = Last.TENS;
                }
                case HUNDREDS -> {
                    group = val;
                    last = Last.HUNDREDS;
                }
                case MULTIPLIER -> {
                    if (NumberWords.isPluralMultiplier(m.stem())) {
                        return null; // آلاف alone is a vague quantity
                    }
                    total = val;
                    multLevel = val;
                    last = Last.MULT;
                }
                case DUAL_MULTIPLIER -> {
                    total = val;
                    multLevel = val / 2;
                    last = Last.MULT;
                }
                case FRACTION -> {
                    NumberWords.Match next = end < tokens.size() && Gaps.spaceOnlyBefore(text, tokens, end)
                            ? NumberWords.match(tokens.get(end).text(), false) : null;
                    if (next == null || next.conjunction() || next.word().role() != Role.MULTIPLIER
                            || NumberWords.isPluralMultiplier(next.stem())) {
                        return null;
                    }
                    total = val * next.word().value();
                    multLevel = next.word().value();
                    end++;
                    last = Last.END;
                }
                default -> {
                    return null;
                }
            }
        }
        while (end < tokens.size() && last != Last.END) {
            if (!Gaps.spaceOnlyBefore(text, tokens, end)) {
                break;
            }
            int k = end;
            boolean conj = false;
            if (tokens.get(k).text().equals("و")) {
                k++;
                if (k >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, k)) {
                    break;
                }
                conj = true;
            }
            Token w = tokens.get(k);
            if (w.isNumber()) {
                // "مئة و 21", "ألف و500": digits only continue a hundreds or multiplier word after و
                if (!conj || !(last == Last.HUNDREDS || last == Last.MULT)) {
                    break;
                }
                double v = DigitValue.parse(w.text(), false);
                double limit = last == Last.MULT ? multLevel : 100;
                if (Double.isNaN(v) || v >= limit || v < 1) {
                    break;
                }
                group += v;
                lastSimple = group;
                last = Last.DIGITS;
                digits = true;
                end = k + 1;
                continue;
            }
            NumberWords.Match m = NumberWords.match(w.text(), false);
            if (m == null || (conj && m.conjunction())) {
                break;
            }
            conj |= m.conjunction();
            Role role = m.word().role();
            double val = m.word().value();
            if (!conj) {
                if (role == Role.TEN && (last == Last.UNIT) && lastSimple >= 1 && lastSimple <= 9) {
                    group += 10;
                    last = Last.TEEN;
                } else if (role == Role.HUNDREDS && val == 100 && (last == Last.UNIT || last == Last.DIGITS)
                        && lastSimple >= 1 && group == lastSimple && (last == Last.DIGITS || lastSimple >= 3)) {
                    group = lastSimple * 100; // ثلاث مئة، 3 مئة
                    last = Last.HUNDREDS;
                } else if (role == Role.MULTIPLIER && group > 0 && last != Last.MULT && val < multLevel && val > group) {
                    total += group * val;
                    group = 0;
                    multLevel = val;
                    last = Last.MULT;
                } else {
                    break;
                }
            } else {
                boolean ok = switch (last) {
                    case UNIT -> role == Role.TENS && lastSimple >= 1 && lastSimple <= 9;
                    case HUNDREDS -> role == Role.UNIT || role == Role.TEEN_UNIT || role == Role.TEN || role == Role.TENS;
                    case MULT -> role == Role.UNIT || role == Role.TEEN_UNIT || role == Role.TEN || role == Role.TENS
                            || role == Role.HUNDREDS || role == Role.FRACTION
                            || (role == Role.MULTIPLIER && val < multLevel && !NumberWords.isPluralMultiplier(m.stem()))
                            || (role == Role.DUAL_MULTIPLIER && val / 2 < multLevel);
                    default -> false;
                };
                if (!ok) {
                    break;
                }
                switch (role) {
                    case UNIT -> {
                        group += val;
                        lastSimple = val;
                        last = Last.UNIT;
                    }
                    case TEEN_UNIT -> {
                        if (!isTenAt(text, tokens, k + 1)) {
                            ok = false;
                        } else {
                            group += val + 10;
                            k++;
                            last = Last.TEEN;
                        }
                    }
                    case TEN -> {
                        group += 10;
                        last = Last.TEN;
                    }
                    case TENS -> {
                        group += val;
                        last = Last.TENS;
                    }
                    case HUNDREDS -> {
                        group += val;
                        last = Last.HUNDREDS;
                    }
                    case MULTIPLIER -> {
                        total += val;
                        multLevel = val;
                        last = Last.MULT;
                    }
                    case DUAL_MULTIPLIER -> {
                        total += val;
                        multLevel = val / 2;
                        last = Last.MULT;
                    }
                    case FRACTION -> {
                        total += val * multLevel;
                        last = Last.END;
                    }
                    default -> ok = false;
                }
                if (!ok) {
                    break;
                }
            }
            words = true;
            end = k + 1;
        }
        ParsedNumber.Form form = words && digits ? ParsedNumber.Form.MIXED
                : digits ? ParsedNumber.Form.DIGITS : ParsedNumber.Form.WORDS;
        return new ParsedNumber(total + group, index, end, form, conjoined);
    }

    /** True when a singular or plural multiplier word (ألف، آلاف، مليون) starts token {@code i}, glued by spaces. */
    static boolean isMultiplierAt(CharSequence text, List<Token> tokens, int i) {
        if (i >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, i)) {
            return false;
        }
        NumberWords.Match m = NumberWords.match(tokens.get(i).text(), false);
        return m != null && !m.conjunction() && (m.word().role() == Role.MULTIPLIER);
    }

    private static boolean isTenAt(CharSequence text, List<Token> tokens, int i) {
        if (i >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, i)) {
            return false;
        }
        NumberWords.Match m = NumberWords.match(tokens.get(i).text(), false);
        return m != null && !m.conjunction() && m.word().role() == Role.TEN;
    }

    private static boolean startsConjoinedTens(CharSequence text, List<Token> tokens, int i) {
        if (i >= tokens.size() || !Gaps.spaceOnlyBefore(text, tokens, i)) {
            return false;
        }
        String t = tokens.get(i).text();
        if (t.equals("و") && i + 1 < tokens.size() && Gaps.spaceOnlyBefore(text, tokens, i + 1)) {
            t = tokens.get(i + 1).text();
        } else if (!t.startsWith("و")) {
            return false;
        }
        NumberWords.Match m = NumberWords.match(t, false);
        return m != null && m.word().role() == Role.TENS;
    }

    /** "567" or "567.89": a three-digit group, possibly ending a spaced number with decimals. */
    private static boolean startsWithThreeDigits(String s) {
        if (s.length() < 3 || !isPlainDigits(s.substring(0, 3))) {
            return false;
        }
        return s.length() == 3 || ((s.charAt(3) == '.' || s.charAt(3) == ',') && s.length() > 4
                && s.length() - 4 != 3 && isPlainDigits(s.substring(4)));
    }

    private static boolean isPlainDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
