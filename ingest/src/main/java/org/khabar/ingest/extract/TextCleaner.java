package org.khabar.ingest.extract;

import java.text.Normalizer;

/**
 * Makes extracted or submitted text safe to store and match: drops NUL and other control
 * characters (keeping tabs and line breaks), replacement characters left by invalid UTF-8, byte
 * order marks, lone surrogates and non-characters; turns Arabic presentation forms (what PDFs
 * often contain) back into ordinary letters; trims lines and keeps at most one empty line between
 * paragraphs.
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder chars = new StringBuilder(raw.length());
        StringBuilder presentation = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, raw.charAt(i + 1));
                    if ((cp & 0xFFFE) != 0xFFFE) {
                        chars.append(c).append(raw.charAt(i + 1));
                    }
                    i++;
                }
                continue;
            }
            if (Character.isLowSurrogate(c) || dropped(c)) {
                continue;
            }
            if (isArabicPresentationForm(c)) {
                if (presentation == null) {
                    presentation = new StringBuilder();
                }
                presentation.setLength(0);
                presentation.append(c);
                chars.append(Normalizer.normalize(presentation, Normalizer.Form.NFKC));
                continue;
            }
            chars.append(c == '\r' ? '\n' : c);
        }
        return tidy(chars.toString());
    }

    private static boolean dropped(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD' || c == '\uFEFF' || c == '\uFFFE'
                || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
    }

    private static boolean isArabicPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
    }

    /** Trims each line, keeps at most one empty line between paragraphs. */
    static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }
}
