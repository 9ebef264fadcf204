package org.khabar.enrich.nlp.casualty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.Clitics;

/**
 * Nouns that count people (شخص، جندي، مدني، طفل، عنصر، فلسطيني ...) and what grammatical number
 * a form has: "مقتل شخصين" is two, "مقتل مدنيين" an unknown number (the sound plural is spelled
 * like the dual), "مقتل جندي" one. Built from {@code person-nouns.txt}; nationality adjectives
 * not listed are recognised by their nisba endings (ـيين/ـيون).
 */
final class PersonNouns {
    /** Grammatical number of a person noun form. */
    enum Number {
        SINGULAR,
        /** A dual, two by itself (شخصين، جنديان، مدنيان). */
        DUAL,
        PLURAL,
        /** ين on a noun with a sound plural: dual or plural, read as a plural (مدنيين). */
        PLURAL_OR_DUAL
    }

    /** A person noun found in a token: its number, and whether a pronoun suffix was attached (جنودها، مرافقه). */
    record Form(Number number, String singular, boolean suffixed) {
    }

    private final Map<String, Form> forms = new HashMap<>();

    PersonNouns() {
        Map<String, Boolean> singulars = new HashMap<>();
        Map<String, String[]> plurals = new HashMap<>();
        for (String line : CasualtyLexicon.lines("person-nouns.txt")) {
            String[] words = line.trim().split("\\s+");
            String s = ArabicNormalizer.fold(words[0]);
            boolean sound = false;
            String[] pl = new String[words.length - 1];
            for (int k = 1; k < words.length; k++) {
                pl[k - 1] = ArabicNormalizer.fold(words[k]);
                sound |= pl[k - 1].equals(s + "ين") || pl[k - 1].equals(s + "ون");
            }
            singulars.put(s, sound);
            plurals.put(s, pl);
        }
        // plurals and singulars first: a listed form never becomes a dual by accident
        for (Map.Entry<String, String[]> e : plurals.entrySet()) {
            for (String p : e.getValue()) {
                forms.put(p, new Form(Number.PLURAL, e.getKey(), false));
            }
        }
        for (Map.Entry<String, Boolean> e : singulars.entrySet()) {
            String s = e.getKey();
            forms.put(s, new Form(Number.SINGULAR, s, false));
            if (!s.endsWith("ه") && !s.endsWith("ا")) {
                forms.putIfAbsent(s + "ا", new Form(Number.SINGULAR, s, false)); // accusative: شخصا، مدنيا
            }
        }
        for (Map.Entry<String, Boolean> e : singulars.entrySet()) {
            String s = e.getKey();
            boolean sound = e.getValue();
            String stem = s.endsWith("ه") ? s.substring(0, s.length() - 1) + "ت" : s;
            forms.putIfAbsent(stem + "ان", new Form(Number.DUAL, s, false));
            Form oblique = new Form(sound ? Number.PLURAL_OR_DUAL : Number.DUAL, s, false);
            Form existing = forms.get(stem + "ين");
            if (existing == null) {
                forms.put(stem + "ين", oblique);
            } else if (existing.number() == Number.PLURAL && existing.singular().equals(s)) {
                forms.put(stem + "ين", new Form(Number.PLURAL_OR_DUAL, s, false));
            }
        }
    }

    /** The person noun a folded token is (clitics and a pronoun suffix allowed), or null. */
    Form lookup(String token) {
        Form direct = forms.get(token);
        if (direct != null) {
            return direct;
        }
        List<String> readings = Clitics.readings(token);
        for (String r : readings) {
            Form f = forms.get(r);
            if (f != null) {
                return f;
            }
        }
        for (String r : readings) {
            Form f = withoutSuffix(r);
            if (f != null) {
                return f;
            }
        }
        for (String r : readings) {
            Form f = nisba(r);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Form withoutSuffix(String r) {
        for (String suffix : new String[] {"هما", "هم", "هن", "ها", "ه", "نا"}) {
            if (r.length() - suffix.length() >= 3 && r.endsWith(suffix)) {
                String stem = r.substring(0, r.length() - suffix.length());
                Form f = forms.get(stem);
                if (f == null && stem.endsWith("ت")) {
                    f = forms.get(stem.substring(0, stem.length() - 1) + "ه"); // زوجته
                }
                if (f == null && (stem.endsWith("ي") || stem.endsWith("ا"))) {
                    // جندييه/جنودها are covered above; the construct dual drops its ن: طفليه، جنديا
                    continue;
                }
                if (f != null) {
                    return new Form(f.number(), f.singular(), true);
                }
            }
        }
        return null;
    }

    /** Unlisted nationality or affiliation adjectives used as nouns: ـيين/ـيون plural. */
    private static Form nisba(String r) {
        if (r.length() >= 6 && (r.endsWith("يين") || r.endsWith("يون"))) {
            return new Form(Number.PLURAL_OR_DUAL, r.substring(0, r.length() - 2), false);
        }
        return null;
    }
}
