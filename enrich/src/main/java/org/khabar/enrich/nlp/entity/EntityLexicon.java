package org.khabar.enrich.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.model.EntityType;

/**
 * The word lists and gazetteers of the entity rules, loaded once from the resource files beside
 * this class (UTF-8, '#' starts a comment). Every key is folded with {@link ArabicNormalizer#fold}
 * so the files can be written in ordinary Arabic spelling. Immutable after loading; shared by all
 * threads.
 */
final class EntityLexicon {
    private static final String DIR = "/org/khabar/enrich/nlp/entity/";

    final PhraseTrie<GazetteerEntry> gazetteer = new PhraseTrie<>();
    final PhraseTrie<Boolean> titles = new PhraseTrie<>();
    private final Map<String, Integer> words = new HashMap<>(16_384);
    private final Map<String, Head> heads = new HashMap<>(256);
    private final List<String> labels = new ArrayList<>();

    private static final class Holder {
        static final EntityLexicon INSTANCE = new EntityLexicon();
    }

    static EntityLexicon get() {
        return Holder.INSTANCE;
    }

    private EntityLexicon() {
        // Same order as when these were one file, so labels keep their ids.
        loadGazetteer(WideAreas.COUNTRIES, EntityType.LOCATION);
        loadGazetteer(WideAreas.REGIONS, EntityType.LOCATION);
        loadGazetteer("locations.txt", EntityType.LOCATION);
        loadGazetteer("organizations.txt", EntityType.ORGANIZATION);
        loadGazetteer("persons.txt", EntityType.PERSON);
        // Blockers: phrases that contain a name but are none (صلاة المغرب، طوفان الأقصى).
        loadGazetteer("not-entities.txt", null);
        loadWords("stop-words.txt", WordClass.STOP, false);
        loadWords("common-words.txt", WordClass.COMMON, true);
        loadWords("time-words.txt", WordClass.TIME, true);
        loadWords("org-adjectives.txt", WordClass.ORG_ADJECTIVE, true);
        loadWords("relative-words.txt", WordClass.RELATIVE, true);
        loadWords("directions.txt", WordClass.DIRECTION, false);
        loadWords("saying-verbs.txt", WordClass.SAYING, false);
        loadWords("name-cues.txt", WordClass.NAME_CUE, false);
        loadWords("alias-cues.txt", WordClass.ALIAS_CUE, true);
        loadWords("particles.txt", WordClass.PARTICLE, false);
        loadWords("place-prefixes.txt", WordClass.PLACE_PREFIX, false);
        loadWords("family-names.txt", WordClass.FAMILY, false);
        loadWords("generic-nouns.txt", WordClass.GENERIC, true);
        loadGivenNames();
        loadNationalities();
        loadTitles();
        loadHeads();
    }

    /** Classes of one folded word (0 when unknown). */
    int flags(String form) {
        Integer f = words.get(form);
        return f == null ? 0 : f;
    }

    Head head(String form) {
        return heads.get(form);
    }

    /** The first listed name of gazetteer entity {@code id}. */
    String label(int id) {
        return labels.get(id);
    }

    // ---------------------------------------------------------------- loading

    private void loadGazetteer(String file, EntityType type) {
        boolean[] outlets = {false};
        lines(file, line -> {
            if (line.equals("@media")) {
                // Entries from here on are news agencies and outlets.
                outlets[0] = true;
                return;
            }
            String[] aliases = line.split("\\|");
            int id = labels.size();
            String label = aliases[0].strip();
            if (label.startsWith("?") || label.startsWith("~")) {
                label = label.substring(1).strip();
            }
            labels.add(label);
            for (String a : aliases) {
                String alias = a.strip();
                boolean anaphoric = alias.startsWith("~");
                boolean weak = anaphoric || alias.startsWith("?");
                if (weak) {
                    alias = alias.substring(1).strip();
                }
                if (alias.isEmpty()) {
                    continue;
                }
                String[] tokens = tokensOf(alias);
                if (tokens.length > 0) {
                    words.merge(tokens[0], WordClass.GAZETTEER_START, (x, y) -> x | y);
                    boolean taMarbuta = tokens.length == 1 && alias.endsWith("ة");
                    gazetteer.put(tokens, new GazetteerEntry(id, type, label, weak, anaphoric, taMarbuta, outlets[0]));
                }
            }
        });
    }

    private void loadWords(String file, int cls, boolean withArticle) {
        lines(file, line -> {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    addWord(ArabicNormalizer.fold(w), cls, withArticle);
                }
            }
        });
    }

    private void addWord(String w, int cls, boolean withArticle) {
        words.merge(w, cls, (a, b) -> a | b);
        if (withArticle) {
            if (w.startsWith("ال") && w.length() > 3) {
                words.merge(w.substring(2), cls, (a, b) -> a | b);
            } else {
                words.merge("ال" + w, cls, (a, b) -> a | b);
            }
        }
    }

    /** given-names.txt: one name per word; '?' marks names that are also ordinary words. */
    private void loadGivenNames() {
        lines("given-names.txt", line -> {
            for (String w : line.split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                boolean ambiguous = w.startsWith("?");
                String f = ArabicNormalizer.fold(ambiguous ? w.substring(1) : w);
                addWord(f, ambiguous ? WordClass.GIVEN | WordClass.GIVEN_AMBIGUOUS : WordClass.GIVEN, false);
            }
        });
    }

    /**
     * nationalities.txt: the masculine singular (عراقي) and, after it on the same line, irregular
     * plurals. Feminine, dual and sound plural forms are generated, each with and without ال.
     */
    private void loadNationalities() {
        lines("nationalities.txt", line -> {
            String[] ws = line.split("\\s+");
            String stem = ArabicNormalizer.fold(ws[0]);
            for (String form : new String[] {stem, stem + "ه", stem + "ين", stem + "ون", stem + "ان", stem + "تان",
                    stem + "تين", stem + "ات"}) {
                addWord(form, WordClass.NATIONALITY, true);
            }
            for (int k = 1; k < ws.length; k++) {
                addWord(ArabicNormalizer.fold(ws[k]), WordClass.NATIONALITY, true);
            }
        });
    }

    /** titles.txt: one title per line, exactly as written before names. */
    private void loadTitles() {
        lines("titles.txt", line -> {
            String[] tokens = tokensOf(line);
            if (tokens.length > 0) {
                titles.put(tokens, Boolean.TRUE);
                words.merge(tokens[0], WordClass.TITLE_START, (x, y) -> x | y);
            }
        });
    }

    /** heads.txt: "word TYPE STYLE", the word in its indefinite construct form (وزارة، محافظة). */
    private void loadHeads() {
        lines("heads.txt", line -> {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalStateException("heads.txt: want 'word TYPE STYLE': " + line);
            }
            String head = ArabicNormalizer.fold(f[0]);
            heads.put(head, new Head(EntityType.valueOf(f[1]), Head.Style.valueOf(f[2])));
            // A head is an ordinary noun too: never part of an unknown name.
            addWord(head, WordClass.COMMON, true);
            words.merge(head, WordClass.HEAD_WORD, (x, y) -> x | y);
        });
    }

    private static String[] tokensOf(String phrase) {
        String folded = ArabicNormalizer.fold(phrase);
        return org.khabar.enrich.nlp.text.Tokenizer.tokens(folded).stream()
                .map(org.khabar.enrich.nlp.text.Token::text).toArray(String[]::new);
    }

    /** Calls {@code each} with every entry line of a lexicon file (comments and blank lines skipped). */
    static void lines(String file, Consumer<String> each) {
        InputStream in = EntityLexicon.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing entity lexicon " + DIR + file);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
