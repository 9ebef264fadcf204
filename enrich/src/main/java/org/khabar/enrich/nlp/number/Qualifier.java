package org.khabar.enrich.nlp.number;

/**
 * A hedge written with a number (نحو، أكثر من، ما لا يقل عن، على الأقل) over tokens
 * {@code [startToken, endToken)}. The count it hedges is still the written number.
 */
public record Qualifier(Type type, int startToken, int endToken) {
    /** What the hedge says about the written number. */
    public enum Type {
        /** على الأقل، ما لا يقل عن */
        AT_LEAST,
        /** أكثر من، ما يزيد على، أزيد من */
        MORE_THAN,
        /** أقل من، ما دون */
        LESS_THAN,
        /** نحو، حوالي، زهاء، قرابة، ما يقارب، تقريبا */
        ABOUT,
        /** ما يصل إلى، حتى */
        UP_TO,
        /** بين N و M: the lower bound is kept */
        RANGE
    }
}
