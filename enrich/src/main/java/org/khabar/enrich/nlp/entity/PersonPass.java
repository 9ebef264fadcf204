package org.khabar.enrich.nlp.entity;

import java.util.Set;
import org.khabar.model.EntityType;

/**
 * People: names after a title or role (the title and what it governs are skipped: المتحدث باسم
 * البنتاغون باتريك رايدر، رئيس خلية الإعلام الأمني، اللواء تحسين الخفاجي), after a verb of saying,
 * after a word announcing a name (يدعى، بقلم، الملقب بـ), kunyas (أبو تقوى), and names that start
 * with a known given name and go on with more name words (محمد شياع السوداني).
 */
final class PersonPass {
    /** Words linking a title to the body it belongs to: المتحدث باسم، القيادي في، السفير لدى. */
    private static final Set<String> TITLE_LINKS = Set.of("باسم", "في", "لدى", "ب", "عن", "ل", "من", "داخل");
    private static final int MAX_TITLE_SKIP = 9;
    private static final Set<String> FAMILY_WORDS = Set.of("عائله", "اسره", "عشيره", "قبيله", "ال", "منزل", "بيت", "عائلتي");

    private PersonPass() {
    }

    static void run(Analysis a) {
        int n = a.n;
        Candidate[] startAt = new Candidate[n];
        boolean[] covered = new boolean[n];
        for (Candidate c : a.candidates) {
            if (c.type != EntityType.PERSON) {
                if (startAt[c.from] == null || startAt[c.from].to < c.to) {
                    startAt[c.from] = c;
                }
                for (int k = c.from; k < c.to; k++) {
                    covered[k] = true;
                }
            }
        }
        int personEnd = -1;
        Candidate lastPerson = null;
        for (int i = 0; i < n; i++) {
            if (covered[i] || !a.v.isLetterToken(i)) {
                continue;
            }
            Candidate found = null;
            int te = a.titleEnd(i);
            if (te > 0) {
                found = afterTitle(a, te, startAt);
            }
            if (found == null && a.has(i, WordClass.SAYING)) {
                found = after(a, i + 1, NameParser.Mode.SAYING, Candidate.Source.SAYING);
            }
            if (found == null && a.has(i, WordClass.NAME_CUE | WordClass.ALIAS_CUE)) {
                found = afterCue(a, i);
                if (found != null && a.has(i, WordClass.ALIAS_CUE) && lastPerson != null && lastPerson.to >= i - 2
                        && lastPerson.to <= i) {
                    found.sameAs = lastPerson;
                }
            }
            if (found != null) {
                a.add(found);
                lastPerson = found;
                personEnd = Math.max(personEnd, found.to);
                continue;
            }
            if (i < personEnd) {
                continue;
            }
            Candidate k = kunya(a, i);
            if (k != null) {
                if (lastPerson != null && lastPerson.to == i && a.v.hasGap(i, TokenView.OPEN)) {
                    k.sameAs = lastPerson;
                }
                a.add(k);
                lastPerson = k;
                personEnd = k.to;
                continue;
            }
            if (a.has(i, WordClass.GIVEN)) {
                NameParser.Name nm = NameParser.parse(a, i, NameParser.Mode.GIVEN);
                if (nm != null) {
                    Candidate c = person(nm, Candidate.Source.GIVEN);
                    a.add(c);
                    lastPerson = c;
                    personEnd = c.to;
                }
            }
        }
    }

    private static Candidate person(NameParser.Name nm, Candidate.Source source) {
        return Candidate.of(EntityType.PERSON, nm.from(), nm.to(), nm.stem(), source);
    }

    private static Candidate after(Analysis a, int j, NameParser.Mode mode, Candidate.Source source) {
        if (j >= a.n || !a.v.joined(j) || a.isTitle(j) || a.listedAt(j)) {
            return null;
        }
        if (isKunyaWord(a, j)) {
            return kunya(a, j);
        }
        NameParser.Name nm = NameParser.parse(a, j, mode);
        return nm == null ? null : person(nm, source);
    }

    /**
     * Skips what a title governs (the body, the country, adjectives, a comma, a second title)
     * and reads the name after it.
     */
    private static Candidate afterTitle(Analysis a, int te, Candidate[] startAt) {
        TokenView v = a.v;
        int k = te;
        int skipped = 0;
        boolean comma = false;
        while (k < a.n && skipped < MAX_TITLE_SKIP) {
            if (!v.joinedOrQuoted(k)) {
                boolean onlyComma = (v.gap[k] & ~(TokenView.SPACE | TokenView.COMMA | TokenView.QUOTE)) == 0
                        && v.hasGap(k, TokenView.COMMA);
                if (comma || !onlyComma) {
                    return null;
                }
                comma = true;
            }
            if (a.listedAt(k, EntityType.PERSON)) {
                return null;
            }
            Candidate c = startAt[k];
            if (c != null) {
                k = c.to;
                skipped++;
                continue;
            }
            int t2 = a.titleEnd(k);
            if (t2 > 0) {
                k = t2;
                skipped++;
                continue;
            }
            String f = v.form(k);
            if (!v.isLetterToken(k) && k > 0 && a.isTitle(k - 1)) {
                // اللواء 12: the number of a unit after its title.
                k++;
                skipped++;
                continue;
            }
            if (TITLE_LINKS.contains(f) && k + 1 < a.n && v.joinedOrQuoted(k + 1)) {
                k++;
                skipped++;
                continue;
            }
            if (a.definite(k)) {
                if (a.has(k, WordClass.FAMILY)) {
                    break;
                }
                if (a.has(k, WordClass.TIME | WordClass.RELATIVE | WordClass.SAYING | WordClass.STOP
                        | WordClass.NAME_CUE | WordClass.ALIAS_CUE)) {
                    return null;
                }
                k++;
                skipped++;
                continue;
            }
            if (a.has(k, WordClass.COMMON) && !a.has(k, WordClass.GIVEN) && k + 1 < a.n && v.joined(k + 1)
                    && (a.definite(k + 1) || a.listedAt(k + 1) || startAt[k + 1] != null
                    || a.has(k + 1, WordClass.COMMON))) {
                k++;
                skipped++;
                continue;
            }
            break;
        }
        if (k >= a.n) {
            return null;
        }
        if (isKunyaWord(a, k)) {
            return kunya(a, k);
        }
        NameParser.Name nm = NameParser.parse(a, k, NameParser.Mode.TITLE);
        if (nm == null) {
            return null;
        }
        // After a comma the clause may have moved on (قائد الطائرة الأردني، فيما ...): only a
        // name that looks like one (a given name, or two words or more) is taken.
        if (comma && !nm.firstGiven()) {
            return null;
        }
        return person(nm, Candidate.Source.TITLE);
    }

    /** يدعى أبو باقر السعدي، بقلم لور الخوري، الملقب بـ "أبو تقوى". */
    private static Candidate afterCue(Analysis a, int i) {
        TokenView v = a.v;
        int j = i + 1;
        if (j < a.n && v.form(j).equals("ب") && (v.joinedOrQuoted(j) || v.hasGap(j, TokenView.DASH))) {
            j++;
        } else if (j < a.n && v.form(j).equals("باسم") && v.joined(j)) {
            j++;
        }
        if (j >= a.n || !(v.joinedOrQuoted(j) || (v.gap[j] & ~(TokenView.SPACE | TokenView.QUOTE | TokenView.DASH)) == 0)) {
            return null;
        }
        if (isKunyaWord(a, j)) {
            return kunya(a, j);
        }
        if (a.listedAt(j) || a.isTitle(j)) {
            return null;
        }
        NameParser.Name nm = NameParser.parse(a, j, NameParser.Mode.CUE);
        if (nm == null) {
            return null;
        }
        // المعروف بإشعال الفتنة: after an alias word only a quoted name or a given name is a name.
        boolean quoted = v.hasGap(j, TokenView.QUOTE);
        if (a.has(i, WordClass.ALIAS_CUE) && !quoted && !nm.firstGiven()) {
            return null;
        }
        return person(nm, Candidate.Source.CUE);
    }

    static boolean isKunyaWord(Analysis a, int i) {
        if (i >= a.n) {
            return false;
        }
        String token = a.v.form(i);
        // أبو، أبي، أم with at most two clitic letters: a cheap test before the readings.
        if (token.length() > 5 || !(token.endsWith("ابو") || token.endsWith("ابي") || token.endsWith("ام"))) {
            return false;
        }
        for (Stem s : a.v.stems(i)) {
            String f = s.form();
            if (f.equals("ابو") || f.equals("ابي") || f.equals("ام")) {
                return !s.rebuiltArticle();
            }
        }
        return false;
    }

    /** A word that can follow أبو: like a name word, but verb-like shapes are fine (أبو تقوى، أبو يوسف). */
    private static boolean kunyaWord(Analysis a, int j) {
        if (!a.v.isArabic(j) || a.v.form(j).length() < 2 || a.isTitle(j)) {
            return false;
        }
        int f = a.flags(j);
        return (f & WordClass.NOT_NAME) == 0 || (f & WordClass.GIVEN) != 0;
    }

    /** أبو تقوى، أبو مهدي المهندس، أم محمد: a kunya, with the family name or nickname after it. */
    static Candidate kunya(Analysis a, int i) {
        if (!isKunyaWord(a, i) || a.listedAt(i)) {
            return null;
        }
        // لعائلة أبو شمالة: a family's name, not a person's.
        if (i > 0 && a.v.joined(i) && FAMILY_WORDS.contains(a.core(i - 1))) {
            return null;
        }
        TokenView v = a.v;
        Stem stem = null;
        boolean mother = false;
        for (Stem s : v.stems(i)) {
            if (s.form().equals("ابو") || s.form().equals("ابي") || s.form().equals("ام")) {
                stem = s;
                mother = s.form().equals("ام");
                break;
            }
        }
        int j = i + 1;
        if (j >= a.n || !v.joinedOrQuoted(j) || v.hasGap(j, TokenView.QUOTE) && !v.joinedOrQuoted(j)) {
            return null;
        }
        boolean given = a.has(j, WordClass.GIVEN) && !a.has(j, WordClass.GIVEN_AMBIGUOUS | WordClass.COMMON);
        if (mother) {
            if (!given) {
                return null;
            }
        } else if (!(given || a.has(j, WordClass.GIVEN)
                || (kunyaWord(a, j) && !a.definite(j) && !a.pluralShaped(j) && !a.indefiniteNisbaShape(j))
                || (a.plainDefinite(j) && !a.has(j, WordClass.NOT_NAME) && !a.isTitle(j)))) {
            return null;
        }
        if (a.has(j, WordClass.COMMON | WordClass.STOP | WordClass.TIME) && !given || a.cliticPrefixed(j)) {
            return null;
        }
        int end = j + 1;
        // أبو حسن الكعبي، أبو خالد العراقي: a family name or a nisba of origin completes the kunya.
        if (end < a.n && v.joined(end) && a.plainDefinite(end) && !a.isTitle(end)
                && (!a.has(end, WordClass.NOT_NAME) || a.has(end, WordClass.NATIONALITY)
                && !a.has(end, WordClass.STOP | WordClass.TIME))
                && !(a.listedAt(end) && a.gazetteerAt[end].type != EntityType.PERSON)) {
            end++;
        }
        return Candidate.of(EntityType.PERSON, i, end, stem, Candidate.Source.KUNYA);
    }
}
