package org.khabar.enrich.nlp.entity;

/**
 * Matching key of a name, built the way the evaluation compares names: folded words, leading
 * clitics gone (the token view's reading already did that), and ال dropped from every word, so
 * الحشد الشعبي and حشد شعبي, or الخفاجي and خفاجي, meet.
 */
final class NameKey {
    private NameKey() {
    }

    static String of(TokenView v, int from, int to, Stem stem) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = k == from && stem != null ? stem.form() : v.form(k);
            if (w.startsWith("ال") && w.length() > 3) {
                w = w.substring(2);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }
}
