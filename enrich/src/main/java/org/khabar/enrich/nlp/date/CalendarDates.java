package org.khabar.enrich.nlp.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.date.DateLexicon.Word;

/**
 * Dates with a month name, Gregorian (in every Arab naming system, alone or paired: 3 يناير/كانون
 * الثاني 2024) or Hijri (22 جمادى الآخرة 1445 هـ): day first (3 يناير، الثالث من يناير، ثلاثة
 * وعشرين مايو، 15 الجاري), month first (يناير 2020، أواخر ديسمبر، مارس الماضي، مايو ستة وعشرين)
 * and the relative month (الشهر الماضي، من 5 إلى 9 هذا الشهر). Days and years may be written in
 * words ({@link WrittenNumbers}).
 */
final class CalendarDates {
    private final TextView v;
    private final int n;


    /** A month name: its number, calendar, the tokens it spans and how sure it is to be a month. */
    record MonthRef(int month, boolean hijri, int start, int end, boolean ambiguous, boolean needsYear,
            boolean needsMadda, boolean madda) {
    }


    /** What may follow a month: a year (maybe with its calendar marker), a direction, or a relative year. */
    record Tail(int end, int year, boolean hijriMark, boolean gregorianMark, Direction direction,
            Integer yearOffset) {
        boolean anything() {
            return year > 0 || direction != Direction.NONE || yearOffset != null;
        }
    }

    CalendarDates(TextView view) {
        this.v = view;
        this.n = view.size();
    }

    Match dayLed(int i) {
        List<Integer> days = new ArrayList<>(2);
        int k;
        boolean ordinal;
        boolean first = false;
        int d = v.day(i);
        if (d > 0) {
            if (v.number(i - 1) >= 0 && ":/.,-".indexOf(v.mark(i)) >= 0) {
                return null; // the end of 10:30 or of a longer number
            }
            days.add(d);
            k = i + 1;
            while (k < n) {
                if ((v.is(k, "و") || v.is(k, "الي") || v.is(k, "حتي")) && v.day(k + 1) > 0 && v.blank(k + 1)) {
                    days.add(v.day(k + 1));
                    k += 2;
                } else if (v.mark(k) == '-' && v.day(k) > 0 && (v.kind(k + 1) != Kind.NONE || relativeMonthAt(k + 1))) {
                    days.add(v.day(k));
                    k++;
                } else {
                    break;
                }
            }
            ordinal = false;
        } else {
            WrittenNumbers.Day written;
            if (v.kind(i) == Kind.FIRST) {
                first = true; // أول يناير، غرة شوال
                written = new WrittenNumbers.Day(1, i + 1, true);
            } else {
                written = WrittenNumbers.day(v, i);
                if (written == null) {
                    return null;
                }
            }
            days.add(written.value());
            k = written.end();
            ordinal = written.ordinal();
        }
        boolean of = false;
        int monthAt = k;
        if (v.is(k, "من") && v.blank(k)) {
            of = true;
            k++;
        }
        // من 5 إلى 9 هذا الشهر، بين 5 و9 في الشهر المقبل: a range of days in a month counted from
        // publication. A single day needs من (قتل 4 في الشهر الماضي counts people).
        boolean range = !of && days.size() >= 2 && (v.stem(i - 1).equals("من") || v.stem(i - 1).equals("بين"));
        if (range && v.is(k, "في") && v.blank(k) && relativeMonthAt(k + 1)) {
            k++;
        }
        if (ordinal && !of && !first) {
            return null;
        }
        if (v.kind(k) == Kind.MONTH_WORD && v.stem(k).equals("شهر") && v.blank(k)) {
            k++;
        }
        MonthRef m = month(k);
        if (m == null) {
            if (of || range) {
                return dayOfRelativeMonth(i, k, days);
            }
            return !ordinal && k == monthAt ? dayOfImpliedMonth(i, k, days) : null;
        }
        if (!of && !ordinal && k == monthAt && " -/.".indexOf(v.mark(k)) < 0) {
            return null;
        }
        Tail t = tail(m.end(), m.hijri());
        if (m.hijri()) {
            if (m.needsYear() && t.year() == 0 && !t.hijriMark()) {
                return null;
            }
        } else if (m.needsMadda() && !m.madda() && t.year() == 0) {
            return null;
        }
        if (DateWords.nameHeadBefore(v, i) && t.year() == 0) {
            return Match.consumed(t.end());
        }
        t = planned(i, t);
        List<DateParse> out = new ArrayList<>(days.size());
        for (int day : days) {
            DateSpec spec = m.hijri() ? hijri(m.month(), day, t) : gregorian(m.month(), day, t);
            if (spec != null) {
                out.add(new DateParse(i, t.end(), spec, m.hijri()));
            }
        }
        return out.isEmpty() ? null : new Match(t.end(), out);
    }

    /**
     * A day or month with no year and no direction, in a clause about plans (ستجرى الانتخابات في 20
     * مارس), is the coming one rather than the last.
     */
    private Tail planned(int i, Tail t) {
        if (t.direction() != Direction.NONE || t.year() > 0 || t.yearOffset() != null
                || !DateWords.futureContext(v, i)) {
            return t;
        }
        return new Tail(t.end(), 0, false, false, Direction.UPCOMING, null);
    }

    /** True when token k starts الشهر الجاري/الماضي/المقبل، هذا الشهر، or في/من before one. */
    private boolean relativeMonthAt(int k) {
        if (v.is(k, "في") || v.is(k, "من")) {
            k++;
        }
        return (v.is(k, "الشهر") && v.direction(k + 1) != null) || (v.is(k, "هذا") && v.is(k + 1, "الشهر"));
    }

    /** 20 من الشهر الجاري، الخامس من هذا الشهر. */
    Match dayOfRelativeMonth(int start, int k, List<Integer> days) {
        int months;
        int end;
        if (v.stem(k).equals("الشهر") && v.direction(k + 1) != null && v.blank(k + 1)) {
            months = DateWords.offset(v.direction(k + 1));
            end = k + 2;
        } else if ((v.is(k, "هذا")) && v.is(k + 1, "الشهر")) {
            months = 0;
            end = k + 2;
        } else {
            return null;
        }
        List<DateParse> out = new ArrayList<>();
        for (int day : days) {
            out.add(new DateParse(start, end, new DateSpec.MonthOffset(months, day), false));
        }
        return new Match(end, out);
    }

    /**
     * "في 15 الجاري"، "حتى 30 الماضي": a day of the current, last or next month, the word الشهر left
     * out. Only the masculine forms: "الأيام 10 المقبلة" agrees with another noun.
     */
    Match dayOfImpliedMonth(int start, int k, List<Integer> days) {
        Kind before = v.kind(start - 1);
        boolean introduced = v.in(DateWords.MONTH_PREPOSITIONS, start - 1) || v.in(DateWords.DAY_INTRODUCERS, start - 1)
                || before == Kind.WEEKDAY || before == Kind.DAY_PART || before == Kind.LINK;
        if (!v.blank(k) || !introduced) {
            return null; // آيفون 7 المقبل
        }
        int months;
        switch (v.token(k)) {
            case "الجاري", "الحالي" -> months = 0;
            case "الماضي", "المنصرم", "الفائت" -> months = -1;
            case "المقبل", "القادم" -> months = 1;
            default -> {
                return null;
            }
        }
        List<DateParse> out = new ArrayList<>();
        for (int day : days) {
            out.add(new DateParse(start, k + 1, new DateSpec.MonthOffset(months, day), false));
        }
        return new Match(k + 1, out);
    }

    private DateSpec gregorian(int month, int day, Tail t) {
        if (t.year() > 0) {
            if (t.year() < 1000 || t.year() > 2100 || day > YearMonth.of(t.year(), month).lengthOfMonth()) {
                return null;
            }
            return new DateSpec.Fixed(DateValue.of(LocalDate.of(t.year(), month, day)));
        }
        if (t.yearOffset() != null) {
            return new DateSpec.YearOffset(t.yearOffset(), month, day);
        }
        if (day > YearMonth.of(2024, month).lengthOfMonth()) {
            return null; // 31 April; 29 February is checked once the year is known
        }
        return new DateSpec.DayOfMonth(month, day, t.direction(), null);
    }

    static DateSpec hijri(int month, int day, Tail t) {
        if (day > 30) {
            return null;
        }
        if (t.year() >= 1700) {
            return new DateSpec.Hijri(0, month, day, t.year(), Direction.NONE);
        }
        if (t.year() > 0) {
            return new DateSpec.Hijri(t.year(), month, day, 0, Direction.NONE);
        }
        return new DateSpec.Hijri(0, month, day, 0, t.direction());
    }

    /** A month name at k, with its equivalent in the other naming system if one follows (يناير/كانون الثاني). */
    MonthRef month(int k) {
        MonthRef m = singleMonth(k);
        if (m == null || m.hijri()) {
            return m;
        }
        int a = m.end();
        if (a < n && " /(-،,".indexOf(v.mark(a)) >= 0) {
            MonthRef alt = singleMonth(a);
            if (alt != null && !alt.hijri() && alt.month() == m.month()) {
                return new MonthRef(m.month(), false, k, alt.end(), false, false, false, true);
            }
        }
        return m;
    }

    private MonthRef singleMonth(int k) {
        Word w = v.word(k);
        if (w == null) {
            return null;
        }
        switch (w.kind()) {
            case MONTH:
                return new MonthRef(w.value(), false, k, k + 1, w.has(DateLexicon.AMBIGUOUS), false,
                        w.has(DateLexicon.NEEDS_MADDA), v.originalFirst(k) == 'آ');
            case MONTH_HEAD: {
                if (!v.blank(k + 1)) {
                    return null;
                }
                int which = firstOrSecond(v.stem(k + 1));
                if (which == 0) {
                    return null;
                }
                boolean kanun = v.stem(k).equals("كانون");
                int month = kanun ? (which == 1 ? 12 : 1) : (which == 1 ? 10 : 11);
                return new MonthRef(month, false, k, k + 2, false, false, false, true);
            }
            case HIJRI_MONTH:
                return new MonthRef(w.value(), true, k, k + 1, true, w.has(DateLexicon.NEEDS_YEAR), false, true);
            case HIJRI_HEAD: {
                if (!v.blank(k + 1)) {
                    return null;
                }
                String head = v.stem(k);
                String second = v.token(k + 1);
                int month = 0;
                if (head.equals("ربيع")) {
                    int which = firstOrSecond(second);
                    month = which == 0 ? 0 : 2 + which;
                } else if (head.equals("جمادي")) {
                    int which = firstOrSecond(second);
                    month = which == 0 ? 0 : 4 + which;
                } else if (second.equals("القعده")) {
                    month = 11;
                } else if (second.equals("الحجه")) {
                    month = 12;
                }
                return month == 0 ? null : new MonthRef(month, true, k, k + 2, false, false, false, true);
            }
            default:
                return null;
        }
    }

    /** 1 for الأول/الأولى, 2 for الثاني/الآخر/الآخرة/الثانية, else 0. */
    private static int firstOrSecond(String s) {
        return switch (s) {
            case "الاول", "اول", "الاولي", "اولي" -> 1;
            case "الثاني", "ثاني", "الاخر", "اخر", "الاخره", "اخره", "الثانيه", "ثانيه" -> 2;
            default -> 0;
        };
    }

    /** What follows a month: الماضي، 2024، عام 2024 م، من العام الماضي، 1445 هـ. */
    Tail tail(int j, boolean hijriMonth) {
        Tail none = new Tail(j, 0, false, false, Direction.NONE, null);
        if (j >= n) {
            return none;
        }
        Direction dir = v.direction(j);
        if (dir != null && (v.mark(j) == ' ' || v.mark(j) == ')')) {
            return new Tail(j + 1, 0, false, false, dir, null);
        }
        int p = j;
        boolean of = false;
        if (v.is(p, "من") && v.gapOf(p, ")")) {
            p++;
            of = true;
        }
        int year;
        WrittenNumbers.Year written;
        if (v.kind(p) == Kind.YEAR_WORD && (of ? v.blank(p) : v.gapOf(p, ",،)"))) {
            if (v.year(p + 1) > 0 && v.gapOf(p + 1, "(")) {
                year = v.year(p + 1);
                p += 2;
            } else if (v.blank(p + 1) && (written = WrittenNumbers.year(v, p + 1, WrittenNumbers.MIN_YEAR, true)) != null
                    && DateWords.yearEnds(v, written.end())) {
                year = written.value(); // من عام ألفين وعشرين
                p = written.end();
            } else if (v.stem(p).startsWith("ال") && v.direction(p + 1) != null && v.blank(p + 1)) {
                return new Tail(p + 2, 0, false, false, Direction.NONE, DateWords.offset(v.direction(p + 1)));
            } else {
                return none;
            }
        } else if (of && (v.is(p, "هذا") || v.is(p, "هذه")) && v.kind(p + 1) == Kind.YEAR_WORD) {
            return new Tail(p + 2, 0, false, false, Direction.NONE, 0);
        } else if (!of && v.year(p) > 0 && v.gapOf(p, ",،-/.()")) {
            year = v.year(p);
            p++;
        } else if (of && v.year(p) > 0 && v.blank(p) && DateWords.yearEnds(v, p + 1)) {
            year = v.year(p); // يناير من 2018
            p++;
        } else if ((of ? v.blank(p) : v.gapOf(p, ",،")) && !v.boundary(p)
                && (written = WrittenNumbers.year(v, p, WrittenNumbers.MIN_YEAR, false)) != null
                && DateWords.yearEnds(v, written.end())) {
            year = written.value(); // 9 مارس، ألفين وتسعة
            p = written.end();
        } else if (!of && hijriMonth && v.number(p) > 0 && v.kind(p + 1) == Kind.HIJRI_MARK && v.blank(p)) {
            year = v.number(p); // 10 محرم 61 هـ: early Hijri years are short
            p++;
        } else {
            return none;
        }
        boolean hijriMark = false;
        boolean gregorianMark = false;
        if (v.kind(p) == Kind.HIJRI_MARK && v.gapOf(p, ")")) {
            hijriMark = true;
            p++;
        } else if (v.kind(p) == Kind.GREGORIAN_MARK && v.gapOf(p, ")")) {
            gregorianMark = true;
            p++;
        }
        if (!hijriMonth && hijriMark) {
            return none;
        }
        return new Tail(p, year, hijriMark, gregorianMark, Direction.NONE, null);
    }




    Match monthLed(int i) {
        int k = i;
        boolean modifier = false;
        if (v.kind(k) == Kind.PERIOD) {
            modifier = true;
            k++;
            if (!v.blank(k)) {
                return null;
            }
        }
        boolean monthWord = false;
        if (v.kind(k) == Kind.MONTH_WORD) {
            if (v.stem(k).equals("الشهر")) {
                Direction d = v.direction(k + 1);
                if (modifier && d == null && !(v.blank(k + 1) && v.token(k + 1).startsWith("ال"))) {
                    return Match.of(i, k + 1, new DateSpec.MonthOffset(0, 0), false); // مطلع الشهر
                }
                if (d == null || !v.blank(k + 1)) {
                    return null;
                }
                if (!modifier && DateWords.durationBefore(v, i)) {
                    return Match.consumed(k + 2);
                }
                return Match.of(i, k + 2, new DateSpec.MonthOffset(DateWords.offset(d), 0), false);
            }
            monthWord = true;
            k++;
        }
        if (modifier && (v.is(k, "هذا") || v.is(k, "هذه")) && v.is(k + 1, "الشهر")) {
            return Match.of(i, k + 2, new DateSpec.MonthOffset(0, 0), false);
        }
        MonthRef m = month(k);
        if (m == null) {
            return null;
        }
        Tail t = tail(m.end(), m.hijri());
        if (!t.anything() && v.token(m.end()).startsWith("و")) {
            // بين ديسمبر ويناير المقبلين: a dual direction after the second month covers both
            MonthRef next = month(m.end());
            Direction shared = next == null ? null : v.direction(next.end());
            if (shared != null && shared != Direction.CURRENT && next.hijri() == m.hijri()) {
                t = new Tail(t.end(), 0, false, false, shared, null);
            }
        }
        if (!m.hijri() && !t.anything() && !modifier) {
            Match dayAfter = monthThenDay(i, m);
            if (dayAfter != null) {
                return dayAfter;
            }
        }
        if (m.hijri()) {
            if (!t.anything() || (m.needsYear() && t.year() == 0)) {
                return null;
            }
        } else {
            boolean anchored = modifier || monthWord || t.anything() || DateWords.monthPrepositionBefore(v, i);
            if (m.ambiguous() && !anchored) {
                return null;
            }
            if (m.needsMadda() && !m.madda() && t.year() == 0 && !monthWord) {
                return null;
            }
        }
        if (DateWords.nameHeadBefore(v, i) && t.year() == 0) {
            return Match.consumed(t.end());
        }
        t = planned(i, t);
        DateSpec spec;
        if (m.hijri()) {
            if (t.year() >= 1700) {
                spec = new DateSpec.Hijri(0, m.month(), 0, t.year(), Direction.NONE);
            } else if (t.year() > 0) {
                spec = new DateSpec.Hijri(t.year(), m.month(), 0, 0, Direction.NONE);
            } else {
                spec = new DateSpec.Hijri(0, m.month(), 0, 0, t.direction());
            }
        } else if (t.year() > 0) {
            if (t.year() < 1000 || t.year() > 2100) {
                return Match.consumed(t.end());
            }
            spec = new DateSpec.Fixed(DateValue.of(YearMonth.of(t.year(), m.month())));
        } else if (t.yearOffset() != null) {
            spec = new DateSpec.YearOffset(t.yearOffset(), m.month(), 0);
        } else {
            spec = new DateSpec.MonthOfYear(m.month(), t.direction());
        }
        return Match.of(i, t.end(), spec, m.hijri());
    }

    /**
     * The English-style order, month then day: "أكتوبر/ 2"، "يناير-1"، "مايو ستة وعشرين"، "أكتوبر
     * الحادي عشر، 2021"، "مارس الخامس عشر من ألف وتسعمائة وستين", only when a
     * year or nothing but punctuation follows; and a month then a range of its days (شهر مارس بين
     * 3 و5).
     */
    Match monthThenDay(int i, MonthRef m) {
        int d = m.end();
        if (" -/".indexOf(v.mark(d)) < 0 || m.ambiguous() || m.needsMadda()) {
            return null;
        }
        if ((v.is(d, "بين") || v.is(d, "من")) && v.day(d + 1) > 0) {
            return monthThenDays(i, m, d);
        }
        int day;
        int e;
        if (v.day(d) > 0) {
            day = v.day(d);
            e = d + 1;
        } else {
            WrittenNumbers.Day written = WrittenNumbers.day(v, d);
            if (written == null || (written.ordinal() && v.mark(d) != ' ')) {
                return null;
            }
            day = written.value();
            e = written.end();
        }
        Tail t = new Tail(e, 0, false, false, Direction.NONE, null);
        Tail year = e < n && ",، ".indexOf(v.mark(e)) >= 0 ? tail(e, false) : t;
        if (year.year() > 0) {
            t = year;
        } else if (e < n && !v.boundary(e) && ",،)".indexOf(v.mark(e)) < 0) {
            return null;
        }
        DateSpec spec = gregorian(m.month(), day, t);
        return spec == null ? null : Match.of(i, t.end(), spec, false);
    }

    /** مارس بين 3 و5، أكتوبر من 2 إلى 5: days of the month just named. */
    private Match monthThenDays(int i, MonthRef m, int d) {
        int a = v.day(d + 1);
        String link = v.token(d + 2);
        boolean joined = v.is(d, "بين") ? link.equals("و") : link.equals("الي") || link.equals("حتي");
        if (!joined || v.day(d + 3) < 0 || !v.blank(d + 3) || v.day(d + 3) <= a) {
            return null;
        }
        int e = d + 4;
        if (e < n && !v.boundary(e) && ",،)".indexOf(v.mark(e)) < 0) {
            return null;
        }
        Tail t = new Tail(e, 0, false, false, Direction.NONE, null);
        List<DateParse> out = new ArrayList<>(2);
        for (int day : List.of(a, v.day(d + 3))) {
            DateSpec spec = gregorian(m.month(), day, t);
            if (spec != null) {
                out.add(new DateParse(i, e, spec, false));
            }
        }
        return out.isEmpty() ? null : new Match(e, out);
    }
}
