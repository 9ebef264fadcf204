package org.khabar.enrich.nlp.casualty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.enrich.nlp.casualty.Trigger.Role;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.CasualtyKind;

/**
 * The casualty vocabulary: the words that announce killed or injured people (eval/README's
 * list: قتل/مقتل/قتيل/قتلى/مصرع/لقي حتفه/استشهاد/شهيد/اغتيال and إصابة/جرح/جريح/جرحى/مصاب) in
 * every form news use, expanded once with the clitics they can carry (ومقتل، بمقتل، والقتلى،
 * للجرحى) so that a token is looked up with a single hash probe. Loaded once, immutable.
 */
final class CasualtyLexicon {
    private static final CasualtyKind K = CasualtyKind.KILLED;
    private static final CasualtyKind I = CasualtyKind.INJURED;

    private final Map<String, Trigger> triggers = new HashMap<>();
    /** Verbs after which بحياة/أرواح are a killing: أودى بحياة، حصد أرواح. */
    private final Set<String> lifeTakers = folded("أودى", "أودت", "وأودى", "وأودت", "يودي", "تودي", "حصد", "حصدت",
            "وحصد", "وحصدت", "أزهق", "أزهقت", "راح", "وراح");
    private final Set<String> nonPersonNouns;
    private final Set<String> months;
    private final Set<String> tallyHeads = new HashSet<>();

    CasualtyLexicon() {
        // Verbal nouns, followed by the victims.
        masdar(K, "مقتل", "قتل", "استشهاد", "اغتيال", "مصرع");
        masdar(I, "جرح");
        expand("إصابة", new Trigger(I, Role.EVENT_AND_COUNT_NOUN, false, false), true, true, false);
        expand("إصابة", new Trigger(I, Role.EVENT_AND_COUNT_NOUN, false, true), true, true, true);
        // Verbs, active or passive (the passive is spelled the same once diacritics are gone).
        verb(K, "قتل", "قتلت", "قتلوا", "قتلو", "قتلن", "اغتيل", "اغتيلت", "اغتيلوا", "اغتال", "اغتالت", "اغتالوا",
                "استشهد", "استشهدت", "استشهدوا", "استشهدو");
        verb(I, "أصيب", "أصيبت", "أصيبوا", "أصيبو", "أصبن", "جرح", "جرحت", "جرحوا");
        for (String v : new String[] {"لقي", "لقيت", "لقوا", "لقو", "لقين", "لقيا"}) {
            expand(v, new Trigger(K, Role.FATE_VERB, false, false), true, false, false);
        }
        for (String n : new String[] {"حتفه", "حتفها", "حتفهم", "حتفهن", "مصرعه", "مصرعها", "مصرعهم", "مصرعهن"}) {
            triggers.put(f(n), new Trigger(K, Role.FATE_NOUN, false, false));
        }
        for (String n : new String[] {"حتفهما", "مصرعهما"}) {
            triggers.put(f(n), new Trigger(K, Role.DUAL_FATE_NOUN, false, false));
        }
        // Count nouns: singular (قتيل، 40 قتيلا), plural (5 قتلى), dual (قتيلان).
        countNoun(K, false, "قتيل", "قتيلا", "قتيلة", "شهيد", "شهيدا", "شهيدة");
        countNoun(K, true, "قتلى", "شهداء", "شهيدات", "قتيلات");
        countNoun(I, false, "جريح", "جريحا", "جريحة", "مصاب", "مصابا", "مصابة");
        countNoun(I, true, "جرحى", "مصابين", "مصابون", "مصابات", "جريحات", "إصابات");
        dualCountNoun(K, "قتيلان", "قتيلين", "شهيدان", "شهيدين", "قتيلتان", "قتيلتين", "شهيدتان", "شهيدتين");
        dualCountNoun(I, "جريحان", "جريحين", "مصابان", "جريحتان", "جريحتين", "مصابتان", "مصابتين");
        // Verbal nouns and verbs with pronoun suffixes.
        pronoun(K, Role.DUAL_PRONOUN, "مقتلهما", "قتلهما", "استشهادهما", "اغتيالهما");
        pronoun(I, Role.DUAL_PRONOUN, "إصابتهما", "جرحهما");
        // "his killing" names one victim; "killed him" (قتله) is as often figurative or scripture, and
        // "إصابته" mostly precedes "توفي متأثرا بإصابته": neither is read.
        pronoun(K, Role.SINGLE_PRONOUN, "مقتله", "مقتلها", "استشهاده", "استشهادها", "اغتياله", "اغتيالها");
        for (String v : new String[] {"استشهدا", "اغتيلا", "قتلتا", "استشهدتا"}) {
            expand(v, new Trigger(K, Role.DUAL_VERB, false, false), true, false, false);
        }
        for (String v : new String[] {"أصيبا", "أصيبتا"}) {
            expand(v, new Trigger(I, Role.DUAL_VERB, false, false), true, false, false);
        }
        triggers.put(f("بحياة"), new Trigger(K, Role.LIFE_NOUN, false, false));
        triggers.put(f("أرواح"), new Trigger(K, Role.LIFE_NOUN, false, false));
        // "ضحيته" after راح: راح ضحيته 5 أشخاص
        triggers.put(f("ضحيته"), new Trigger(K, Role.LIFE_NOUN, false, false));
        triggers.put(f("ضحيتها"), new Trigger(K, Role.LIFE_NOUN, false, false));
        for (String h : new String[] {"عدد", "حصيلة", "إجمالي", "مجموع", "تعداد"}) {
            for (String form : withClitics(f(h), true, true, true)) {
                tallyHeads.add(form);
            }
        }
        nonPersonNouns = loadWords("non-person-nouns.txt");
        months = loadWords("months.txt");
    }

    /** The trigger a folded token is, with its clitics, or null. */
    Trigger trigger(String token) {
        return triggers.get(token);
    }

    /** True for عدد/حصيلة/إجمالي (with clitics): the head of "عدد القتلى إلى 23". */
    boolean isTallyHead(String token) {
        return tallyHeads.contains(token);
    }

    boolean isLifeTaker(String token) {
        return lifeTakers.contains(token);
    }

    /** Words that, after a number, show it counts no people: time, distance, money, weapons, buildings, months. */
    boolean isNonPersonNoun(String token) {
        return nonPersonNouns.contains(token) || months.contains(token);
    }

    /** Month names (Gregorian in its Egyptian, Levantine and Maghrebi names, and Hijri), folded. */
    Set<String> months() {
        return months;
    }

    private void masdar(CasualtyKind kind, String... words) {
        for (String w : words) {
            expand(w, new Trigger(kind, Role.EVENT, false, false), true, true, false);
        }
    }

    private void verb(CasualtyKind kind, String... words) {
        for (String w : words) {
            expand(w, new Trigger(kind, Role.EVENT, false, false), true, false, false);
        }
    }

    private void countNoun(CasualtyKind kind, boolean plural, String... words) {
        for (String w : words) {
            expand(w, new Trigger(kind, Role.COUNT_NOUN, plural, false), true, true, false);
            expand(w, new Trigger(kind, Role.COUNT_NOUN, plural, true), true, true, true);
        }
    }

    private void dualCountNoun(CasualtyKind kind, String... words) {
        for (String w : words) {
            expand(w, new Trigger(kind, Role.DUAL_COUNT_NOUN, false, false), true, true, false);
            expand(w, new Trigger(kind, Role.DUAL_COUNT_NOUN, false, true), true, true, true);
        }
    }

    private void pronoun(CasualtyKind kind, Role role, String... words) {
        for (String w : words) {
            expand(w, new Trigger(kind, role, false, false), true, true, false);
        }
    }

    /** Puts every clitic form of {@code word}; an existing entry for the bare form is not overwritten by a prefixed one. */
    private void expand(String word, Trigger t, boolean conj, boolean prep, boolean article) {
        String w = f(word);
        List<String> forms = article ? withArticle(w, conj, prep) : withClitics(w, conj, prep, false);
        for (String form : forms) {
            if (form.equals(w) || !triggers.containsKey(form)) {
                triggers.put(form, t);
            }
        }
    }

    private static List<String> withClitics(String w, boolean conj, boolean prep, boolean article) {
        List<String> out = new ArrayList<>();
        out.add(w);
        if (conj) {
            out.add("و" + w);
            out.add("ف" + w);
        }
        if (prep) {
            for (String p : new String[] {"ب", "ل", "ك"}) {
                out.add(p + w);
                if (conj) {
                    out.add("و" + p + w);
                    out.add("ف" + p + w);
                }
            }
        }
        if (article) {
            out.addAll(withArticle(w, conj, prep));
        }
        return out;
    }

    private static List<String> withArticle(String w, boolean conj, boolean prep) {
        List<String> out = new ArrayList<>();
        String def = "ال" + w;
        out.add(def);
        if (conj) {
            out.add("و" + def);
            out.add("ف" + def);
        }
        if (prep) {
            out.add("ب" + def);
            out.add("لل" + w);
            out.add("ك" + def);
            if (conj) {
                out.add("وب" + def);
                out.add("ول" + "ل" + w);
                out.add("فب" + def);
                out.add("فل" + "ل" + w);
            }
        }
        return out;
    }

    static String f(String s) {
        return ArabicNormalizer.fold(s);
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(f(w));
        }
        return Set.copyOf(out);
    }

    /** Loads a whitespace-separated word list (lines starting with # are comments), folded. */
    static Set<String> loadWords(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.trim().split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(f(w));
                }
            }
        }
        return Set.copyOf(out);
    }

    static List<String> lines(String resource) {
        InputStream in = CasualtyLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
