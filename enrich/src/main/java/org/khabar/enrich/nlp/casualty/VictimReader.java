package org.khabar.enrich.nlp.casualty;

import java.util.List;
import java.util.Set;
import org.khabar.enrich.nlp.casualty.Trigger.Role;
import org.khabar.enrich.nlp.number.Gaps;
import org.khabar.enrich.nlp.number.NumberParser;
import org.khabar.enrich.nlp.number.ParsedNumber;
import org.khabar.enrich.nlp.number.Qualifier;
import org.khabar.enrich.nlp.number.Qualifiers;
import org.khabar.enrich.nlp.number.Quantity;
import org.khabar.enrich.nlp.number.QuantityParser;
import org.khabar.enrich.nlp.text.Token;
import org.khabar.model.CasualtyKind;

/**
 * Reads the words around a casualty word in one article: who the victims after an event word
 * are (a hedged number and its noun, a dual, a plural with its number, one named person), what
 * a number counts (people, a count noun, something else), and the signs that a count is not a
 * casualty figure (a combined toll, a percentage, a time or date, an illness).
 */
final class VictimReader {
    static final Set<String> OF_WORDS = Words.of("من", "منهم", "منهن", "منها");
    static final Set<String> OTHER_WORDS = Words.of("اخر", "اخرين", "اخرون", "اخري", "اخريات", "اخرا");
    private static final Set<String> DISEASE_WORDS = Words.of("بفيروس", "بكورونا", "بكوفيد", "بالكوليرا", "بالفيروس",
            "بالسرطان", "بمرض", "بالمرض", "بالحصبه", "بالانفلونزا", "بالملاريا", "بالايدز", "بالسكري", "بالوباء",
            "بعدوي", "بالعدوي", "بالتهاب", "بسرطان", "بامراض", "بالحمي", "بحمي", "بالجدري", "بانفلونزا", "بالزهايمر");
    static final Set<String> AND_WITH = Words.of("مع", "ومع");
    private static final Set<String> PERCENT_WORDS = Words.of("بالمئة", "بالمائة", "بالمية", "بالمائه", "بالمئه");
    private static final Set<String> HUNDRED = Words.of("المئة", "المائة", "المية");

    private final CharSequence text;
    private final List<Token> tokens;
    private final CasualtyLexicon lexicon;
    private final PersonNouns persons;
    private final int n;

    VictimReader(CharSequence text, List<Token> tokens, CasualtyLexicon lexicon, PersonNouns persons) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.persons = persons;
        this.n = tokens.size();
    }

    /** مع حارس آخر / مع مرافقه: two people, neither counted with a number. */
    Victims withAnother(int s, CasualtyKind kind) {
        int m = s + 1;
        if (m >= n || !Gaps.softBefore(text, tokens, m)) {
            return null;
        }
        PersonNouns.Form p = persons.lookup(tokens.get(m).text());
        if (p == null || p.number() != PersonNouns.Number.SINGULAR) {
            return null;
        }
        if (p.suffixed()) {
            return new Victims(2, true, null, s, m + 1, m, null, false);
        }
        if (m + 1 < n && Gaps.softBefore(text, tokens, m + 1) && OTHER_WORDS.contains(tokens.get(m + 1).text())) {
            return new Victims(2, true, null, s, m + 2, m, null, false);
        }
        return null;
    }

    /** The victims of an event word starting at token {@code j}. */
    record Victims(int count, boolean implicit, Qualifier qualifier, int start, int end, int anchor,
                       CasualtyKind kind, boolean vague) {
    }

    /**
     * Reads the victims at {@code j}: hedge + number + noun, dual noun, plural noun + number,
     * vague quantity, or (implicitly, unless strict) a singular noun.
     *
     * @param strict the count was not right after the event word, so it must be followed by a
     *               noun that counts people (or من) to be believed
     */
    Victims object(int j, CasualtyKind kind, boolean strict) {
        if (j >= n || !Gaps.softBefore(text, tokens, j)) {
            return null;
        }
        int at = j;
        if (tokens.get(at).text().equals("ال") && at + 1 < n && Gaps.softBefore(text, tokens, at + 1)
                && tokens.get(at + 1).isNumber()) {
            at++; // مقتل الـ 5
        }
        Quantity q = QuantityParser.parse(text, tokens, at);
        if (q != null && (q.number() == null || !q.number().conjoined())) {
            return quantityObject(j, q, kind, strict);
        }
        Token t = tokens.get(j);
        PersonNouns.Form p = persons.lookup(t.text());
        if (p == null) {
            return null;
        }
        switch (p.number()) {
            case DUAL -> {
                return new Victims(2, false, trailingQualifier(j + 1), j, afterTrailing(j + 1), j, null, false);
            }
            case PLURAL, PLURAL_OR_DUAL -> {
                // فلسطينيين اثنين، الجنود الثلاثة
                int k = j + 1;
                if (k < n && Gaps.spaceOnlyBefore(text, tokens, k)) {
                    ParsedNumber num = NumberParser.parse(text, tokens, k, true);
                    if (num != null && !num.conjoined() && num.isInteger() && num.value() >= 2
                            && num.form() == ParsedNumber.Form.WORDS) {
                        return new Victims((int) num.value(), false, null, j, num.endToken(), k, null, false);
                    }
                }
                return null;
            }
            case SINGULAR -> {
                if (strict) {
                    return null;
                }
                if (isOneAt(j + 1)) {
                    return new Victims(1, false, null, j, j + 2, j + 1, null, false); // شخص واحد
                }
                // مقتل جندي؛ قُتل قيادي عسكري وعنصر: one, or two coordinated singulars
                int count = 1;
                int end = j + 1;
                for (int m = j + 1; m < n && m <= j + 5; m++) {
                    if (!Gaps.softBefore(text, tokens, m) || tokens.get(m).isNumber()
                            || lexicon.trigger(tokens.get(m).text()) != null) {
                        break;
                    }
                    String w = tokens.get(m).text();
                    if (w.startsWith("و") && w.length() > 3) {
                        PersonNouns.Form other = persons.lookup(w);
                        if (other != null && other.number() == PersonNouns.Number.SINGULAR
                                && !OTHER_WORDS.contains(w.substring(1))) {
                            count = 2;
                            end = m + 1;
                        }
                        break;
                    }
                    if (AND_WITH.contains(w)) {
                        Victims with = withAnother(m, kind);
                        if (with != null) {
                            count = 2;
                            end = with.end;
                        }
                        break;
                    }
                }
                return new Victims(count, true, null, j, end, j, null, false);
            }
            default -> {
                return null;
            }
        }
    }

    Victims quantityObject(int j, Quantity q, CasualtyKind kind, boolean strict) {
        int k = q.endToken();
        if (q.isVague()) {
            int end = k < n && Gaps.softBefore(text, tokens, k) && isPersonOrCountNoun(k) ? k + 1 : k;
            return new Victims(0, false, null, j, end, q.numberStartToken(), null, true);
        }
        ParsedNumber num = q.number();
        if (!num.isInteger() || num.value() < 1 || num.value() > 5_000_000 || timeOrDateAround(num)) {
            return null;
        }
        What after = after(k);
        switch (after) {
            case NON_PERSON, PERCENT -> {
                return null;
            }
            case COUNT_NOUN -> {
                Trigger t = lexicon.trigger(tokens.get(k).text());
                if (combinedCountNoun(k, t.kind())) {
                    return new Victims(0, false, null, j, k + 1, num.startToken(), null, true);
                }
                return new Victims((int) num.value(), false, qualifier(q, k + 1), j, afterTrailing(k + 1),
                        num.startToken(), t.kind(), false);
            }
            case PERSON, OTHERS -> {
                int end = k + 1;
                if (betweenKilledAndInjured(end)) {
                    return new Victims(0, false, null, j, end, num.startToken(), null, true);
                }
                return new Victims((int) num.value(), false, qualifier(q, end), j, afterTrailing(end), num.startToken(),
                        null, false);
            }
            case OF -> {
                int end = k + 1;
                if (tokens.get(k).text().equals("من") && end < n && Gaps.softBefore(text, tokens, end)) {
                    end++; // 3 من جنودها
                }
                return new Victims((int) num.value(), false, q.qualifier(), j, end, num.startToken(), null, false);
            }
            default -> {
                if (strict || isYear(num)) {
                    return null;
                }
                return new Victims((int) num.value(), false, qualifier(q, k), j, afterTrailing(k), num.startToken(),
                        null, false);
            }
        }
    }

    /** واحد/واحدة right after a noun: "one" written out, an explicit count. */
    boolean isOneAt(int k) {
        if (k >= n || !Gaps.spaceOnlyBefore(text, tokens, k)) {
            return false;
        }
        String w = tokens.get(k).text();
        return w.equals("واحد") || w.equals("واحده") || w.equals("واحدا");
    }

    Victims dualOnly(int m) {
        PersonNouns.Form p = persons.lookup(tokens.get(m).text());
        if (p != null && p.number() == PersonNouns.Number.DUAL) {
            return new Victims(2, false, null, m, m + 1, m, null, false);
        }
        return null;
    }

    enum What {
        PERSON, OTHERS, OF, COUNT_NOUN, NON_PERSON, PERCENT, OTHER
    }


    /** What follows a number ending before token {@code k}. */
    What after(int k) {
        if (k > 0 && Gaps.percentAfter(text, tokens, k - 1)) {
            return What.PERCENT;
        }
        if (k >= n || !Gaps.softBefore(text, tokens, k)) {
            return What.OTHER;
        }
        String t = tokens.get(k).text();
        if (PERCENT_WORDS.contains(t) || (t.equals("في") && k + 1 < n && HUNDRED.contains(tokens.get(k + 1).text()))) {
            return What.PERCENT;
        }
        Trigger tr = lexicon.trigger(t);
        if (isCountNoun(tr) && !tr.definite() && !conjoinedWord(t)) {
            return What.COUNT_NOUN;
        }
        if (lexicon.isNonPersonNoun(t)) {
            return What.NON_PERSON;
        }
        if (OF_WORDS.contains(t)) {
            return What.OF;
        }
        if (OTHER_WORDS.contains(t)) {
            return What.OTHERS;
        }
        if (persons.lookup(t) != null || (t.length() >= 5 && t.endsWith("يا") && !t.startsWith("ال"))) {
            return What.PERSON; // listed nouns, and nisba adjectives as nouns: 40 طالبانيا
        }
        return What.OTHER;
    }

    static boolean isCountNoun(Trigger t) {
        return t != null && (t.role() == Role.COUNT_NOUN || t.role() == Role.EVENT_AND_COUNT_NOUN);
    }

    boolean isPersonOrCountNoun(int k) {
        return persons.lookup(tokens.get(k).text()) != null || isCountNoun(lexicon.trigger(tokens.get(k).text()));
    }

    /** قتيل وجريح، قتلى وجرحى، قتيلا وجريحا: the count noun at {@code k} coordinated with one of the other kind. */
    boolean combinedCountNoun(int k, CasualtyKind kind) {
        int m = k + 1;
        if (m >= n || !Gaps.softBefore(text, tokens, m)) {
            return false;
        }
        String w = tokens.get(m).text();
        Trigger other;
        if (w.equals("و") && m + 1 < n) {
            other = lexicon.trigger(tokens.get(m + 1).text());
        } else if (w.startsWith("و")) {
            other = lexicon.trigger(w);
        } else {
            return false;
        }
        return other != null && other.kind() != kind
                && (isCountNoun(other) || other.role() == Role.DUAL_COUNT_NOUN);
    }

    /** بين قتيل وجريح / ما بين قتيل وجريح after a counted noun. */
    boolean betweenKilledAndInjured(int m) {
        int k = m;
        if (k < n && tokens.get(k).text().equals("ما")) {
            k++;
        }
        if (k + 1 >= n || !(tokens.get(k).text().equals("بين") || tokens.get(k).text().equals("ما بين"))) {
            return false;
        }
        Trigger first = lexicon.trigger(tokens.get(k + 1).text());
        return first != null && (isCountNoun(first) || first.role() == Role.DUAL_COUNT_NOUN);
    }

    /** أصيب 5 أشخاص بفيروس كورونا: illness, not violence. */
    boolean disease(int k) {
        for (int m = k; m < n && m <= k + 3; m++) {
            if (DISEASE_WORDS.contains(tokens.get(m).text())) {
                return true;
            }
        }
        return false;
    }

    /** A number that is part of a time (9:30) or a date (5/17/2018): punctuation glues it to another number. */
    boolean timeOrDateAround(ParsedNumber num) {
        int s = num.startToken();
        int e = num.endToken() - 1;
        if (s > 0 && tokens.get(s - 1).isNumber() && glued(tokens.get(s - 1).end(), tokens.get(s).start())) {
            return true;
        }
        return e + 1 < n && tokens.get(e + 1).isNumber() && glued(tokens.get(e).end(), tokens.get(e + 1).start());
    }

    boolean glued(int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ':' || c == '/' || c == '-' || c == '.';
    }

    /** True for a word carrying the conjunction و/ف in front of a word the lexicon knows bare. */
    boolean conjoinedWord(String w) {
        return (w.startsWith("و") || w.startsWith("ف")) && w.length() > 3 && lexicon.trigger(w.substring(1)) != null;
    }

    static boolean isYear(ParsedNumber num) {
        return num.form() == ParsedNumber.Form.DIGITS && num.value() >= 1900 && num.value() <= 2100
                && num.length() == 1;
    }

    Qualifier qualifier(Quantity q, int end) {
        if (q.qualifier() != null) {
            return q.qualifier();
        }
        return trailingQualifier(end);
    }

    Qualifier trailingQualifier(int end) {
        return end < n && Gaps.softBefore(text, tokens, end) ? Qualifiers.after(text, tokens, end) : null;
    }

    int afterTrailing(int end) {
        Qualifier q = trailingQualifier(end);
        return q == null ? end : q.endToken();
    }
}
