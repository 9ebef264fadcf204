package org.khabar.enrich.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.EntityType;

/**
 * Finds listed names, longest first from left to right. A weak alias (an ordinary word that is
 * also a name: العربية the channel, الأسد the president) is kept only with support: a strong
 * alias of the same entity elsewhere in the article, quotes or brackets around it, a head noun
 * or title of the right kind before it, or standing alone as a line or dateline.
 */
final class GazetteerPass {
    private GazetteerPass() {
    }

    static void run(Analysis a) {
        TokenView v = a.v;
        @SuppressWarnings("unchecked")
        List<PhraseTrie.Match<GazetteerEntry>>[] matches = new List[a.n];
        Set<Integer> strong = new HashSet<>();
        for (int i = 0; i < a.n; i++) {
            if (!v.isLetterToken(i) || !a.mayStart(i, WordClass.GAZETTEER_START)) {
                continue;
            }
            List<PhraseTrie.Match<GazetteerEntry>> ms = a.lex.gazetteer.allAt(v, i);
            if (!ms.isEmpty()) {
                matches[i] = ms;
                for (PhraseTrie.Match<GazetteerEntry> m : ms) {
                    if (!m.value().weak() && acceptableStem(a, m) && acceptableSpelling(a, m)) {
                        strong.add(m.value().id());
                    }
                }
            }
        }
        int i = 0;
        while (i < a.n) {
            List<PhraseTrie.Match<GazetteerEntry>> ms = matches[i];
            PhraseTrie.Match<GazetteerEntry> chosen = null;
            if (ms != null) {
                for (PhraseTrie.Match<GazetteerEntry> m : ms) {
                    if (!acceptableStem(a, m)) {
                        continue;
                    }
                    boolean spelled = acceptableSpelling(a, m);
                    if (spelled && (!m.value().weak() || strong.contains(m.value().id()) || supported(a, m))) {
                        chosen = m;
                        break;
                    }
                }
            }
            if (chosen == null) {
                i++;
                continue;
            }
            GazetteerEntry e = chosen.value();
            Candidate c = new Candidate(e.type(), chosen.from(), chosen.to(), chosen.stem(), chosen.from(),
                    chosen.to(), e.id(), Candidate.Source.GAZETTEER, e.weak());
            c.outlet = e.outlet();
            a.gazetteerAt[i] = c;
            a.add(c);
            i = chosen.to();
        }
    }

    /**
     * A clitic reading is believable for a name: و/ف and ب/ل/ك before a name or an ال-word are
     * fine (وبغداد، لحماس، والحشد), but a one-letter-shorter reading of a longer word is not
     * trusted when the word itself is an ordinary word (بيان is not ب + يان).
     */
    private static boolean acceptableStem(Analysis a, PhraseTrie.Match<GazetteerEntry> m) {
        Stem s = m.stem();
        if (s == null || !s.stripped()) {
            return true;
        }
        int f = a.lex.flags(a.v.form(m.from()));
        return (f & (WordClass.COMMON | WordClass.STOP | WordClass.GIVEN | WordClass.SAYING)) == 0;
    }

    /**
     * The text's spelling agrees with the name's: a name is never written with tanween (دوماً is
     * "always", not Douma), and a name ending in ة is not the same word written with the pronoun ه.
     */
    private static boolean acceptableSpelling(Analysis a, PhraseTrie.Match<GazetteerEntry> m) {
        TokenView v = a.v;
        for (int k = m.from(); k < m.to(); k++) {
            if (v.hasTanween(k)) {
                return false;
            }
        }
        return !m.value().taMarbuta() || !v.endsWithHa(m.to() - 1);
    }

    private static boolean supported(Analysis a, PhraseTrie.Match<GazetteerEntry> m) {
        TokenView v = a.v;
        int from = m.from();
        int to = m.to();
        if (m.value().anaphoric()) {
            return anaphoricSupport(a, m);
        }
        boolean quoteBefore = (v.gap[from] & (TokenView.QUOTE | TokenView.OPEN)) != 0;
        boolean quoteAfter = (v.gap[to] & (TokenView.QUOTE | TokenView.CLOSE)) != 0;
        if (quoteBefore && quoteAfter) {
            return true;
        }
        EntityType type = m.value().type();
        if (from > 0 && v.joinedOrQuoted(from)) {
            int p = from - 1;
            Head h = headOf(a, p);
            if (h != null && h.type() == type) {
                return true;
            }
            if (type == EntityType.PERSON && (a.isTitle(p) || endsTitle(a, from))) {
                return true;
            }
        }
        if (m.stem() != null && m.stem().prefix() > 0 && type == EntityType.ORGANIZATION && quoteAfter) {
            return true;
        }
        if (type == EntityType.LOCATION && placeContext(a, m)) {
            return true;
        }
        // A line or dateline of its own: "بغداد اليوم- بغداد".
        boolean aloneBefore = (v.gap[from] & (TokenView.EDGE | TokenView.NEWLINE)) != 0;
        boolean aloneAfter = (v.gap[to] & (TokenView.EDGE | TokenView.NEWLINE | TokenView.DASH)) != 0;
        return aloneBefore && aloneAfter;
    }

    /** A short form right after its head noun or, for a person, a title: القيادي في الحشد is not enough. */
    private static boolean anaphoricSupport(Analysis a, PhraseTrie.Match<GazetteerEntry> m) {
        int from = m.from();
        if (from == 0 || !a.v.joinedOrQuoted(from)) {
            return false;
        }
        int p = from - 1;
        EntityType type = m.value().type();
        if (type == EntityType.PERSON) {
            // الرئيس السوداني is "the Sudanese president", not a title before السوداني.
            return (a.isTitle(p) || endsTitle(a, from)) && !a.has(from, WordClass.NATIONALITY);
        }
        Head h = headOf(a, p);
        return h != null && h.type() == type;
    }

    /**
     * A place name that is also a word (الحلة، العمارة، سورية) reads as the place after a
     * preposition (في الحلة، بالحلة، إلى سورية) or a compass word (شرق الحلة), not after a noun it
     * could qualify (مدينة سورية is a Syrian city).
     */
    private static boolean placeContext(Analysis a, PhraseTrie.Match<GazetteerEntry> m) {
        Stem s = m.stem();
        if (s != null && s.stripped() && s.form().length() >= 4) {
            String f = a.v.form(m.from());
            char c = f.charAt(0);
            int prep = (c == 'و' || c == 'ف') ? 1 : 0;
            if (f.length() > prep && "بلك".indexOf(f.charAt(prep)) >= 0) {
                return true;
            }
        }
        int p = m.from() - 1;
        if (p < 0 || !a.v.joined(m.from())) {
            return false;
        }
        String prev = a.v.form(p);
        return PLACE_PREPOSITIONS.contains(prev) || a.has(p, WordClass.DIRECTION);
    }

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of(
            "في", "وفي", "من", "ومن", "الي", "والي", "علي", "عن", "قرب", "نحو", "داخل", "خارج", "حول", "بين", "مدينه",
            "محافظه", "قضاء", "ناحيه", "بلده", "قريه", "منطقه", "ولايه", "عبر", "باتجاه", "صوب", "تجاه", "لدي", "مع");

    private static boolean endsTitle(Analysis a, int at) {
        for (int p = Math.max(0, at - 3); p < at; p++) {
            if (a.titleEnd(p) == at) {
                return true;
            }
        }
        return false;
    }

    static Head headOf(Analysis a, int i) {
        if (!a.mayStart(i, WordClass.HEAD_WORD)) {
            return null;
        }
        for (Stem s : a.v.stems(i)) {
            Head h = a.lex.head(s.form());
            if (h != null) {
                return h;
            }
        }
        return null;
    }
}
