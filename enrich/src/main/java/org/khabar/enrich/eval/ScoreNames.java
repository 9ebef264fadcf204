package org.khabar.enrich.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Name normalisation and entity keys exactly as score.py computes them: NFKC, diacritics and
 * tatweel removed, أ/إ/آ/ٱ → ا, ى/ی → ي, ک → ك, ة → ه, ؤ → و, ئ → ي, punctuation to spaces,
 * lower case, spaces collapsed; the key also drops a leading و/ف + ب/ل/ك clitic and ال from
 * every word. (This is the scorer's rule, deliberately separate from the enrichment's folding.)
 */
public final class ScoreNames {
    private static final Pattern CLITIC = Pattern.compile("^(?:[وف])?(?:[بلك])?ال");
    private static final Pattern LIL = Pattern.compile("^(?:[وف])?لل");

    private ScoreNames() {
    }

    /** score.py's norm(). */
    public static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (isDiacritic(cp)) {
                return;
            }
            int c = switch (cp) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی' -> 'ي';
                case 'ک' -> 'ك';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                case 'ئ' -> 'ي';
                default -> cp;
            };
            if (!isWord(c) && !isSpace(c)) {
                c = ' ';
            }
            b.appendCodePoint(c);
        });
        String lower = b.toString().toLowerCase(java.util.Locale.ROOT);
        return String.join(" ", split(lower));
    }

    /** score.py's key(): normalised, leading clitics and every definite article dropped. */
    public static String key(String s) {
        String[] toks = split(norm(s));
        if (toks.length == 0) {
            return "";
        }
        String first = toks[0];
        if (LIL.matcher(first).find() && first.codePointCount(0, first.length()) > 4) {
            first = LIL.matcher(first).replaceFirst("ال");
        } else if (CLITIC.matcher(first).find()) {
            first = CLITIC.matcher(first).replaceFirst("ال");
        }
        toks[0] = first;
        StringBuilder b = new StringBuilder();
        for (String t : toks) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.startsWith("ال") && t.codePointCount(0, t.length()) > 3 ? t.substring(2) : t);
        }
        return b.toString();
    }

    /** Python's str.split() with no argument. */
    static String[] split(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** score.py's DIACRITICS class: [\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]. */
    private static boolean isDiacritic(int c) {
        return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c == 0x0670
                || (c >= 0x06d6 && c <= 0x06ed) || c == 0x0640;
    }

    /** Python's \w for str patterns: letters, digits and numerics, and the underscore. */
    static boolean isWord(int c) {
        if (c == '_' || Character.isLetter(c) || Character.isDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Python's str.isspace() (and \s): whitespace by bidi class WS/B/S or category Zs. */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }
}
