package org.khabar.enrich.nlp.number;

/**
 * A cardinal number read from tokens {@code [startToken, endToken)}: digits (any digit set,
 * already ASCII after normalisation), words (خمسة وعشرون، ثلاثمائة، ألفين) or both (3 آلاف،
 * 1.5 مليون).
 *
 * @param conjoined true when the first token carried the conjunction و/ف ("وخمسة"): the number
 *                  then starts a new coordinated phrase rather than continuing the previous word
 */
public record ParsedNumber(double value, int startToken, int endToken, Form form, boolean conjoined) {
    /** How the number was written. */
    public enum Form {
        DIGITS, WORDS, MIXED
    }

    public boolean isInteger() {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }

    public long longValue() {
        return (long) value;
    }

    /** Number of tokens consumed. */
    public int length() {
        return endToken - startToken;
    }
}
