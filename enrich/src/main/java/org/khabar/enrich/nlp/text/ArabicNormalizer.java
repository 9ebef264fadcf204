package org.khabar.enrich.nlp.text;

import java.text.Normalizer;
import org.khabar.model.ArabicFolding;

/**
 * Normalises Arabic (and Persian/Urdu-spelled) news text for matching while keeping offsets:
 * diacritics, tatweel and bidi marks dropped; alef/hamza forms, ى/ی, ة, ک folded
 * ({@link ArabicFolding}); Arabic-Indic and Persian digits to ASCII; presentation forms expanded;
 * quotes, dashes and spaces of every kind unified. Words are never joined or split, so token
 * boundaries in the normalised text are the original's.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 8];
        int[] originEnd = new int[n + 8];
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (isPresentationForm(c)) {
                // e.g. the lam-alef ligature ﻻ becomes two letters, both pointing at the ligature.
                String expanded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                for (int k = 0; k < expanded.length(); k++) {
                    char f = foldPunctuation(ArabicFolding.fold(expanded.charAt(k)));
                    if (f != ArabicFolding.DROP) {
                        if (out.length() + 1 >= origin.length) {
                            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                            originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
                        }
                        origin[out.length()] = i;
                        originEnd[out.length()] = i + 1;
                        out.append(f);
                    }
                }
                continue;
            }
            char f = foldPunctuation(ArabicFolding.fold(c));
            if (f == ArabicFolding.DROP) {
                continue;
            }
            if (out.length() + 1 >= origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                originEnd = java.util.Arrays.copyOf(originEnd, originEnd.length * 2);
            }
            origin[out.length()] = i;
            originEnd[out.length()] = i + 1;
            out.append(f);
        }
        return new NormalizedText(original, out.toString(), origin, originEnd);
    }

    /** Folds a single word or phrase the same way as {@link #normalize}, for gazetteer keys and patterns. */
    public static String fold(String s) {
        return normalize(s).text();
    }

    /** True for characters the normaliser drops (diacritics, tatweel, bidi and zero-width marks). */
    static boolean isDroppedMark(char c) {
        return ArabicFolding.fold(c) == ArabicFolding.DROP;
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\ufb50' && c <= '\ufdff') || (c >= '\ufe70' && c <= '\ufefe');
    }

    private static char foldPunctuation(char c) {
        switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033', '\u301d', '\u301e':
                return '"';
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`':
                return '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58':
                return '-';
            case '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                 '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000', '\t':
                return ' ';
            case '\r':
                return '\n';
            default:
                return c;
        }
    }
}
