package org.khabar.enrich.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.enrich.nlp.text.Tokenizer;
import org.khabar.model.Mention;

/**
 * The tokens of one article as the entity rules see them: folded forms, what separates each
 * token from the previous one (a name never runs across a comma, a full stop or a line break),
 * and the proclitic readings of each token, computed once.
 */
final class TokenView {
    /** Gap flags: what the characters between two tokens contain. */
    static final int SPACE = 1;
    static final int QUOTE = 1 << 1;
    static final int NEWLINE = 1 << 2;
    static final int OPEN = 1 << 3;
    static final int CLOSE = 1 << 4;
    static final int COMMA = 1 << 5;
    static final int STOP = 1 << 6;
    static final int DASH = 1 << 7;
    static final int DOT = 1 << 8;
    static final int OTHER = 1 << 9;
    /** Gap before the first token / after the last one. */
    static final int EDGE = 1 << 10;

    private static final int MIN_STEM = 2;

    final NormalizedText text;
    final String folded;
    final Token[] tokens;
    final String[] forms;
    /** gap[i] = flags of the characters between token i-1 and token i; gap[n] = after the last token. */
    final int[] gap;
    private final Stem[][] stems;
    /** 0 = not looked at, 1 = no tanween, 2 = tanween. */
    private final byte[] tanween;

    TokenView(NormalizedText text) {
        this.text = text;
        this.folded = text.text();
        List<Token> list = Tokenizer.tokens(text);
        this.tokens = list.toArray(new Token[0]);
        int n = tokens.length;
        this.forms = new String[n];
        this.gap = new int[n + 1];
        this.stems = new Stem[n][];
        this.tanween = new byte[n];
        int prevEnd = 0;
        // A tatweel standing alone between spaces is rare; look for it per gap only if there is one.
        String original = text.original();
        boolean loneTatweel = original.indexOf(" \u0640") >= 0 || original.indexOf("\u0640 ") >= 0;
        for (int i = 0; i < n; i++) {
            forms[i] = tokens[i].text();
            gap[i] = gapFlags(folded, prevEnd, tokens[i].start()) | (i == 0 ? EDGE : 0);
            if (loneTatweel && i > 0 && tatweelDash(text, prevEnd, tokens[i].start())) {
                gap[i] |= DASH;
            }
            prevEnd = tokens[i].end();
        }
        gap[n] = gapFlags(folded, prevEnd, folded.length()) | EDGE;
    }

    /** A lone tatweel between spaces (آل سعود ـ حفظه الله) is used as a dash; the folded text lost it. */
    private static boolean tatweelDash(NormalizedText text, int from, int to) {
        if (from >= to) {
            return false;
        }
        int o1 = text.originalEnd(from);
        int o2 = text.originalStart(to);
        String o = text.original();
        for (int k = Math.max(0, o1); k < o2 && k < o.length(); k++) {
            if (o.charAt(k) == '\u0640') {
                return true;
            }
        }
        return false;
    }

    int size() {
        return tokens.length;
    }

    String form(int i) {
        return forms[i];
    }

    /** True when only spaces separate token i from token i-1: the two can belong to one name. */
    boolean joined(int i) {
        return i > 0 && i < tokens.length && (gap[i] & ~SPACE) == 0;
    }

    /** Like {@link #joined} but a quote mark may sit between the two tokens too. */
    boolean joinedOrQuoted(int i) {
        return i > 0 && i < tokens.length && (gap[i] & ~(SPACE | QUOTE)) == 0;
    }

    boolean hasGap(int i, int flags) {
        return (gap[i] & flags) != 0;
    }

    /** A hard break before token i: sentence punctuation, a line break, brackets or the text's edge. */
    boolean breakBefore(int i) {
        return (gap[i] & (NEWLINE | STOP | COMMA | OPEN | CLOSE | DASH | DOT | EDGE | OTHER)) != 0;
    }

    boolean isLetterToken(int i) {
        String f = forms[i];
        return !f.isEmpty() && Character.isLetter(f.charAt(0));
    }

    boolean isArabic(int i) {
        String f = forms[i];
        return !f.isEmpty() && f.charAt(0) >= '\u0600' && f.charAt(0) <= '\u06ff';
    }

    /** True when the original spelling of token i ends with alef maqsura (على، مصطفى): folding merged it with ي. */
    boolean endsWithAlefMaqsura(int i) {
        Token t = tokens[i];
        int pos = text.originalStart(t.end() - 1);
        return text.original().charAt(pos) == '\u0649';
    }

    /** The original spelling of token i carries tanween (ـًـٌـٍ): an indefinite common word, never a name. */
    boolean hasTanween(int i) {
        if (tanween[i] == 0) {
            tanween[i] = (byte) (scanTanween(i) ? 2 : 1);
        }
        return tanween[i] == 2;
    }

    private boolean scanTanween(int i) {
        Token t = tokens[i];
        int from = text.originalStart(t.start());
        int to = text.originalEnd(t.end());
        String o = text.original();
        for (int k = from; k < to && k < o.length(); k++) {
            char c = o.charAt(k);
            if (c == '\u064b' || c == '\u064c' || c == '\u064d') {
                return true;
            }
        }
        return false;
    }

    /** The original spelling of token i ends with ه (a pronoun or a final ة written as ه). */
    boolean endsWithHa(int i) {
        Token t = tokens[i];
        char c = text.original().charAt(text.originalStart(t.end() - 1));
        return c == '\u0647';
    }

    /** Readings of token i: the token itself, then without و/ف, ب/ل/ك, and لل rebuilt as ال. */
    Stem[] stems(int i) {
        Stem[] s = stems[i];
        if (s == null) {
            s = computeStems(forms[i]);
            stems[i] = s;
        }
        return s;
    }

    /**
     * The least-stripped reading of token i that carries the definite article (الخفاجي for
     * والخفاجي, الحشد for للحشد), or null when no reading does.
     */
    Stem articleStem(int i) {
        for (Stem s : stems(i)) {
            if (s.form().startsWith("ال") && s.form().length() >= 4) {
                return s;
            }
        }
        return null;
    }

    /** The token (after clitics) carries the definite article. */
    boolean definite(int i) {
        return articleStem(i) != null;
    }

    /**
     * Normalised start of a name whose first token is read through {@code stem}: after any
     * و/ف/ب/ل/ك the stem removed (for a rebuilt لل the ل letters stay, the alef is not written).
     */
    int normStart(int from, Stem stem) {
        return tokens[from].start() + (stem == null ? 0 : stem.prefix());
    }

    int normEnd(int toExclusive) {
        return tokens[toExclusive - 1].end();
    }

    /** Original-text mention for tokens [from, to) whose first token is read through {@code stem}. */
    Mention mention(int from, int to, Stem stem) {
        return text.mention(normStart(from, stem), normEnd(to));
    }

    static Stem[] computeStems(String f) {
        // Most words start with no proclitic letter: one reading, no allocation beyond it.
        if (f.length() < 3 || "وفبلك".indexOf(f.charAt(0)) < 0) {
            return new Stem[] {new Stem(f, 0, false)};
        }
        List<Stem> out = new ArrayList<>(4);
        out.add(new Stem(f, 0, false));
        char c = f.charAt(0);
        if ((c == 'و' || c == 'ف') && f.length() - 1 >= MIN_STEM) {
            String g = f.substring(1);
            add(out, new Stem(g, 1, false));
            prepositions(g, 1, out);
        }
        prepositions(f, 0, out);
        // Readings are ordered from the least to the most stripped: the first one a list knows wins.
        out.sort((a, b) -> Integer.compare(strippedLength(a, f), strippedLength(b, f)));
        return out.toArray(new Stem[0]);
    }

    private static int strippedLength(Stem s, String f) {
        return f.length() - s.form().length() + s.prefix() + (s.rebuiltArticle() ? 2 : 0);
    }

    private static void prepositions(String g, int prefix, List<Stem> out) {
        if (g.startsWith("لل") && g.length() - 2 >= MIN_STEM) {
            add(out, new Stem("ال" + g.substring(2), prefix, true));
        }
        char c = g.charAt(0);
        if ((c == 'ب' || c == 'ل' || c == 'ك') && g.length() - 1 >= MIN_STEM) {
            add(out, new Stem(g.substring(1), prefix + 1, false));
        }
    }

    private static void add(List<Stem> out, Stem s) {
        for (Stem o : out) {
            if (o.form().equals(s.form())) {
                return;
            }
        }
        out.add(s);
    }

    private static int gapFlags(String s, int from, int to) {
        int flags = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ' -> flags |= SPACE;
                case '"', '\'' -> flags |= QUOTE;
                case '\n', '\u2028', '\u2029', '\u0085' -> flags |= NEWLINE;
                case '(', '[', '{' -> flags |= OPEN;
                case ')', ']', '}' -> flags |= CLOSE;
                case ',', '،', '؛', ';' -> flags |= COMMA;
                case '!', '?', '؟', ':', '…' -> flags |= STOP;
                case '.' -> flags |= DOT;
                case '-', '/', '|', '\\', '_' -> flags |= DASH;
                default -> flags |= Character.isWhitespace(c) ? SPACE : OTHER;
            }
        }
        return flags;
    }
}
