package org.khabar.enrich.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics written onto the word: the conjunctions و/ف, the prepositions ب/ل/ك and the
 * article ال (لل for ل+ال). A prefix can also be part of the word itself (بغداد، كركوك، ولاية), so
 * stripping returns every reading, longest word first, and the caller keeps the one its lexicon
 * knows. Works on folded text.
 */
public final class Clitics {
    private static final int MIN_STEM = 2;

    private Clitics() {
    }

    /** Readings of a folded token, the token itself first, then shorter stems; never a stem under two letters. */
    public static List<String> readings(String token) {
        List<String> out = new ArrayList<>(6);
        out.add(token);
        String t = token;
        // conjunction
        if ((t.startsWith("و") || t.startsWith("ف")) && t.length() - 1 >= MIN_STEM) {
            addReadings(t.substring(1), out);
        }
        addPrepositionAndArticle(t, out);
        return out;
    }

    private static void addReadings(String t, List<String> out) {
        add(out, t);
        addPrepositionAndArticle(t, out);
    }

    private static void addPrepositionAndArticle(String t, List<String> out) {
        if (t.startsWith("لل") && t.length() - 2 >= MIN_STEM) {
            add(out, "ال" + t.substring(2));
            add(out, t.substring(2));
        }
        if ((t.startsWith("ب") || t.startsWith("ل") || t.startsWith("ك")) && t.length() - 1 >= MIN_STEM) {
            String rest = t.substring(1);
            add(out, rest);
            if (rest.startsWith("ال") && rest.length() - 2 >= MIN_STEM) {
                add(out, rest.substring(2));
            }
        }
        if (t.startsWith("ال") && t.length() - 2 >= MIN_STEM) {
            add(out, t.substring(2));
        }
    }

    /** The token without a leading definite article, or the token itself. */
    public static String withoutArticle(String token) {
        return token.startsWith("ال") && token.length() - 2 >= MIN_STEM ? token.substring(2) : token;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }
}
