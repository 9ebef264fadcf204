package org.khabar.enrich.nlp.number;

/**
 * A quantity phrase over tokens {@code [startToken, endToken)}: an optional hedge and either an
 * exact number or a vague quantity (عشرات، مئات، بضعة، عدد من) that gives no count.
 *
 * @param number    the number read, null for a vague quantity
 * @param qualifier the hedge written before the number, or null
 */
public record Quantity(ParsedNumber number, Qualifier qualifier, int startToken, int endToken) {
    public boolean isVague() {
        return number == null;
    }

    /** First token of the number (or of the vague word) itself, after the hedge. */
    public int numberStartToken() {
        return qualifier == null ? startToken : qualifier.endToken();
    }
}
