package org.khabar.enrich.nlp.text;

import org.khabar.model.Mention;

/**
 * Text folded for matching (see {@link ArabicNormalizer}) that remembers, for every character,
 * where it came from in the original, so a match in the normalised text becomes a span of the
 * original text.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    /** origin[i] = index in the original of normalized char i; origin[length] = original.length(). */
    private final int[] origin;
    /** end[i] = index just after the original character(s) that produced normalized char i. */
    private final int[] originEnd;

    NormalizedText(String original, String normalized, int[] origin, int[] originEnd) {
        this.original = original;
        this.normalized = normalized;
        this.origin = origin;
        this.originEnd = originEnd;
    }

    public String original() {
        return original;
    }

    /** The folded text: same words in the same order, one character per kept original character. */
    public String text() {
        return normalized;
    }

    public int length() {
        return normalized.length();
    }

    /** Original offset of the normalised position {@code index} (0..length). */
    public int originalStart(int index) {
        return index >= normalized.length() ? original.length() : origin[index];
    }

    /** Original offset just after the normalised range ending (exclusively) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int e = originEnd[Math.min(end, normalized.length()) - 1];
        // Diacritics and tatweel dropped right after the last character belong to the word.
        while (e < original.length() && ArabicNormalizer.isDroppedMark(original.charAt(e))) {
            e++;
        }
        return e;
    }

    /** The original text behind the normalised range [start, end), with its original offsets. */
    public Mention mention(int start, int end) {
        int s = originalStart(start);
        int e = originalEnd(end);
        return new Mention(original.substring(s, e), s, e);
    }

    @Override
    public String toString() {
        return normalized;
    }
}
