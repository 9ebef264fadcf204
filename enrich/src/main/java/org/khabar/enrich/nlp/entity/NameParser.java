package org.khabar.enrich.nlp.entity;

import java.util.Set;
import org.khabar.model.EntityType;

/**
 * Reads a person's name from a given token: given names, name particles (عبد الله، أبو بكر، بن
 * سلمان), unknown words that look like names, and a closing family name written with ال (an
 * -ي nisba such as الخفاجي or a listed one such as الأسد). How much evidence is needed depends on
 * what announced the name ({@link Mode}).
 */
final class NameParser {
    /** Words a compound name may end with after a name word: نور الدين، نصر الله، عبد الرحمن. */
    static final Set<String> COMPOUND_ENDS = Set.of(
            "الله", "الدين", "الرحمن", "الرحيم", "الكريم", "العزيز", "الحق", "الحميد", "الاسلام", "الامين",
            "الحسين", "الهادي", "المجيد", "اللطيف", "الغني", "الستار", "الجبار", "الناصر", "القادر", "السلام",
            "الرزاق", "الوهاب", "الباري", "الحكيم", "الرؤوف", "الرووف", "المنعم", "الفتاح", "الحليم", "العظيم",
            "الواحد", "الاله", "المطلب", "المهدي", "الزهراء", "الحسن", "الباقي", "الجليل", "الخالق");
    /** Regnal and dynastic ordinals closing a name: عبد الله الثاني، محمد السادس. */
    static final Set<String> REGNAL = Set.of(
            "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");
    private static final int MAX_PARTS = 4;
    /** Words that may directly follow a name whose words are all unknown: قال رايدر إن ... */
    private static final Set<String> AFTER_NAME = Set.of(
            "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "في", "خلال", "عبر", "قد", "لم", "لن", "الذي", "التي",
            "عن", "وهو", "وهي", "كان", "كانت", "سيكون", "ايضا", "مساء", "صباح");
    /** إن/أن and their forms: what follows a reported speaker. */
    private static final Set<String> THAT = Set.of("ان", "انه", "انها", "بان", "بانه", "بانها");

    enum Mode {
        /** After a title or role: unknown (foreign) words accepted; a given name alone is enough. */
        TITLE,
        /** After a verb of saying: a given name with more parts, or one family name. */
        SAYING,
        /** Starting at a given name with no other cue: two parts at least. */
        GIVEN,
        /** After يدعى، بقلم، الملقب: as after a title. */
        CUE
    }

    /** A parsed name: tokens [from, to), the first read through {@code stem}. */
    record Name(int from, int to, Stem stem, int parts, boolean firstGiven) {
    }

    private NameParser() {
    }

    static Name parse(Analysis a, int j, Mode mode) {
        if (j < 0 || j >= a.n) {
            return null;
        }
        TokenView v = a.v;
        int f0 = a.flags(j);
        // عبد الله، أبو بكر: a particle compound opens a name as firmly as a given name.
        boolean firstGiven = (f0 & (WordClass.GIVEN | WordClass.PARTICLE)) != 0;
        boolean firstAmbiguous = (f0 & WordClass.GIVEN_AMBIGUOUS) != 0;
        Stem stem = firstGiven || (f0 & WordClass.PARTICLE) != 0 ? a.flagStem(j) : null;
        if (stem != null && stem.rebuiltArticle()) {
            return null;
        }
        if (mode == Mode.GIVEN && !firstGiven) {
            return null;
        }
        int k = j;
        int parts = 0;
        int unknownParts = 0;
        boolean particle = false;
        boolean family = false;
        boolean secondStrong = false;
        while (k < a.n && parts < MAX_PARTS) {
            if (k > j && !v.joined(k) || v.hasTanween(k)) {
                break;
            }
            if (k > j && (a.isTitle(k) || conjoined(a, k))) {
                // فيصل بن خالد أمير منطقة ...; سراة عبيدة وصبيا: a title or an و-joined word ends the name.
                break;
            }
            if (k > j && (a.listedAt(k) && a.gazetteerAt[k].type != EntityType.PERSON)) {
                break;
            }
            int f = a.flags(k);
            if ((f & WordClass.PARTICLE) != 0) {
                int m = k + 1;
                // عبد الأمير، عبد النبي: whatever follows عبد belongs to the name.
                boolean abd = "عبد".equals(v.form(k));
                if (m >= a.n || !v.joined(m) || !(a.nameLike(m) || a.has(m, WordClass.GIVEN) || a.plainDefinite(m)
                        && (!a.has(m, WordClass.NOT_NAME) || abd && !a.has(m, WordClass.STOP | WordClass.TIME)))) {
                    break;
                }
                particle = true;
                if (k > j && parts == 1) {
                    secondStrong = true;
                }
                parts++;
                k = m + 1;
                continue;
            }
            if (k > j && a.plainDefinite(k)) {
                String form = v.form(k);
                if (COMPOUND_ENDS.contains(form) && parts > 0) {
                    // نور الدين، فاطمة الزهراء: the compound is one more part of the name (but
                    // حمد الله، نصر الله alone are as often praise as a name).
                    if (!form.equals("الله")) {
                        parts++;
                    }
                    k++;
                    continue;
                }
                if (REGNAL.contains(form) && parts > 0) {
                    k++;
                    family = true;
                    break;
                }
                if (a.has(k, WordClass.STOP | WordClass.TIME | WordClass.RELATIVE | WordClass.SAYING
                        | WordClass.NAME_CUE | WordClass.DIRECTION | WordClass.ALIAS_CUE) || a.isTitle(k)) {
                    break;
                }
                if (a.has(k, WordClass.FAMILY)) {
                    parts++;
                    k++;
                    family = true;
                    secondStrong = true;
                    break;
                }
                if (a.has(k, WordClass.NATIONALITY)) {
                    if (parts >= 2) {
                        parts++;
                        k++;
                        family = true;
                    }
                    break;
                }
                if (familyShape(a, k)) {
                    parts++;
                    k++;
                    family = true;
                    secondStrong = true;
                    break;
                }
                String fk = a.v.form(k);
                boolean announced = mode == Mode.TITLE || mode == Mode.CUE;
                if (!a.has(k, WordClass.COMMON | WordClass.ORG_ADJECTIVE | WordClass.GENERIC)
                        && firstGiven && (!firstAmbiguous || announced) && fk.length() >= 5 && !fk.endsWith("ه")
                        && !a.pluralShaped(k) && !fk.endsWith("ين")) {
                    // أحمد الشرع، بشار الأسد: an unlisted family name after an unambiguous given name.
                    parts++;
                    k++;
                    family = true;
                    break;
                }
                break;
            }
            if (k == j && a.definite(j)) {
                // A name rarely starts with ال; only a lone family name does (قال الخفاجي).
                if (mode == Mode.SAYING || mode == Mode.TITLE) {
                    if ((a.has(j, WordClass.FAMILY) || familyShape(a, j) && !a.has(j, WordClass.NATIONALITY))
                            && a.plainDefinite(j) && endsClause(a, j + 1)) {
                        return new Name(j, j + 1, null, 1, false);
                    }
                }
                return null;
            }
            if ((f & WordClass.GIVEN) != 0) {
                if (k > j && parts == 1) {
                    secondStrong = true;
                }
                parts++;
                k++;
                continue;
            }
            if (a.nameLike(k) && !a.definite(k) && !a.cliticPrefixed(k)) {
                if (mode == Mode.GIVEN && firstAmbiguous && parts == 1) {
                    break;
                }
                if (!firstGiven && unknownParts >= 2) {
                    break;
                }
                // ركزت، مستحقات: a feminine past verb or a sound plural does not continue a name;
                // إقالة، انسحاب after a full name is the object of the verb (أعلن قيس سعيد إقالة ...).
                // (-ون is not checked here: ويلينغتون، كلينتون end like plurals.) بمصممة، مخاطبا:
                // a preposition on a participle, an accusative participle.
                String fk = a.v.form(k);
                boolean participleLike = fk.length() >= 5 && (fk.startsWith("بم") || fk.startsWith("لم")
                        || fk.charAt(0) == 'م' && fk.endsWith("ا"));
                // After two parts, a word with و (وجماعته) or an accusative ending (جاهزا) starts the
                // rest of the sentence.
                boolean restOfSentence = parts >= 2 && (fk.startsWith("ا") && fk.length() >= 5
                        || fk.charAt(0) == 'و' || fk.endsWith("ا") && fk.length() >= 4);
                if (k > j && !a.has(k, WordClass.GIVEN) && (participleLike || fk.endsWith("ات") || fk.endsWith("ت")
                        || restOfSentence)) {
                    break;
                }
                parts++;
                unknownParts++;
                k++;
                continue;
            }
            break;
        }
        if (parts == 0 || k == j) {
            return null;
        }
        int to = k;
        firstGiven |= particle;
        // A name made only of unknown words must visibly end: وجه بإغلاق المطعم is a clause.
        if (!firstGiven && !family && mode != Mode.GIVEN && !endsClause(a, to)) {
            return null;
        }
        if (!firstGiven && (a.cliticPrefixed(j) || a.v.form(j).length() < 3)) {
            return null;
        }
        switch (mode) {
            case GIVEN -> {
                if (parts < 2 || (firstAmbiguous && !secondStrong)) {
                    return null;
                }
            }
            case SAYING -> {
                if (parts == 1 && !family) {
                    // وقال رايدر إن: a lone unknown word only when إن/أن follows, and only if it looks
                    // like a foreign surname rather than an Arabic noun with a clitic or a suffix.
                    if (firstGiven || !loneSurname(a, j) || to >= a.n || !THAT.contains(a.v.form(to)) || !a.v.joined(to)) {
                        return null;
                    }
                }
                // وقال رايان كروكر إن: two unknown words only right before إن/أن.
                if (parts >= 2 && !firstGiven && !family && (to >= a.n || !THAT.contains(a.v.form(to))
                        || !a.v.joined(to) || !loneSurname(a, j) || !loneSurname(a, to - 1))) {
                    return null;
                }
            }
            case TITLE, CUE -> {
                if (parts == 1 && firstAmbiguous && !family) {
                    return null;
                }
                // عضو ارتباط قوات التحالف، أمير مكة حرص على: a lone unknown word after a title is
                // too often a noun or a verb; well-known surnames are listed, others come with a first name.
                if (parts == 1 && !firstGiven && !family) {
                    return null;
                }
            }
            default -> {
            }
        }
        return new Name(j, to, stem, parts, firstGiven);
    }

    /**
     * Starts with the conjunction و/ف before a known word or the article (وعلي، والسكان): the
     * name has ended. An unknown word keeps its و (ويلينغتون), as do names such as وليد and وائل.
     */
    private static boolean conjoined(Analysis a, int k) {
        String f = a.v.form(k);
        if (f.length() < 3 || f.charAt(0) != 'و' && f.charAt(0) != 'ف') {
            return false;
        }
        Stem s = a.flagStem(k);
        if (s != null) {
            return s.prefix() > 0;
        }
        return f.startsWith("ال", 1) || a.listedAt(k) && a.gazetteerAt[k].stem != null && a.gazetteerAt[k].stem.prefix() > 0;
    }

    /** A lone word that can be a foreign surname: no clitic, no pronoun or plural ending, four letters or more. */
    private static boolean loneSurname(Analysis a, int j) {
        String f = a.v.form(j);
        if (f.length() < 4 || a.pluralShaped(j) || a.indefiniteNisbaShape(j) || f.endsWith("نا") || f.endsWith("ين")) {
            return false;
        }
        char c = f.charAt(0);
        if ("وفبلك".indexOf(c) >= 0) {
            return false;
        }
        return !(f.endsWith("ه") && a.v.endsWithHa(j));
    }

    /** The words after a name close it: إن، أن، في، a verb of saying, a title, punctuation or the end. */
    static boolean endsClause(Analysis a, int k) {
        if (k >= a.n || !a.v.joined(k)) {
            return true;
        }
        String f = a.v.form(k);
        if (f.length() >= 4 && f.charAt(0) == 'و' && !a.has(k, WordClass.GIVEN) && !a.listedAt(k)) {
            return true;
        }
        return AFTER_NAME.contains(f) || a.has(k, WordClass.TIME | WordClass.SAYING | WordClass.ALIAS_CUE)
                || a.isTitle(k) || a.verbShaped(k) && !a.definite(k) && !a.has(k, WordClass.COMMON);
    }

    /** A family name of relation: definite, ending in ي (الخفاجي), not an ordinary adjective. */
    static boolean familyShape(Analysis a, int k) {
        if (!a.definite(k) || a.has(k, WordClass.COMMON | WordClass.TIME)) {
            return false;
        }
        String c = a.core(k);
        return c.length() >= 3 && c.endsWith("ي");
    }
}
