package org.khabar.model;

import java.text.Normalizer;

/**
 * Character folding for matching Arabic text: spelling variants that outlets use for the same
 * word become one form. Every fold is one character to at most one character, so callers that
 * keep offsets (the enrichment normaliser) can map positions back to the original text.
 */
public final class ArabicFolding {
    /** Returned by {@link #fold(char)} for characters that carry no matching value (diacritics, tatweel). */
    public static final char DROP = '\0';

    private ArabicFolding() {
    }

    /** Folds one character: the matching form, or {@link #DROP}. */
    public static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (isDiacritic(c) || c == '\u0640' /* tatweel */ || c == '\u200c' || c == '\u200d'
                || c == '\u200e' || c == '\u200f' || c == '\u061c' || c == '\ufeff') {
            return DROP;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ى', 'ی', 'ې', 'ۍ', 'ئ':
                return 'ي';
            case 'ک', 'ڪ':
                return 'ك';
            case 'ة', 'ۀ', 'ہ', 'ە', 'ھ':
                return 'ه';
            case 'ؤ':
                return 'و';
            case 'گ':
                return 'ك';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06f0' && c <= '\u06f9') {
            return (char) ('0' + (c - '\u06f0'));
        }
        return Character.toLowerCase(c);
    }

    /** Arabic harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064b' && c <= '\u065f') || c == '\u0670' || (c >= '\u0610' && c <= '\u061a')
                || (c >= '\u06d6' && c <= '\u06ed');
    }

    /**
     * The text reduced to folded words separated by single spaces: presentation forms expanded
     * (NFKC), every character folded, punctuation and symbols turned into spaces. Used for
     * fingerprints and shingles, where offsets are not needed.
     */
    public static String foldForMatching(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = true;
        for (int i = 0; i < nfkc.length(); i++) {
            char f = fold(nfkc.charAt(i));
            if (f == DROP) {
                continue;
            }
            if (Character.isLetterOrDigit(f)) {
                out.append(f);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    /**
     * A name reduced for matching names against each other: folded, a leading conjunction or
     * preposition clitic (و، ف، ب، ل، ك) on an article-bearing first word dropped, and the article
     * ال dropped from every word. بغداد, ببغداد and "البغدادي"'s first word stay distinct where they
     * should: only ال-prefixed forms lose letters.
     */
    public static String nameKey(String name) {
        String folded = foldForMatching(name == null ? "" : name);
        if (folded.isEmpty()) {
            return folded;
        }
        String[] words = folded.split(" ");
        String first = words[0];
        if (first.length() > 4 && (first.startsWith("لل") || first.startsWith("ولل") || first.startsWith("فلل"))) {
            first = "ال" + first.substring(first.indexOf("لل") + 2);
        } else {
            int i = 0;
            if (first.length() > 3 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
                i = 1;
            }
            if (first.length() > i + 3 && "بلك".indexOf(first.charAt(i)) >= 0 && first.startsWith("ال", i + 1)) {
                i++;
            }
            if (first.startsWith("ال", i)) {
                first = first.substring(i);
            }
        }
        words[0] = first;
        StringBuilder out = new StringBuilder(folded.length());
        for (String w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w);
        }
        return out.toString();
    }
}
