package org.khabar.enrich.nlp.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khabar.enrich.nlp.casualty.Trigger.Role;
import org.khabar.enrich.nlp.number.Gaps;
import org.khabar.enrich.nlp.number.NumberParser;
import org.khabar.enrich.nlp.number.ParsedNumber;
import org.khabar.enrich.nlp.number.Qualifier;
import org.khabar.enrich.nlp.number.Quantity;
import org.khabar.enrich.nlp.number.QuantityParser;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.model.CasualtyKind;

/**
 * Finds the casualty counts of one article in one left-to-right pass over its tokens. Three
 * kinds of anchors start a match:
 * <ul>
 * <li>an event word (مقتل، قتل، استشهاد، أصيب، إصابة، لقي ... حتفهم) followed by its victims:
 * a number (with hedge), a dual noun (شخصين), a plural noun with its number (فلسطينيين
 * اثنين), or, as an implicit one, a singular noun (مقتل جندي);</li>
 * <li>a number followed by a count noun (5 قتلى، 40 قتيلا، 30 جريحا) or by a person noun and
 * an event verb (5 أشخاص قتلوا);</li>
 * <li>a tally (عدد القتلى / حصيلة الجرحى ... إلى 23).</li>
 * </ul>
 * After a match, coordinated counts (و3 مدنيين) and sub-counts (بينهم 5 أطفال) are read too.
 * Combined tolls (مقتل وإصابة 10، 300 قتيل وجريح) are consumed without a finding. Each token
 * is counted at most once. Not thread-safe: one scanner per article.
 */
final class CasualtyScanner {
    /** Words a count may be separated from its event word by (قتل في الهجوم اثنان) must not be these. */
    private static final Set<String> SKIP_STOPPERS = Words.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
            "اللاتي", "منذ", "عام", "العام", "سنه", "خلال", "قبل", "بعد", "حتي", "الي", "او", "وهو", "وهي", "كان",
            "كانت", "بينما", "حيث", "ان", "انه", "لكن", "لكل", "كل", "نسبه", "بنسبه");
    private static final Set<String> SUBCOUNT_CUES = Words.of("بينهم", "بينهن", "منهم", "منهن", "بينها", "ضمنهم",
            "اغلبهم", "معظمهم", "غالبيتهم", "بعضهم", "وبينهم", "ومنهم", "ومنهن", "بينهما", "اكثرهم", "جلهم");
    private static final Set<String> WOUND_WORDS = Words.of("بجروح", "بجراح", "باصابات", "بجرح", "بإصابات", "جرحي",
            "بإصابة", "باصابه");
    private static final Set<String> CASE_WORDS = Words.of("حاله", "حالات", "حالتي", "حالتين");
    /** Verbs and nouns after which a bare قتيل/جريح is one victim: سقوط قتيل، أرداه قتيلا. */
    private static final Set<String> FALL_VERBS = Words.of("سقوط", "وسقوط", "بسقوط", "سقط", "وسقط", "فسقط",
            "وقوع", "ووقوع", "بوقوع", "عن", "خلف", "وخلف", "أوقع", "وأوقع", "أرداه", "فأرداه", "وأرداه", "أردته",
            "فأردته", "وأردته", "أرديا", "خلفت", "وخلفت", "أوقعت", "وأوقعت");
    /** "in it", "during it": what may stand between an event verb and its one victim (قتل فيه حارس). */
    private static final Set<String> PLACE_PRONOUNS = Words.of("فيه", "فيها", "خلاله", "خلالها", "بها", "به",
            "جراءه", "جراءها", "اثره", "اثرها", "عليه", "عليها");

    private final CharSequence text;
    private final List<Token> tokens;
    private final CasualtyLexicon lexicon;
    private final PersonNouns persons;
    private final Layout layout;
    private final int n;
    private final boolean[] used;
    private final List<Finding> findings = new ArrayList<>();
    private int nextGroup;
    private final VictimReader victims;

    CasualtyScanner(CharSequence text, List<Token> tokens, Layout layout, CasualtyLexicon lexicon, PersonNouns persons) {
        this.text = text;
        this.tokens = tokens;
        this.layout = layout;
        this.lexicon = lexicon;
        this.persons = persons;
        this.n = tokens.size();
        this.used = new boolean[n];
        this.victims = new VictimReader(text, tokens, lexicon, persons);
    }

    List<Finding> scan() {
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                continue;
            }
            Token t = tokens.get(i);
            Trigger tr = t.isNumber() ? null : lexicon.trigger(t.text());
            if (tr != null) {
                switch (tr.role()) {
                    case EVENT, EVENT_AND_COUNT_NOUN, LIFE_NOUN -> event(i, tr);
                    case FATE_VERB -> fate(i);
                    case DUAL_PRONOUN, DUAL_VERB, DUAL_FATE_NOUN ->
                            add(new Finding(tr.kind(), 2, false, null, i, i + 1, i), true);
                    case DUAL_COUNT_NOUN -> dualCountNoun(i, tr);
                    case SINGLE_PRONOUN, FATE_NOUN -> add(new Finding(tr.kind(), 1, true, null, i, i + 1, i), true);
                    case COUNT_NOUN -> singularCountNoun(i, tr);
                    default -> {
                    }
                }
                if (used[i] || tr.role() != Role.EVENT_AND_COUNT_NOUN) {
                    continue;
                }
            }
            if (lexicon.isTallyHead(t.text())) {
                tally(i);
                if (used[i]) {
                    continue;
                }
            }
            number(i);
        }
        return findings;
    }

    // ---------------------------------------------------------------- event words

    /** مقتل 5 أشخاص، قتل خمسة مدنيين، أصيب 4 جنود، استشهاد فلسطينيين اثنين، مقتل جندي. */
    private void event(int i, Trigger tr) {
        if (tr.role() == Role.LIFE_NOUN && !lifeTakerBefore(i)) {
            return;
        }
        if (tr.definite()) {
            return; // الإصابة، القتل: a topic, not an event with victims
        }
        if (combinedEvent(i, tr.kind())) {
            return;
        }
        VictimReader.Victims o = victims.object(i + 1, tr.kind(), false);
        if (o == null) {
            o = objectAfterSkip(i, tr.kind());
        }
        if (o == null) {
            return;
        }
        if (o.vague()) {
            markUsed(i, o.end());
            return;
        }
        CasualtyKind kind = o.kind() != null ? o.kind() : tr.kind();
        if (kind == CasualtyKind.INJURED && victims.disease(o.end())) {
            markUsed(i, o.end()); // إصابة 5 أشخاص بفيروس كورونا
            return;
        }
        Finding f = new Finding(kind, o.count(), o.implicit(), o.qualifier(), i, o.end(), o.anchor());
        add(f, true);
        coordinated(f);
    }

    /** أودى (الانفجار) بحياة، حصد (القصف) أرواح، راح ضحيته: the verb a few words before. */
    private boolean lifeTakerBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (lexicon.isLifeTaker(tokens.get(k).text())) {
                return true;
            }
            if (!Gaps.softBefore(text, tokens, k + 1)) {
                return false;
            }
        }
        return false;
    }

    /** مقتل وإصابة 10 أشخاص، قتل وجرح: a toll of both kinds together counts neither. */
    private boolean combinedEvent(int i, CasualtyKind kind) {
        int j = i + 1;
        if (j >= n || !Gaps.softBefore(text, tokens, j)) {
            return false;
        }
        int k = j;
        Trigger next;
        if (tokens.get(j).text().equals("و") && j + 1 < n) {
            k = j + 1;
            next = lexicon.trigger(tokens.get(k).text());
        } else if (tokens.get(j).text().startsWith("و")) {
            next = lexicon.trigger(tokens.get(j).text());
        } else {
            return false;
        }
        if (next == null || next.kind() == kind
                || !(next.role() == Role.EVENT || next.role() == Role.EVENT_AND_COUNT_NOUN)) {
            return false;
        }
        int end = k + 1;
        Quantity q = QuantityParser.parse(text, tokens, end);
        if (q != null && Gaps.softBefore(text, tokens, end)) {
            end = q.endToken();
            if (end < n && Gaps.softBefore(text, tokens, end) && persons.lookup(tokens.get(end).text()) != null) {
                end++;
            }
        }
        markUsed(i, end);
        return true;
    }

    /** لقي 7 أشخاص حتفهم، لقي شخصان مصرعهما، لقي جندي حتفه. */
    private void fate(int i) {
        int k = -1;
        for (int m = i + 1; m < n && m <= i + 8; m++) {
            if (!Gaps.softBefore(text, tokens, m)) {
                break;
            }
            Trigger t = lexicon.trigger(tokens.get(m).text());
            if (t != null && (t.role() == Role.FATE_NOUN || t.role() == Role.DUAL_FATE_NOUN)) {
                k = m;
                break;
            }
        }
        if (k < 0) {
            return;
        }
        boolean dualNoun = lexicon.trigger(tokens.get(k).text()).role() == Role.DUAL_FATE_NOUN;
        VictimReader.Victims o = k > i + 1 ? victims.object(i + 1, CasualtyKind.KILLED, false) : null;
        if (o != null && o.end() > k + 1) {
            o = null;
        }
        Finding f;
        if (o != null && !o.vague() && !o.implicit()) {
            f = new Finding(CasualtyKind.KILLED, o.count(), false, o.qualifier(), i, k + 1, o.anchor());
        } else if (dualNoun) {
            f = new Finding(CasualtyKind.KILLED, 2, false, null, i, k + 1, k);
        } else if (o != null && o.vague()) {
            markUsed(i, k + 1);
            return;
        } else if (tokens.get(k).text().endsWith("ه") || tokens.get(k).text().endsWith("ها")) {
            f = new Finding(CasualtyKind.KILLED, o != null && o.implicit() ? o.count() : 1, true, null, i, k + 1, k);
        } else {
            markUsed(i, k + 1);
            return;
        }
        add(f, true);
        coordinated(f);
    }

    /** The victims right after an event word, or after up to three words (قُتل في الاشتباك اثنان من العمال). */
    private VictimReader.Victims objectAfterSkip(int i, CasualtyKind kind) {
        if (i + 1 >= n || !Gaps.softBefore(text, tokens, i + 1)) {
            return null;
        }
        String first = tokens.get(i + 1).text();
        if (first.length() > 2 && (first.startsWith("و") || first.startsWith("ف")) && !first.startsWith("في")) {
            return null; // مصرع وفقدان 15 مهاجرا، قتل واعتقال 12: the count covers another fate too
        }
        for (int s = i + 2; s <= i + 4 && s < n; s++) {
            Token skipped = tokens.get(s - 1);
            if (!Gaps.softBefore(text, tokens, s) || skipped.isNumber() || lexicon.trigger(skipped.text()) != null
                    || SKIP_STOPPERS.contains(skipped.text()) || QuantityParser.isVagueAt(text, tokens, s - 1)
                    || NumberParser.parse(text, tokens, s - 1) != null) {
                return null;
            }
            if (VictimReader.AND_WITH.contains(tokens.get(s).text())) {
                // قُتل في الغارة مع حارس آخر: the subject and one more
                VictimReader.Victims with = victims.withAnother(s, kind);
                if (with != null) {
                    return with;
                }
            }
            VictimReader.Victims o = victims.object(s, kind, true);
            if (o != null) {
                return o;
            }
            if (s == i + 2 && PLACE_PRONOUNS.contains(skipped.text())) {
                // قتل فيه حارس، أصيب خلالها جندي: one victim after a pronoun of the incident
                VictimReader.Victims single = victims.object(s, kind, false);
                if (single != null && single.implicit()) {
                    return single;
                }
            }
        }
        return null;
    }





    // ---------------------------------------------------------------- numbers first

    /** 5 قتلى، 40 قتيلا، أكثر من 30 جريحا، 20 إصابة، 5 أشخاص قتلوا، بينهم 3 أطفال. */
    private void number(int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() && !mayStartQuantity(t.text())) {
            return;
        }
        Quantity q = QuantityParser.parse(text, tokens, i);
        if (q == null) {
            return;
        }
        int k = q.endToken();
        if (q.isVague()) {
            if (k < n && Gaps.softBefore(text, tokens, k) && VictimReader.isCountNoun(lexicon.trigger(tokens.get(k).text()))) {
                markUsed(i, k + 1); // عشرات القتلى
            }
            return;
        }
        ParsedNumber num = q.number();
        if (!num.isInteger() || num.value() < 1 || num.value() > 5_000_000 || k >= n
                || !Gaps.softBefore(text, tokens, k) || victims.timeOrDateAround(num)) {
            return;
        }
        int value = (int) num.value();
        Trigger noun = victims.conjoinedWord(tokens.get(k).text()) ? null : lexicon.trigger(tokens.get(k).text());
        if (VictimReader.isCountNoun(noun) && !noun.definite()) {
            if (victims.combinedCountNoun(k, noun.kind())) {
                markUsed(i, k + 1);
                return;
            }
            if (noun.kind() == CasualtyKind.INJURED && victims.disease(k + 1)) {
                markUsed(i, k + 1);
                return;
            }
            Finding f = new Finding(noun.kind(), value, false, victims.qualifier(q, k + 1), i, victims.afterTrailing(k + 1),
                    num.startToken());
            f.subcount = subcountCueBefore(q.startToken()) != null || countNounBefore(q.startToken()) != null;
            add(f, true);
            coordinated(f);
            return;
        }
        if (CASE_WORDS.contains(tokens.get(k).text()) && k + 1 < n && Gaps.softBefore(text, tokens, k + 1)) {
            // 12 حالة إصابة، 5 حالات اختناق
            Trigger c = lexicon.trigger(tokens.get(k + 1).text());
            boolean choking = tokens.get(k + 1).text().equals("اختناق");
            if ((choking || (c != null && c.kind() == CasualtyKind.INJURED && c.role() == Role.EVENT_AND_COUNT_NOUN))
                    && !victims.disease(k + 2)) {
                add(new Finding(CasualtyKind.INJURED, value, false, q.qualifier(), i, k + 2, num.startToken()), true);
            }
            return;
        }
        PersonNouns.Form p = persons.lookup(tokens.get(k).text());
        if (p == null) {
            return;
        }
        int m = k + 1;
        if (victims.betweenKilledAndInjured(m)) {
            markUsed(i, m);
            return;
        }
        Qualifier hedgeAfter = victims.trailingQualifier(m);
        if (hedgeAfter != null) {
            m = hedgeAfter.endToken(); // 27 مدنيا على الأقل قتلوا
        }
        if (m < n && tokens.get(m).text().equals("قد") && Gaps.softBefore(text, tokens, m)) {
            m++;
        }
        // the verb must follow its subject directly: "وأصيب" starts a new clause (اعتقال ستة حراس وأصيب آخرون)
        Trigger verb = m < n && Gaps.softBefore(text, tokens, m) && !victims.conjoinedWord(tokens.get(m).text())
                ? lexicon.trigger(tokens.get(m).text()) : null;
        if (verb != null && verb.role() == Role.EVENT && !verb.definite()) {
            // 5 أشخاص قتلوا، ثلاثة جنود أصيبوا بجروح
            Finding f = new Finding(verb.kind(), value, false, q.qualifier() != null ? q.qualifier() : hedgeAfter,
                    i, m + 1, num.startToken());
            add(f, true);
            return;
        }
        if (verb != null && verb.role() == Role.FATE_VERB) {
            for (int r = m + 1; r < n && r <= m + 3 && Gaps.softBefore(text, tokens, r); r++) {
                Trigger fn = lexicon.trigger(tokens.get(r).text());
                if (fn != null && (fn.role() == Role.FATE_NOUN || fn.role() == Role.DUAL_FATE_NOUN)) {
                    add(new Finding(CasualtyKind.KILLED, value, false, q.qualifier(), i, r + 1, num.startToken()), true);
                    return;
                }
            }
        }
        // بينهم 3 أطفال after a count; بين القتلى 3 أطفال
        CasualtyKind subKind = subcountCueBefore(q.startToken());
        if (subKind == null) {
            subKind = countNounBefore(q.startToken());
        }
        if (subKind != null) {
            Finding f = new Finding(subKind, value, false, q.qualifier(), i, k + 1, num.startToken());
            f.subcount = true;
            add(f, true);
            coordinated(f); // بين القتلى 6 أطفال و4 نساء
        }
    }

    /** عدد القتلى إلى 23، حصيلة الجرحى 15، بلغ عدد الشهداء 30 شهيدا. */
    private void tally(int i) {
        int j = i + 1;
        if (j >= n || !Gaps.softBefore(text, tokens, j)) {
            return;
        }
        Trigger noun = lexicon.trigger(tokens.get(j).text());
        if (noun == null || !(noun.role() == Role.COUNT_NOUN || noun.role() == Role.EVENT_AND_COUNT_NOUN)
                || !(noun.plural() || noun.role() == Role.EVENT_AND_COUNT_NOUN)) {
            return;
        }
        if (victims.combinedCountNoun(j, noun.kind())) {
            markUsed(i, j + 1);
            return;
        }
        for (int m = j + 1; m < n && m <= j + 12 && layout.sameSentence(j, m); m++) {
            Token t = tokens.get(m);
            Trigger other = t.isNumber() ? null : lexicon.trigger(t.text());
            if (other != null || lexicon.isTallyHead(t.text())) {
                return;
            }
            if (used[m] || !(t.isNumber() || mayStartQuantity(t.text()))) {
                continue;
            }
            Quantity q = QuantityParser.parse(text, tokens, m);
            if (q == null || q.isVague()) {
                if (q != null) {
                    return;
                }
                continue;
            }
            int k = q.endToken();
            if (k + 1 < n && (tokens.get(k).text().equals("الي") || tokens.get(k).text().equals("حتي"))
                    && m > 0 && tokens.get(m - 1).text().equals("من")) {
                Quantity to = QuantityParser.parse(text, tokens, k + 1);
                if (to != null && !to.isVague()) {
                    q = to; // ارتفع عدد القتلى من 5 إلى 9: the new figure
                    k = q.endToken();
                }
            }
            ParsedNumber num = q.number();
            if (!num.isInteger() || num.value() < 1 || num.value() > 5_000_000 || victims.timeOrDateAround(num)) {
                return;
            }
            VictimReader.What after = victims.after(k);
            CasualtyKind kind = noun.kind();
            int end = k;
            if (after == VictimReader.What.NON_PERSON || after == VictimReader.What.PERCENT) {
                return;
            }
            if (after == VictimReader.What.COUNT_NOUN) {
                kind = lexicon.trigger(tokens.get(k).text()).kind();
                end = k + 1;
            } else if (after == VictimReader.What.PERSON || after == VictimReader.What.OTHERS) {
                end = k + 1;
            } else if (VictimReader.isYear(num)) {
                return;
            }
            Finding f = new Finding(kind, (int) num.value(), false, victims.qualifier(q, end), i, victims.afterTrailing(end),
                    num.startToken());
            add(f, true);
            return;
        }
    }

    /** قتيلان، جريحين: two by themselves. */
    private void dualCountNoun(int i, Trigger tr) {
        if (i > 0 && (tokens.get(i - 1).text().equals("بين") || tokens.get(i - 1).text().equals("وبين"))) {
            markUsed(i, i + 1);
            return;
        }
        if (victims.combinedCountNoun(i, tr.kind()) && i + 1 < n && lexicon.trigger(tokens.get(i + 1).text()) != null
                && lexicon.trigger(tokens.get(i + 1).text()).role() != Role.DUAL_COUNT_NOUN) {
            markUsed(i, i + 2);
            return;
        }
        Finding f = new Finding(tr.kind(), 2, false, null, i, i + 1, i);
        add(f, true);
        coordinated(f);
    }

    /** سقوط قتيل، وأصيب شهيد: one person, implicit; "قتيل وجريح" / "بين قتيل وجريح" is a combined toll. */
    private void singularCountNoun(int i, Trigger tr) {
        if (tr.plural() || tr.definite()) {
            return;
        }
        if (i > 0 && (tokens.get(i - 1).text().equals("بين") || tokens.get(i - 1).text().equals("وبين"))) {
            markUsed(i, Math.min(n, i + 2));
            return;
        }
        if (victims.combinedCountNoun(i, tr.kind())) {
            markUsed(i, Math.min(n, i + 2));
            return;
        }
        if (victims.isOneAt(i + 1)) {
            add(new Finding(tr.kind(), 1, false, null, i, i + 2, i + 1), true); // قتيل واحد
            return;
        }
        if (reportsOneVictim(i)) {
            add(new Finding(tr.kind(), 1, true, null, i, i + 1, i), true);
        }
    }

    /**
     * A bare singular count noun reports a victim after a verb of falling or causing (سقوط
     * قتيل، أوقع قتيلا، أرداه قتيلا) or as a headline's first word (قتيل و3 جرحى في ...); elsewhere
     * it is a title or a saying (الشهيد فلان، فهو شهيد).
     */
    private boolean reportsOneVictim(int i) {
        if (i == 0 || !layout.sameSentence(i - 1, i) || layout.clause[i - 1] != layout.clause[i]) {
            return true;
        }
        return FALL_VERBS.contains(tokens.get(i - 1).text()) && Gaps.softBefore(text, tokens, i);
    }


    // ---------------------------------------------------------------- coordination

    /** After a count: "و3 مدنيين" (same kind, adds up), "وطفلين", "بينهم 5 أطفال" (a sub-count). */
    private void coordinated(Finding head) {
        int k = head.end;
        boolean inSubcount = head.subcount;
        for (int round = 0; round < 3 && k < n && layout.sameSentence(head.anchor, k); round++) {
            String w = tokens.get(k).text();
            if (SUBCOUNT_CUES.contains(w) || (w.equals("من") && k + 1 < n && tokens.get(k + 1).text().equals("بينهم"))) {
                int m = w.equals("من") ? k + 2 : k + 1;
                VictimReader.Victims o = m < n ? victims.object(m, head.kind, true) : null;
                if (o == null) {
                    o = m < n ? victims.dualOnly(m) : null;
                }
                if (o == null || o.vague() || o.implicit()) {
                    return;
                }
                Finding f = new Finding(o.kind() != null ? o.kind() : head.kind, o.count(), false, o.qualifier(), k, o.end(),
                        o.anchor());
                f.subcount = true;
                f.group = head.group;
                add(f, false);
                inSubcount = true; // بينهم 4 نساء وطفلان: the parts go on
                k = o.end();
                continue;
            }
            if (!Gaps.softBefore(text, tokens, k)) {
                return;
            }
            int m;
            if (w.equals("و")) {
                m = k + 1;
                if (m >= n || !Gaps.softBefore(text, tokens, m)) {
                    return;
                }
            } else if (w.startsWith("و") && w.length() > 2) {
                m = k;
            } else {
                return;
            }
            if (lexicon.trigger(tokens.get(m).text()) != null) {
                return; // its own event word: وإصابة 10
            }
            Quantity q = QuantityParser.parse(text, tokens, m);
            VictimReader.Victims o = null;
            if (q != null && !q.isVague() && (m != k || q.number().conjoined() || q.qualifier() != null)) {
                int e = q.endToken();
                VictimReader.What after = victims.after(e);
                if (after == VictimReader.What.COUNT_NOUN) {
                    return; // و30 جريحا: read when the scan reaches it
                }
                if ((after == VictimReader.What.PERSON || after == VictimReader.What.OTHERS || after == VictimReader.What.OF)
                        && q.number().isInteger() && q.number().value() >= 1) {
                    int end = after == VictimReader.What.OF && tokens.get(e).text().equals("من") ? e + 2 : e + 1;
                    o = new VictimReader.Victims((int) q.number().value(), false, q.qualifier(), m, Math.min(end, n),
                            q.number().startToken(), null, false);
                }
            } else if (q == null) {
                PersonNouns.Form p = persons.lookup(tokens.get(m).text());
                if (p != null && p.number() == PersonNouns.Number.DUAL) {
                    o = new VictimReader.Victims(2, false, null, m, m + 1, m, null, false);
                } else if (p != null && p.number() == PersonNouns.Number.SINGULAR && !inSubcount
                        && !VictimReader.OTHER_WORDS.contains(p.singular()) && !head.implicit) {
                    // استشهاد 3 عسكريين ومدني: one more victim, no count written
                    Finding one = new Finding(head.kind, 1, true, null, k, m + 1, m);
                    one.group = head.group;
                    add(one, false);
                    k = m + 1;
                    continue;
                }
            }
            if (o == null) {
                return;
            }
            CasualtyKind kind = head.kind;
            if (head.kind == CasualtyKind.KILLED && o.end() < n && WOUND_WORDS.contains(tokens.get(o.end()).text())) {
                kind = CasualtyKind.INJURED; // و5 آخرين بجروح
            }
            Finding f = new Finding(kind, o.count(), false, o.qualifier(), k, o.end(), o.anchor());
            f.group = kind == head.kind ? head.group : nextGroup++;
            f.subcount = inSubcount && kind == head.kind;
            add(f, false);
            k = o.end();
        }
    }


    // ---------------------------------------------------------------- helpers








    /** The kind of the count a sub-count cue (بينهم، منهم، من بينهم) right before {@code i} refers to, or null. */
    private CasualtyKind subcountCueBefore(int i) {
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            int c = i - back;
            if (!Gaps.softBefore(text, tokens, c + 1) && back == 1) {
                return null;
            }
            if (SUBCOUNT_CUES.contains(tokens.get(c).text())) {
                Finding prev = lastFindingBefore(c);
                return prev == null ? null : prev.kind;
            }
        }
        return null;
    }

    /** بين القتلى 3 أطفال: the kind of the definite count noun right before {@code i}, or null. */
    private CasualtyKind countNounBefore(int i) {
        if (i < 2 || !Gaps.softBefore(text, tokens, i)) {
            return null;
        }
        String prep = tokens.get(i - 2).text();
        Trigger t = lexicon.trigger(tokens.get(i - 1).text());
        if (VictimReader.isCountNoun(t) && t.definite() && (prep.equals("بين") || prep.equals("ومن") || prep.equals("من")
                || prep.equals("وبين"))) {
            return t.kind();
        }
        return null;
    }

    /** The explicit count a sub-count cue at {@code c} refers to: one ending a few words before it. */
    private Finding lastFindingBefore(int c) {
        for (int k = findings.size() - 1; k >= 0; k--) {
            Finding f = findings.get(k);
            if (f.end <= c + 1 && f.end >= c - 6 && layout.sameSentence(f.anchor, c) && !f.implicit) {
                return f;
            }
        }
        return null;
    }






    /** Cheap pre-check before the quantity parser: digits, number words, hedges and vague words. */
    private static boolean mayStartQuantity(String t) {
        return QuantityParser.mayStart(t);
    }




    private void add(Finding f, boolean newGroup) {
        if (newGroup) {
            f.group = nextGroup++;
        }
        findings.add(f);
        markUsed(f.start, f.end);
    }

    private void markUsed(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(n, to); k++) {
            used[k] = true;
        }
    }
}
