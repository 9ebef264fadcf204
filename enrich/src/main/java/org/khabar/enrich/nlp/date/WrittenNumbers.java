package org.khabar.enrich.nlp.date;

import org.khabar.enrich.nlp.number.NumberParser;
import org.khabar.enrich.nlp.number.OrdinalParser;
import org.khabar.enrich.nlp.number.ParsedNumber;
import org.khabar.enrich.nlp.number.ParsedOrdinal;

/**
 * Days of the month and years written in words, read with the number readers of nlp.number
 * (the date rules keep no number lexicon of their own): ordinal days (الخامس، الحادي عشر، الحادي
 * عشر، الخامسة والعشرون، للثلاثين), cardinal days (خمسة عشر، ثلاثة وعشرين) and years (ألفين،
 * ألفان وتسعة، ألف وتسعمائة وستة وخمسون). Called only where a date rule expects a number,
 * so ordinary number words cost nothing.
 */
final class WrittenNumbers {
    /** The lowest year read in words after a month or a day: below it a number counts something. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2100;

    private WrittenNumbers() {
    }

    /** A day of the month read at a token: its value, the token after it, and whether it was an ordinal. */
    record Day(int value, int end, boolean ordinal) {
    }

    /** A year read in words: its value and the token after it. */
    record Year(int value, int end) {
    }

    /** The day of the month (1-31) written in words at token i, or null; digits are not read here. */
    static Day day(TextView v, int i) {
        if (i < 0 || i >= v.size() || v.number(i) >= 0 || Character.isDigit(firstChar(v, i))) {
            return null;
        }
        ParsedOrdinal o = OrdinalParser.parse(v.chars(), v.tokenList(), i);
        if (o != null) {
            if (o.value() < 1 || o.value() > 31) {
                return null;
            }
            String t = v.token(i);
            v.numberWordAt(i, t.length() > 3 && (t.startsWith("وال") || t.startsWith("فال") || t.startsWith("وبال")
                    || t.startsWith("ولل")));
            return new Day((int) o.value(), o.endToken(), true);
        }
        ParsedNumber n = NumberParser.parse(v.chars(), v.tokenList(), i);
        if (n == null || n.form() != ParsedNumber.Form.WORDS || !n.isInteger() || n.value() < 1 || n.value() > 31) {
            return null;
        }
        v.numberWordAt(i, n.conjoined());
        return new Day((int) n.longValue(), n.endToken(), false);
    }

    /**
     * A year written in words at token i, from {@code min} to {@link #MAX_YEAR}, or null. After عام
     * or سنة the English-style reading of a year as two pairs (تسعة عشر خمسة وستون، 1965) is also
     * accepted: Arabic does not write numbers that way, so it cannot be anything else there.
     */
    static Year year(TextView v, int i, int min, boolean afterYearWord) {
        if (i < 0 || i >= v.size() || Character.isDigit(firstChar(v, i))) {
            return null;
        }
        ParsedNumber n = NumberParser.parse(v.chars(), v.tokenList(), i);
        if (n == null || n.form() != ParsedNumber.Form.WORDS || !n.isInteger()) {
            return null;
        }
        long value = n.longValue();
        int end = n.endToken();
        if (afterYearWord && value >= 10 && value <= 20 && v.blank(end)) {
            ParsedNumber low = NumberParser.parse(v.chars(), v.tokenList(), end);
            if (low != null && low.form() == ParsedNumber.Form.WORDS && low.isInteger() && low.value() < 100
                    && !low.conjoined()) {
                value = value * 100 + low.longValue();
                end = low.endToken();
            }
        }
        return value >= min && value <= MAX_YEAR ? new Year((int) value, end) : null;
    }

    private static char firstChar(TextView v, int i) {
        String t = v.token(i);
        return t.isEmpty() ? ' ' : t.charAt(0);
    }
}
