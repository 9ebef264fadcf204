package org.khabar.enrich.nlp.entity;

import java.util.Set;
import org.khabar.model.EntityType;

/**
 * Names announced by a head noun: حركة النجباء، وزارة الدفاع الأميركية، قناة "صابرين نيوز"،
 * محافظة بابل، شارع فلسطين، مخيم جنين. Arabic puts the head in construct with the name, so the
 * head is indefinite and the name follows directly; what may follow depends on the head's
 * {@link Head.Style}. Runs after the gazetteer so a listed complement is recognised whole.
 */
final class HeadNounPass {
    private static final int MAX_QUOTED = 6;
    private static final int MAX_ADJECTIVES = 3;

    private HeadNounPass() {
    }

    static void run(Analysis a) {
        boolean[] covered = new boolean[a.n];
        for (Candidate c : a.candidates) {
            for (int k = c.from; k < c.to; k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i + 1 < a.n; i++) {
            if (covered[i]) {
                continue;
            }
            if (!a.mayStart(i, WordClass.HEAD_WORD)) {
                continue;
            }
            Stem hs = null;
            Head h = null;
            for (Stem s : a.v.stems(i)) {
                h = a.lex.head(s.form());
                if (h != null) {
                    hs = s;
                    break;
                }
            }
            if (h != null) {
                Candidate c = headAt(a, i, h, hs);
                if (c != null) {
                    a.add(c);
                    i = Math.max(i, c.to - 1);
                }
            }
        }
    }

    /** The candidate a head at token i introduces, or null. Nested inner locations are added directly. */
    static Candidate headAt(Analysis a, int i, Head h, Stem hs) {
        TokenView v = a.v;
        int j = i + 1;
        // A head in construct carries no tanween: قاعدةً تؤوي جنوداً is "a base that houses soldiers".
        if (j >= a.n || !v.joinedOrQuoted(j) || v.hasTanween(i)) {
            return null;
        }
        if (v.hasGap(j, TokenView.QUOTE)) {
            return quoted(a, i, h, j);
        }
        Candidate listed = a.gazetteerAt[j];
        if (listed != null && listed.type == null) {
            return null;
        }
        if (listed != null && !listed.weak) {
            return listedComplement(a, i, h, hs, listed);
        }
        return h.type() == EntityType.LOCATION ? placeComplement(a, i, h, hs) : organisationComplement(a, i, h, hs);
    }

    /** قناة "صابرين نيوز": the quoted words are the name (the head is left out of the mention). */
    private static Candidate quoted(Analysis a, int i, Head h, int j) {
        TokenView v = a.v;
        int k = j + 1;
        while (k < a.n && k - j < MAX_QUOTED && v.joined(k)) {
            k++;
        }
        if (!v.hasGap(k, TokenView.QUOTE) || a.gazetteerAt[j] != null) {
            return null;
        }
        if (a.has(j, WordClass.STOP) || a.isTitle(j)) {
            return null;
        }
        // صحيفة "الصباح الجديد": outlets are often named by ordinary words; other heads need a name word.
        boolean anyName = h.style() == Head.Style.MEDIA;
        for (int t = j; t < k; t++) {
            anyName |= !a.has(t, WordClass.COMMON | WordClass.STOP | WordClass.TIME | WordClass.NATIONALITY);
        }
        if (!anyName) {
            return null;
        }
        return new Candidate(h.type(), j, k, null, j, k, -1, Candidate.Source.HEAD, false);
    }

    private static Candidate listedComplement(Analysis a, int i, Head h, Stem hs, Candidate g) {
        Head.Style style = h.style();
        if (h.type() == EntityType.ORGANIZATION) {
            if (g.type == EntityType.ORGANIZATION) {
                // حركة حماس: the head joins a one-word listed name; adjectives after it (الفلسطينية)
                // stay out, since the list already names the entity. جماعة حزب الله، موقع صندوق
                // النقد: a longer listed name is complete without the head.
                boolean outletAfterMediaHead = style == Head.Style.MEDIA && g.outlet;
                if (style == Head.Style.INSTITUTION || g.length() > 1 && !outletAfterMediaHead
                        || style == Head.Style.MEDIA && !g.outlet) {
                    return null;
                }
                return new Candidate(EntityType.ORGANIZATION, i, g.to, hs, g.from, g.to, g.entryId,
                        Candidate.Source.HEAD, false);
            }
            // جامعة بغداد، مستشفى الملك فهد، صحيفة الرياض: named after a place or a person. Not
            // ميليشيات طهران or جماعة العراق, where the place says whose the group is.
            if (style == Head.Style.FORCE || style == Head.Style.INSTITUTION
                    || style == Head.Style.PROPER && !NAMED_AFTER.contains(headForm(a, i, hs))
                    || g.type == EntityType.LOCATION && "قناه".equals(headForm(a, i, hs))) {
                // قناة بنما is a canal, not a channel.
                return null;
            }
            int end = g.type == EntityType.PERSON ? g.to : trailingAdjectives(a, g.to);
            return new Candidate(EntityType.ORGANIZATION, i, end, hs, g.from, g.to, -1, Candidate.Source.HEAD, false);
        }
        if (g.type == EntityType.LOCATION) {
            if (style == Head.Style.NAMED) {
                return new Candidate(EntityType.LOCATION, i, g.to, hs, g.from, g.to, -1, Candidate.Source.HEAD, false);
            }
            return null;
        }
        if (g.type == EntityType.PERSON && (style == Head.Style.NAMED || style == Head.Style.FACILITY)) {
            // شارع الملك فيصل، مطار رفيق الحريري: a place named after a person keeps its head.
            return new Candidate(EntityType.LOCATION, i, g.to, hs, g.from, g.to, -1, Candidate.Source.HEAD, false);
        }
        return null;
    }

    /** Domains that make جهاز a security or intelligence body. */
    private static final Set<String> SECURITY = Set.of(
            "مخابرات", "امن", "استخبارات", "شرطه", "ردع", "حرس", "مكافحه", "الامن");

    /** Heads of organisations that are commonly named after a place or a person. */
    private static final Set<String> NAMED_AFTER = Set.of(
            "جامعه", "مستشفي", "مشفي", "نادي", "بنك", "مصرف", "معهد", "موسسه", "شركه", "مجمع", "كتيبه");

    private static String headForm(Analysis a, int i, Stem hs) {
        return hs == null ? a.v.form(i) : hs.form();
    }

    private static Candidate organisationComplement(Analysis a, int i, Head h, Stem hs) {
        TokenView v = a.v;
        int j = i + 1;
        Head.Style style = h.style();
        if (v.articleStem(j) != null) {
            if (a.isTitle(j) && a.plainDefinite(j) && (NAMED_AFTER.contains(headForm(a, i, hs))
                    || "مركز".equals(headForm(a, i, hs)))) {
                // مركز الملك فهد الثقافي، جامعة الملك سعود: named after a titled person.
                NameParser.Name nm = NameParser.parse(a, a.titleEnd(j), NameParser.Mode.TITLE);
                if (nm == null) {
                    return null;
                }
                int end = trailingAdjectives(a, nm.to());
                return new Candidate(EntityType.ORGANIZATION, i, end, hs, j, nm.to(), -1, Candidate.Source.HEAD, false);
            }
            if (!a.plainDefinite(j) || a.has(j, WordClass.STOP | WordClass.TIME | WordClass.RELATIVE
                    | WordClass.NATIONALITY | WordClass.DIRECTION | WordClass.SAYING | WordClass.NAME_CUE)
                    || a.isTitle(j)) {
                return null;
            }
            boolean common = a.has(j, WordClass.COMMON);
            if (common && style != Head.Style.INSTITUTION || a.has(j, WordClass.GENERIC)) {
                return null;
            }
            String head = headForm(a, i, hs);
            // قيادة السيارة is driving a car, جهاز الكمبيوتر a computer and جبهة الكسارة a front
            // line: these heads name a body only with a security domain (جهاز المخابرات), in
            // construct (قيادة عمليات بغداد) or when the body is listed (جبهة النصرة).
            if ("قياده".equals(head) || "جهاز".equals(head) && !SECURITY.contains(a.core(j))
                    || "جبهه".equals(head) && !(j + 1 < a.n && a.v.joined(j + 1) && a.plainDefinite(j + 1)
                    && isAdjective(a, j + 1))) {
                // (جبهة الخلاص الوطني is a front with a name: an adjective follows.)
                return null;
            }
            // قوات المخلوع، مركز التحكم: forces and centres named by an ordinary definite word are
            // descriptions; their real names are listed.
            if (style == Head.Style.FORCE || style != Head.Style.INSTITUTION && a.pluralShaped(j)
                    || "مركز".equals(headForm(a, i, hs))) {
                return null;
            }
            int end = trailingAdjectives(a, j + 1);
            return new Candidate(EntityType.ORGANIZATION, i, end, hs, j, j + 1, -1, Candidate.Source.HEAD, false);
        }
        // مركز ديروط is an Egyptian district, مركز كارتر a centre: only مركز الملك ... is taken.
        if ("مركز".equals(headForm(a, i, hs))) {
            return null;
        }
        if (style == Head.Style.INSTITUTION || style == Head.Style.PROPER) {
            Candidate c = institutionOfPlace(a, i, hs);
            if (c != null || style == Head.Style.INSTITUTION && !a.has(j, WordClass.COMMON)) {
                return c;
            }
            if (a.has(j, WordClass.COMMON) && !a.has(j, WordClass.GENERIC | WordClass.STOP | WordClass.TIME)) {
                return construct(a, i, h, hs);
            }
            if (style == Head.Style.INSTITUTION) {
                return null;
            }
        }
        if (!a.nameLike(j) && !a.has(j, WordClass.GIVEN) || a.pluralShaped(j) || participle(a, j) || a.indefiniteNisbaShape(j)
                || v.hasTanween(j) || a.has(j, WordClass.PARTICLE) || v.form(j).length() < 3 || a.cliticPrefixed(j)) {
            return null;
        }
        // حركة فاعلة، شركة كبيرة: an indefinite -ة word after a feminine head agrees with it, an adjective.
        if (headForm(a, i, hs).endsWith("ه") && v.form(j).endsWith("ه") && !a.listedAt(j) && !a.has(j, WordClass.GIVEN)) {
            return null;
        }
        // قوات صالح، قوات حفتر: forces named after their leader are that person's, not a name;
        // جبهة نهم is a front line.
        if (style == Head.Style.FORCE && a.has(j, WordClass.GIVEN) || "جبهه".equals(headForm(a, i, hs))) {
            return null;
        }
        int max = style == Head.Style.MEDIA ? 3 : 2;
        int k = j + 1;
        while (k < a.n && k - j < max && v.joined(k)) {
            if (a.listedAt(k, EntityType.LOCATION)) {
                k = a.gazetteerAt[k].to;
            } else if (a.has(k, WordClass.PARTICLE) && k + 1 < a.n && v.joined(k + 1) && !a.closed(k + 1)) {
                // شركة محمد بن لادن
                k += 2;
            } else if (a.nameLike(k) && !a.definite(k) && !participle(a, k) && !a.indefiniteNisbaShape(k) && !v.hasTanween(k)
                    && "بلكوف".indexOf(v.form(k).charAt(0)) < 0) {
                // (جامعة بيرزيت بعنوان: a word with a preposition or conjunction ends the name.)
                k++;
            } else {
                break;
            }
        }
        // حركة نزوح السكان: a lone unknown word in construct with an ال-noun is an ordinary noun.
        if (k == j + 1 && k < a.n && v.joined(k) && a.definite(k) && !a.has(j, WordClass.GIVEN)
                && !isAdjective(a, k)) {
            return null;
        }
        int end = trailingAdjectives(a, k);
        return new Candidate(EntityType.ORGANIZATION, i, end, hs, j, k, -1, Candidate.Source.HEAD, false);
    }

    /**
     * منظمة أطباء العالم، مجلس قيادة الثورة، جبهة تحرير أزواد: an ordinary noun in construct
     * with a second word that names (for an institution, any specific ال-noun; for a group, a
     * listed place or an unknown name word).
     */
    private static Candidate construct(Analysis a, int i, Head h, Stem hs) {
        TokenView v = a.v;
        int j = i + 1;
        int m = j + 1;
        if (m >= a.n || !v.joined(m) || v.hasTanween(j) || participle(a, j) || a.indefiniteNisbaShape(j)) {
            return null;
        }
        int end;
        if (a.listedAt(m, EntityType.LOCATION)) {
            end = a.gazetteerAt[m].to;
        } else if (a.plainDefinite(m) && !a.has(m, WordClass.GENERIC | WordClass.STOP | WordClass.TIME
                | WordClass.RELATIVE | WordClass.NATIONALITY | WordClass.SAYING) && !a.isTitle(m)
                && (h.style() == Head.Style.INSTITUTION || !a.has(m, WordClass.COMMON))) {
            end = m + 1;
        } else if (h.style() == Head.Style.PROPER && a.nameLike(m) && !a.definite(m) && !participle(a, m)
                && !a.indefiniteNisbaShape(m)) {
            end = m + 1;
        } else {
            return null;
        }
        int to = trailingAdjectives(a, end);
        return new Candidate(EntityType.ORGANIZATION, i, to, hs, j, end, -1, Candidate.Source.HEAD, false);
    }

    /** مجلس محافظة نينوى، قيادة عمليات بغداد، مديرية صحة كركوك: an institution of a listed place. */
    private static Candidate institutionOfPlace(Analysis a, int i, Stem hs) {
        TokenView v = a.v;
        int j = i + 1;
        Head inner = GazetteerPass.headOf(a, j);
        if (inner != null && inner.type() == EntityType.LOCATION && inner.style() == Head.Style.ADMIN) {
            Candidate place = headAt(a, j, inner, null);
            if (place == null && j + 1 < a.n && a.listedAt(j + 1, EntityType.LOCATION) && v.joined(j + 1)) {
                place = a.gazetteerAt[j + 1];
            }
            if (place != null) {
                Candidate org = new Candidate(EntityType.ORGANIZATION, i, place.to, hs, j, place.to, -1,
                        Candidate.Source.HEAD, false);
                if (place.source != Candidate.Source.GAZETTEER) {
                    a.add(place);
                }
                place.container = org;
                return org;
            }
            return null;
        }
        if (a.has(j, WordClass.COMMON) && !a.definite(j) && j + 1 < a.n && v.joined(j + 1)
                && a.listedAt(j + 1, EntityType.LOCATION)) {
            Candidate place = a.gazetteerAt[j + 1];
            Candidate org = new Candidate(EntityType.ORGANIZATION, i, place.to, hs, j, place.to, -1,
                    Candidate.Source.HEAD, false);
            place.container = org;
            return org;
        }
        return null;
    }

    private static Candidate placeComplement(Analysis a, int i, Head h, Stem hs) {
        TokenView v = a.v;
        int j = i + 1;
        int k;
        boolean keepHead = h.keepsHead();
        if (v.articleStem(j) != null) {
            if (a.isTitle(j) && a.plainDefinite(j)) {
                // حي الشيخ جراح، مطار الملك عبدالعزيز: a place named after a titled person keeps its head.
                NameParser.Name nm = NameParser.parse(a, a.titleEnd(j), NameParser.Mode.TITLE);
                if (nm == null) {
                    return null;
                }
                k = nm.to();
                keepHead = true;
            } else if (!a.plainDefinite(j) || a.has(j, WordClass.STOP | WordClass.TIME | WordClass.RELATIVE
                    | WordClass.NATIONALITY | WordClass.DIRECTION | WordClass.SAYING | WordClass.GENERIC
                    | WordClass.NAME_CUE) || v.hasTanween(j)
                    || a.has(j, WordClass.COMMON) && h.style() != Head.Style.NAMED) {
                // ساحة التحرير، شارع الجمهورية: a street or square is named by ordinary words too.
                return null;
            } else {
                k = j + 1;
            }
        } else if (a.has(j, WordClass.PLACE_PREFIX | WordClass.PARTICLE)) {
            // عين العرب، دير البلح، تل أبيض، أبو غريب، كرم أبو سالم
            int m = j + 1;
            if (m < a.n && v.joined(m) && a.has(m, WordClass.PARTICLE)) {
                m++;
            }
            if (m >= a.n || !v.joined(m) || a.closed(m) || a.has(m, WordClass.COMMON | WordClass.NATIONALITY)
                    && !a.definite(m)) {
                return null;
            }
            if (!placeWord(a, m, true) && !a.plainDefinite(m)) {
                return null;
            }
            k = m + 1;
        } else {
            boolean feminine = headForm(a, i, hs).endsWith("ه");
            if (!placeWord(a, j, false) || adjectiveFor(a, j, feminine) || a.pluralShaped(j) || participle(a, j)
                    || a.has(j, WordClass.GIVEN_AMBIGUOUS)) {
                return null;
            }
            k = j + 1;
            if (k < a.n && v.joined(k) && placeWord(a, k, false) && !a.verbShaped(k) && !a.definite(k)
                    && !adjectiveFor(a, k, feminine)
                    && !a.pluralShaped(k) && !a.listedAt(k) && !a.has(k, WordClass.GIVEN) && !v.form(k).endsWith("ت")) {
                k++;
            } else if (k < a.n && v.joined(k) && a.plainDefinite(k) && !a.nisbaShape(k) && !a.isTitle(k)
                    && !a.has(k, WordClass.COMMON | WordClass.GENERIC | WordClass.NATIONALITY | WordClass.TIME
                    | WordClass.RELATIVE | WordClass.STOP | WordClass.DIRECTION) && !a.listedAt(k)) {
                // حاوي الكنيسة، باب المعظم: a place name in construct with an ال-word.
                k++;
            }
        }
        int from = keepHead ? i : j;
        return new Candidate(EntityType.LOCATION, from, k, keepHead ? hs : null, j, k, -1,
                Candidate.Source.HEAD, false);
    }

    /**
     * A word that can name a place after مدينة/بلدة/قرية. After a first place word (عين ترما،
     * دير دبوان) verb-like shapes are fine; straight after the head they are verbs (قاعدة تؤوي).
     */
    private static boolean placeWord(Analysis a, int k, boolean afterPrefix) {
        if (!afterPrefix && a.verbShaped(k) && !standsAlone(a, k + 1)) {
            // منطقة تشهد اشتباكات: a verb with its object; مستوطنة يتسهار. is a name.
            return false;
        }
        if (k >= a.n || !a.v.isArabic(k) || a.v.form(k).length() < 2 || a.v.hasTanween(k) || a.isTitle(k)) {
            return false;
        }
        int f = a.flags(k);
        if ((f & WordClass.NOT_NAME) != 0 && (f & (WordClass.GIVEN | WordClass.FAMILY)) == 0) {
            return false;
        }
        return !a.pronounSuffixed(k) && !a.possessed(k) && !a.accusative(k) && !a.cliticPrefixed(k);
    }

    /** Nothing that could be an object or a complement follows: punctuation or the end of the text. */
    private static boolean standsAlone(Analysis a, int k) {
        return k >= a.n || a.v.breakBefore(k);
    }

    /**
     * An indefinite adjective agreeing with the head: -ية after a feminine head (منطقة سكنية),
     * -ي or -ية after a masculine one (حي سكني). محلية كرري is a name: كرري does not agree.
     */
    private static boolean adjectiveFor(Analysis a, int k, boolean feminineHead) {
        if (a.definite(k)) {
            return false;
        }
        String f = a.v.form(k);
        if (f.length() < 4) {
            return false;
        }
        return f.endsWith("يه") || !feminineHead && f.endsWith("ي");
    }

    /** An indefinite feminine participle (مجموعة متنوعة، جماعة مسلحة، قرية مدمرة): م... ending in ة. */
    private static boolean participle(Analysis a, int k) {
        if (a.definite(k)) {
            return false;
        }
        String f = a.v.form(k);
        return f.length() >= 4 && f.charAt(0) == 'م' && f.endsWith("ه") && !a.listedAt(k);
    }

    /** Definite adjectives closing an organisation's name: الشعبي، الإسلامية، الأميركية، المشتركة. */
    static int trailingAdjectives(Analysis a, int k) {
        int count = 0;
        while (k < a.n && count < MAX_ADJECTIVES && a.v.joined(k) && a.plainDefinite(k) && isAdjective(a, k)) {
            k++;
            count++;
        }
        return k;
    }

    static boolean isAdjective(Analysis a, int k) {
        if (a.has(k, WordClass.STOP | WordClass.TIME | WordClass.RELATIVE | WordClass.SAYING | WordClass.NAME_CUE
                | WordClass.DIRECTION) || a.isTitle(k)) {
            return false;
        }
        if (a.has(k, WordClass.ORG_ADJECTIVE | WordClass.NATIONALITY)) {
            return true;
        }
        // الشعبي، الأمنية, but not القرية or القوي: a relation adjective has a stem of three letters.
        String c = a.core(k);
        return a.nisbaShape(k) && (c.endsWith("يه") ? c.length() >= 5 : c.length() >= 4);
    }
}
