package org.khabar.enrich.nlp.text;

/** A word of a {@link NormalizedText}: its folded form and its [start, end) in the normalised text. */
public record Token(String text, int start, int end, int index) {
    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
