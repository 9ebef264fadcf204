package org.khabar.enrich.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.EntityType;

/**
 * Everything the entity rules know about one article while they run: its tokens, the word
 * class of each token, the gazetteer matches and the candidates found so far. One per call to
 * {@link EntityExtractor#extract}; not shared between threads.
 */
final class Analysis {
    final TokenView v;
    final EntityLexicon lex;
    final int n;
    final List<Candidate> candidates = new ArrayList<>();
    /** Gazetteer candidate starting at each token (after weak aliases were settled), or null. */
    final Candidate[] gazetteerAt;
    private final int[] flags;
    /** OR of the start bits of every reading of each token (see {@link WordClass#STARTS}). */
    private final int[] starts;
    private final Stem[] flagStem;
    private final boolean[] classified;
    private final int[] titleEnd;

    Analysis(NormalizedText text, EntityLexicon lex) {
        this.v = new TokenView(text);
        this.lex = lex;
        this.n = v.size();
        this.gazetteerAt = new Candidate[n];
        this.flags = new int[n];
        this.starts = new int[n];
        this.flagStem = new Stem[n];
        this.classified = new boolean[n];
        this.titleEnd = new int[n];
        java.util.Arrays.fill(titleEnd, -2);
    }

    /** Word classes of token i, read through the least stripped reading any list knows. */
    int flags(int i) {
        if (!classified[i]) {
            classified[i] = true;
            String token = v.form(i);
            int startBits = 0;
            boolean decided = false;
            for (Stem s : v.stems(i)) {
                int all = lex.flags(s.form());
                startBits |= all & WordClass.STARTS;
                int f = all & ~WordClass.STARTS;
                if (f != 0 && !decided) {
                    // A preposition (ب/ل/ك) goes before nouns, not verbs: كيري is not ك + يري.
                    if (s.stripped() && prepositionCut(token, s)) {
                        f &= ~(WordClass.SAYING | WordClass.NAME_CUE | WordClass.ALIAS_CUE);
                        if (f == 0) {
                            continue;
                        }
                    }
                    flags[i] = f;
                    flagStem[i] = s;
                    decided = true;
                }
            }
            starts[i] = startBits;
            // يحيى the name is written with ى, يحيي the verb (greets, revives) with ي.
            if ((flags[i] & WordClass.GIVEN_AMBIGUOUS) != 0 && "يحيي".equals(flagStem[i].form())
                    && v.endsWithAlefMaqsura(i)) {
                flags[i] &= ~WordClass.GIVEN_AMBIGUOUS;
            }
            // على folds to علي: a given name only when written with ي.
            if ((flags[i] & WordClass.GIVEN) != 0 && v.endsWithAlefMaqsura(i)) {
                String f = flagStem[i].form();
                if (f.equals("علي") || f.equals("الي")) {
                    flags[i] = WordClass.STOP;
                }
            }
        }
        return flags[i];
    }

    private static boolean prepositionCut(String token, Stem s) {
        int conj = token.charAt(0) == 'و' || token.charAt(0) == 'ف' ? 1 : 0;
        return s.prefix() > conj || s.rebuiltArticle();
    }

    /** Some reading of token i opens a listed name, a title or is a head noun (bits of {@link WordClass#STARTS}). */
    boolean mayStart(int i, int startBit) {
        flags(i);
        return (starts[i] & startBit) != 0;
    }

    /** The reading through which {@link #flags} classified token i (null when unknown). */
    Stem flagStem(int i) {
        flags(i);
        return flagStem[i];
    }

    boolean has(int i, int cls) {
        return i >= 0 && i < n && (flags(i) & cls) != 0;
    }

    /** End (exclusive) of a title phrase starting at token i, or -1. */
    int titleEnd(int i) {
        if (titleEnd[i] == -2) {
            PhraseTrie.Match<Boolean> m = mayStart(i, WordClass.TITLE_START) ? lex.titles.longestAt(v, i, true) : null;
            titleEnd[i] = m == null ? -1 : m.to();
        }
        return titleEnd[i];
    }

    boolean isTitle(int i) {
        return i >= 0 && i < n && titleEnd(i) > 0;
    }

    /** Core of token i: clitics and definite article removed. */
    String core(int i) {
        Stem a = v.articleStem(i);
        if (a != null) {
            return a.form().substring(2);
        }
        Stem s = flagStem(i);
        return s != null ? s.form() : v.form(i);
    }

    boolean definite(int i) {
        return v.definite(i);
    }

    /** Definite and, without clitics, written as is: الخفاجي but not بالخفاجي. */
    boolean plainDefinite(int i) {
        Stem a = v.articleStem(i);
        return a != null && a.prefix() == 0 && !a.rebuiltArticle();
    }

    /** An adjective of relation, الأمني / العراقية: definite and ending in ي or ية. */
    boolean nisbaShape(int i) {
        if (!definite(i)) {
            return false;
        }
        String c = core(i);
        return c.length() >= 3 && (c.endsWith("ي") || (c.endsWith("يه") && c.length() >= 4));
    }

    /** An indefinite adjective of relation (عسكرية، سكني): ends in ي or ية. */
    boolean indefiniteNisbaShape(int i) {
        if (definite(i)) {
            return false;
        }
        String f = v.form(i);
        return f.length() >= 4 && (f.endsWith("ي") || f.endsWith("يه"));
    }

    /** Looks like a verb: imperfect prefix, استفعل, plural -وا, future س. */
    boolean verbShaped(int i) {
        if (has(i, WordClass.GIVEN | WordClass.FAMILY)) {
            return false;
        }
        String f = v.form(i);
        int len = f.length();
        if (len >= 4 && (f.charAt(0) == 'ي' || f.charAt(0) == 'ت' || f.charAt(0) == 'ن')) {
            return true;
        }
        if (len >= 5 && f.startsWith("است") || len >= 4 && (f.startsWith("سي") || f.startsWith("ست") || f.startsWith("سن"))
                && !listedAt(i)) {
            return true;
        }
        return len >= 4 && f.endsWith("وا");
    }

    /** Ends in an attached pronoun (مقتلهما، قواتها): not a name. */
    boolean pronounSuffixed(int i) {
        if (has(i, WordClass.GIVEN | WordClass.FAMILY)) {
            return false;
        }
        String f = v.form(i);
        return f.length() >= 5 && (f.endsWith("ها") || f.endsWith("هم") || f.endsWith("هما") || f.endsWith("كم")
                || f.endsWith("هن"));
    }

    /** Sound plural shapes (ناشطون، مستوطنات): a common noun, not a place or group name. */
    boolean pluralShaped(int i) {
        if (has(i, WordClass.GIVEN | WordClass.FAMILY)) {
            return false;
        }
        String f = v.form(i);
        return f.length() >= 5 && (f.endsWith("ون") || f.endsWith("ات"));
    }

    /**
     * Written with a final ه that is the pronoun "his" on an ordinary noun (شكره، قوله، حديثه):
     * the word without it is a listed common word.
     */
    boolean possessed(int i) {
        String f = v.form(i);
        if (f.length() < 4 || !f.endsWith("ه") || !v.endsWithHa(i)) {
            return false;
        }
        String base = f.substring(0, f.length() - 1);
        if (commonWord(base) || commonWord(base + "ه")) {
            return true;
        }
        // خطبته، كلمته: a feminine noun's ة becomes ت before the pronoun.
        return f.endsWith("ته") && commonWord(f.substring(0, f.length() - 2) + "ه");
    }

    /** An accusative written without its tanween (عاما، مرورا، قائلا): the word without ا is a common word. */
    boolean accusative(int i) {
        String f = v.form(i);
        return f.length() >= 4 && f.endsWith("ا") && !has(i, WordClass.GIVEN)
                && (commonWord(f.substring(0, f.length() - 1)) || commonWord(f.substring(0, f.length() - 2) + "ه"));
    }

    private boolean commonWord(String w) {
        return (lex.flags(w) & (WordClass.COMMON | WordClass.TIME | WordClass.STOP)) != 0;
    }

    /**
     * Carries a preposition or conjunction that no name word carries (لأبحاث، بإغلاق، وقاعة):
     * و/ف before anything but a known given name, ب/ل/ك before an alef or the article.
     */
    boolean cliticPrefixed(int i) {
        String f = v.form(i);
        if (f.length() < 4 || has(i, WordClass.GIVEN) && (flagStem(i) == null || flagStem(i).prefix() == 0)
                || listedAt(i)) {
            return false;
        }
        char c = f.charAt(0);
        if (c == 'و' || c == 'ف') {
            // وقاعة، والسكان: the rest is a known word or carries the article; ويلينغتون is a name.
            Stem s = flagStem(i);
            return s != null && s.prefix() > 0 || f.startsWith("ال", 1);
        }
        return (c == 'ب' || c == 'ل' || c == 'ك') && f.charAt(1) == 'ا';
    }

    /** Could be a word of a name nobody listed: an Arabic-script word of no closed class, not verb-like. */
    boolean nameLike(int i) {
        if (i < 0 || i >= n || !v.isArabic(i)) {
            return false;
        }
        int f = flags(i);
        if ((f & WordClass.NOT_NAME) != 0 && (f & (WordClass.GIVEN | WordClass.FAMILY)) == 0) {
            return false;
        }
        if (isTitle(i) || v.form(i).length() < 2) {
            return false;
        }
        return !verbShaped(i) && !pronounSuffixed(i) && !possessed(i) && !accusative(i) && !v.hasTanween(i);
    }

    /** Ends a name: stop word, time word, title, verb of saying, relative participle, punctuation. */
    boolean closed(int i) {
        return i >= n || has(i, WordClass.STOP | WordClass.TIME | WordClass.SAYING | WordClass.RELATIVE)
                || isTitle(i);
    }

    /** A strong gazetteer entity starts at token i. */
    boolean listedAt(int i) {
        return i >= 0 && i < n && gazetteerAt[i] != null;
    }

    /** A listed entity of this type starts at i. */
    boolean listedAt(int i, EntityType type) {
        return listedAt(i) && gazetteerAt[i].type == type;
    }

    void add(Candidate c) {
        candidates.add(c);
    }
}
