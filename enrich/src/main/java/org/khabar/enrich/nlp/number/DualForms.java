package org.khabar.enrich.nlp.number;

import java.util.function.Predicate;

/**
 * Arabic duals count two by themselves: جنديان/جنديين، امرأتان/امرأتين، يومين، شهرين. Whether a
 * word ending in ان/ين is a dual cannot be told from its letters (مدنيين is a plural, قتيلين a
 * dual), so the caller says which singulars it knows and whether their plural is the sound
 * masculine one (whose ين spelling is the dual's).
 */
public final class DualForms {
    private DualForms() {
    }

    /**
     * The singular of which the folded, clitic-free {@code word} is the dual (nominative ان or
     * oblique ين; feminine ة nouns as تان/تين), or null.
     */
    public static String singularOfDual(String word, Predicate<String> knownSingular) {
        int n = word.length();
        if (n < 4) {
            return null;
        }
        if (!(word.endsWith("ان") || word.endsWith("ين"))) {
            return null;
        }
        String stem = word.substring(0, n - 2);
        if (knownSingular.test(stem)) {
            return stem;
        }
        if (stem.endsWith("ت")) {
            String feminine = stem.substring(0, stem.length() - 1) + "ه";
            if (knownSingular.test(feminine)) {
                return feminine;
            }
        }
        return null;
    }

    /** True when the word is written with the oblique ين ending, which sound plurals share. */
    public static boolean isObliqueEnding(String word) {
        return word.endsWith("ين");
    }

    /**
     * True for a word carrying the dual pronoun suffix هما (مقتلهما، إصابتهما، حتفهما): "of
     * them two".
     */
    public static boolean hasDualPronoun(String word) {
        return word.length() > 4 && word.endsWith("هما");
    }
}
