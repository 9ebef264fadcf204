package org.khabar.enrich.nlp.date;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;

/**
 * Years: عام 2014، نهاية العام 2021، عامي 2014 و2017، في 2014، (1948)، 2014م، 2010-2015, in words
 * (عام ألفين وعشرين، في ألفين وعشرين), and the relative year (العام الماضي، هذا العام). A Hijri
 * year alone is consumed without a value: it spans two Gregorian years.
 */
final class YearPhrases {
    private final TextView v;
    private final int n;

    YearPhrases(TextView view) {
        this.v = view;
        this.n = view.size();
    }

    Match yearLed(int i) {
        int k = i;
        boolean modifier = false;
        if (v.kind(k) == Kind.PERIOD) {
            modifier = true;
            k++;
            if (!v.blank(k)) {
                return null;
            }
            if ((v.is(k, "هذا") || v.is(k, "هذه")) && DateWords.isDefiniteYearWord(v, k + 1)) {
                return Match.of(i, k + 2, new DateSpec.YearOffset(0, 0, 0), false);
            }
        }
        if (v.kind(k) != Kind.YEAR_WORD) {
            return null;
        }
        if (v.year(k + 1) > 0 && v.gapOf(k + 1, "(")) {
            return explicitYears(i, k + 1);
        }
        Match written = shortOrWrittenYear(i, k + 1);
        if (written != null) {
            return written;
        }
        Direction d = v.direction(k + 1);
        if (modifier && DateWords.isDefiniteYearWord(v, k) && d == null && !(v.blank(k + 1) && v.token(k + 1).startsWith("ال"))) {
            return Match.of(i, k + 1, new DateSpec.YearOffset(0, 0, 0), false); // منذ مطلع العام
        }
        if (DateWords.isDefiniteYearWord(v, k) && d != null && v.blank(k + 1)) {
            if (!modifier) {
                if (i > 0 && v.blank(i) && v.in(DateWords.GENERAL_NOUNS, i - 1)) {
                    return null; // الأمين العام الحالي: the adjective "general"
                }
                if (DateWords.durationBefore(v, i)) {
                    return Match.consumed(k + 2);
                }
            }
            return Match.of(i, k + 2, new DateSpec.YearOffset(DateWords.offset(d), 0, 0), false);
        }
        return null;
    }


    /**
     * A year after عام/سنة at p that is not four digits: three digits (عام 875) or words (عام ألفين
     * وعشرين، عام ثلاثمائة وخمسة، and the English-style عام تسعة عشر خمسة وستون). Unmarked, such a
     * year is taken as Gregorian, except 1300-1500 (a Hijri year, as for digits); with هـ it is
     * consumed without a value. Two digits (عام 67) are left alone.
     */
    private Match shortOrWrittenYear(int start, int p) {
        if (!v.blank(p)) {
            return null;
        }
        int year;
        int e;
        if (v.number(p) >= 100 && v.token(p).length() == 3) {
            year = v.number(p);
            e = p + 1;
        } else {
            WrittenNumbers.Year w = WrittenNumbers.year(v, p, 100, true);
            if (w == null) {
                return null;
            }
            year = w.value();
            e = w.end();
        }
        if (!DateWords.yearEnds(v, e)) {
            return null; // عام 300 عامل
        }
        if (v.kind(e) == Kind.HIJRI_MARK && v.gapOf(e, ")")) {
            return Match.consumed(e + 1);
        }
        boolean gregorianMark = v.kind(e) == Kind.GREGORIAN_MARK && v.gapOf(e, ")");
        if (gregorianMark) {
            e++;
        }
        if (!gregorianMark && year >= 1300 && year <= 1500) {
            return Match.consumed(e);
        }
        return Match.of(start, e, new DateSpec.Fixed(DateValue.ofYear(year)), false);
    }

    /** Years after عام/سنة at p: one, or a list (عامي 2014 و2017، بين عامي 2014 - 2016). */
    Match explicitYears(int start, int p) {
        int y = v.year(p);
        int e = p + 1;
        if (v.kind(e) == Kind.HIJRI_MARK && v.gapOf(e, ")")) {
            return Match.consumed(e + 1); // a Hijri year alone spans two Gregorian years
        }
        boolean gregorianMark = false;
        if (v.kind(e) == Kind.GREGORIAN_MARK && v.gapOf(e, ")")) {
            gregorianMark = true;
            e++;
        }
        if (y < 1000 || y > 2100 || (!gregorianMark && y >= 1300 && y <= 1500)) {
            // 1300-1500 with no م marker is a Hijri year written without هـ (Saudi usage)
            return Match.consumed(e);
        }
        List<DateParse> out = new ArrayList<>(2);
        List<Integer> years = new ArrayList<>(2);
        years.add(y);
        while (e < n) {
            if ((v.is(e, "و") || v.is(e, "الي") || v.is(e, "حتي")) && v.year(e + 1) >= 1000 && v.blank(e + 1)) {
                years.add(v.year(e + 1));
                e += 2;
            } else if (v.mark(e) == '-' && v.year(e) >= 1000) {
                years.add(v.year(e));
                e++;
            } else {
                break;
            }
        }
        for (int year : years) {
            if (year >= 1000 && year <= 2100) {
                out.add(new DateParse(start, e, new DateSpec.Fixed(DateValue.ofYear(year)), false));
            }
        }
        return new Match(e, out);
    }

    /** في 2014، منذ 2003، (1948), 2014م. */
    Match bareYear(int i) {
        int y = v.year(i);
        if (y < 1900 || y > 2100) {
            return null;
        }
        String prev = v.stem(i - 1);
        boolean prep = v.blank(i) && v.in(DateWords.YEAR_PREPOSITIONS, i - 1);
        boolean range = v.blank(i) && (prev.equals("من") || prev.equals("بين")) && rangeAfter(i + 1);
        boolean paren = v.mark(i) == '(' && v.gap(i + 1).trim().startsWith(")");
        // 2010-2015: a span of years needs no preposition, but nothing it could count may follow
        boolean dashed = v.mark(i + 1) == '-' && v.year(i + 1) > y && v.year(i + 1) - y < 100
                && v.year(i + 1) <= 2100 && v.number(i + 2) < 0 && DateWords.yearEnds(v, i + 2);
        int e = i + 1;
        boolean marker = v.kind(e) == Kind.GREGORIAN_MARK && v.gapOf(e, "");
        if (marker) {
            e++;
        }
        if (!prep && !paren && !marker && !range && !dashed) {
            return null;
        }
        if (!paren && !marker && e < n && v.blank(e) && !DateWords.AFTER_YEAR.contains(v.token(e)) && !rangeAfter(e)
                && !(v.token(e).startsWith("و") && v.token(e).length() > 3)) {
            return null; // في 2500 جندي: the number counts something
        }
        int start = v.kind(i - 1) == Kind.PERIOD && v.blank(i) ? i - 1 : i;
        List<Integer> years = new ArrayList<>(2);
        years.add(y);
        while (rangeAfter(e)) {
            int at = v.year(e) > 0 ? e : e + 1;
            years.add(v.year(at));
            e = at + 1;
        }
        List<DateParse> out = new ArrayList<>(years.size());
        for (int year : years) {
            out.add(new DateParse(start, e, new DateSpec.Fixed(DateValue.ofYear(year)), false));
        }
        return new Match(e, out);
    }

    /**
     * Years in words after a preposition, under the rules for digits (1900-2100, ending the phrase):
     * في ألفين وعشرين، من ألفين إلى ألفين وخمسة.
     */
    Match bareWrittenYear(int i) {
        String prev = v.stem(i - 1);
        boolean prep = v.in(DateWords.YEAR_PREPOSITIONS, i - 1);
        if (!v.blank(i) || (!prep && !prev.equals("من") && !prev.equals("بين"))) {
            return null;
        }
        WrittenNumbers.Year first = WrittenNumbers.year(v, i, 1900, false);
        if (first == null) {
            return null;
        }
        List<Integer> years = new ArrayList<>(2);
        years.add(first.value());
        int e = first.end();
        if ((v.is(e, "الي") || v.is(e, "حتي") || v.is(e, "و")) && v.blank(e + 1)) {
            WrittenNumbers.Year last = WrittenNumbers.year(v, e + 1, 1900, false);
            if (last != null && last.value() > first.value()) {
                years.add(last.value());
                e = last.end();
            }
        }
        if ((years.size() == 1 && !prep) || !DateWords.yearEnds(v, e)) {
            return null;
        }
        List<DateParse> out = new ArrayList<>(years.size());
        for (int year : years) {
            out.add(new DateParse(i, e, new DateSpec.Fixed(DateValue.ofYear(year)), false));
        }
        return new Match(e, out);
    }

    /** True when token e continues a year range: و2017، - 2017، إلى 2017. */
    private boolean rangeAfter(int e) {
        if (e >= n) {
            return false;
        }
        if (v.mark(e) == '-' && v.year(e) >= 1900 && v.year(e) <= 2100) {
            return true;
        }
        return (v.is(e, "و") || v.is(e, "الي") || v.is(e, "حتي")) && v.blank(e + 1)
                && v.year(e + 1) >= 1900 && v.year(e + 1) <= 2100;
    }
}
