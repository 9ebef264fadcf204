package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.date.DateLexicon.Word;

/**
 * Weekdays: alone (الخميس: the last one on or before publication), with a direction (الخميس
 * الماضي، الجمعة المقبلة), a week (الجمعة من الأسبوع المقبل), an explicit date that then gives the
 * value (الخميس (8 شباط 2024)), or as the nth of a month (أول جمعة من رمضان).
 */
final class WeekdayPhrases {
    private final TextView v;
    private final int n;
    private final NumericDates numeric;
    private final CalendarDates calendar;

    WeekdayPhrases(TextView view, NumericDates numeric, CalendarDates calendar) {
        this.v = view;
        this.n = view.size();
        this.numeric = numeric;
        this.calendar = calendar;
    }

    Match weekdayLed(int i) {
        DayOfWeek dow = DayOfWeek.of(v.word(i).value());
        if (dow == DayOfWeek.MONDAY && meansBoth(i)) {
            return null;
        }
        int k = i + 1;
        Direction dir = Direction.NONE;
        Direction d = v.direction(k);
        if (d != null && d != Direction.CURRENT && v.blank(k)) {
            dir = d;
            k++;
        } else if (v.kind(k) == Kind.WEEKDAY && v.token(k).startsWith("و") && v.direction(k + 1) != null
                && v.direction(k + 1) != Direction.CURRENT) {
            dir = v.direction(k + 1); // يومي الأحد والاثنين المقبلين
        }
        Integer week = null;
        int q = v.is(k, "من") && v.blank(k) ? k + 1 : k;
        if (v.is(q, "الاسبوع") && v.direction(q + 1) != null) {
            week = DateWords.offset(v.direction(q + 1));
            k = q + 2;
        } else if (v.is(q, "هذا") && v.is(q + 1, "الاسبوع")) {
            week = 0;
            k = q + 2;
        }
        Match explicit = explicitAfter(k, dow);
        if (explicit != null) {
            return explicit.from(i);
        }
        if (week == null && dir == Direction.NONE) {
            Match nth = nthOfMonth(i, k, dow, ordinalAdjective(v.token(k)));
            if (nth != null) {
                return nth;
            }
            if (v.day(k) > 0 && v.blank(k) && (k + 1 >= n || v.boundary(k + 1) || ",،)".indexOf(v.mark(k + 1)) >= 0)) {
                return Match.of(i, k + 1, new DateSpec.WeekdayAndDay(dow, v.day(k)), false);
            }
        }
        WeekdayMode mode;
        if (week != null) {
            mode = WeekdayMode.IN_WEEK;
        } else if (dir == Direction.PAST) {
            mode = WeekdayMode.BEFORE;
        } else if (dir == Direction.FUTURE) {
            mode = WeekdayMode.AFTER;
        } else {
            mode = DateWords.futureContext(v, i) ? WeekdayMode.ON_OR_AFTER : WeekdayMode.ON_OR_BEFORE;
        }
        return Match.of(i, k, new DateSpec.Weekday(dow, mode, week == null ? 0 : week), false);
    }

    /** الجمعة الأولى، الخميس الأخير: 1-5, -1 for the last, 0 when not an ordinal adjective. */
    private static int ordinalAdjective(String t) {
        return switch (t) {
            case "الاولي", "الاول" -> 1;
            case "الثانيه", "الثاني" -> 2;
            case "الثالثه", "الثالث" -> 3;
            case "الرابعه", "الرابع" -> 4;
            case "الخامسه", "الخامس" -> 5;
            case "الاخيره", "الاخير" -> -1;
            default -> 0;
        };
    }

    /** أول جمعة من رمضان، آخر خميس من الشهر الماضي، ثالث يوم أحد في أكتوبر. */
    Match nthWeekday(int i) {
        int nth = switch (v.stem(i)) {
            case "اول" -> 1;
            case "ثاني" -> 2;
            case "ثالث" -> 3;
            case "رابع" -> 4;
            case "خامس" -> 5;
            case "اخر" -> -1;
            default -> 0;
        };
        int k = i + 1;
        if (v.is(k, "يوم")) {
            k++;
        }
        DayOfWeek dow = switch (v.token(k)) {
            case "جمعه" -> DayOfWeek.FRIDAY;
            case "خميس" -> DayOfWeek.THURSDAY;
            case "اربعاء" -> DayOfWeek.WEDNESDAY;
            case "ثلاثاء" -> DayOfWeek.TUESDAY;
            case "اثنين" -> DayOfWeek.MONDAY;
            case "احد" -> DayOfWeek.SUNDAY;
            case "سبت" -> DayOfWeek.SATURDAY;
            default -> null;
        };
        return nth == 0 || dow == null ? null : nthOfMonth(i, k, dow, nth);
    }

    /** The month part of an nth-weekday phrase at k (an ordinal at k when {@code nth} came from there). */
    Match nthOfMonth(int start, int k, DayOfWeek dow, int nth) {
        if (nth == 0) {
            return null;
        }
        int p = k + 1;
        if (!v.is(p, "من") && !v.is(p, "في")) {
            return null;
        }
        p++;
        if (v.is(p, "شهر")) {
            p++;
        }
        DateSpec month;
        int end;
        if (v.is(p, "الشهر") && v.direction(p + 1) != null) {
            month = new DateSpec.MonthOffset(DateWords.offset(v.direction(p + 1)), 0);
            end = p + 2;
        } else if (v.is(p, "هذا") && v.is(p + 1, "الشهر")) {
            month = new DateSpec.MonthOffset(0, 0);
            end = p + 2;
        } else {
            CalendarDates.MonthRef m = calendar.month(p);
            if (m == null || (m.hijri() && m.needsYear())) {
                return null;
            }
            CalendarDates.Tail t = calendar.tail(m.end(), m.hijri());
            end = t.end();
            if (m.hijri()) {
                month = CalendarDates.hijri(m.month(), 1, t);
            } else if (t.year() > 0) {
                month = new DateSpec.Fixed(DateValue.of(YearMonth.of(t.year(), m.month())));
            } else if (t.yearOffset() != null) {
                month = new DateSpec.YearOffset(t.yearOffset(), m.month(), 0);
            } else {
                month = new DateSpec.MonthOfYear(m.month(), t.direction());
            }
        }
        return Match.of(start, end, new DateSpec.NthWeekday(dow, nth, month), false);
    }

    /** الاثنين also means "the two" (بين الاثنين، كلا الاثنين، الاثنين معا). */
    private boolean meansBoth(int i) {
        String prev = v.stem(i - 1);
        return prev.equals("بين") || prev.equals("كلا") || prev.equals("هذين") || prev.equals("هذان")
                || v.is(i + 1, "معا") || v.is(i + 1, "منهما");
    }

    /**
     * An explicit date right after a weekday (or اليوم), which then gives the value: الخميس (8 شباط
     * 2024)، يوم الخميس الموافق 4 يناير، الاثنين 12/1/2016. The weekday helps place a date without a
     * year.
     */
    Match explicitAfter(int k, DayOfWeek dow) {
        if (k >= n || " ،,(-".indexOf(v.mark(k)) < 0) {
            return null;
        }
        int e = k;
        if (v.kind(e) == Kind.LINK) {
            e++;
            if (v.is(e, "ل")) {
                e++;
            }
        } else if (v.is(e, "بتاريخ") || v.is(e, "تاريخ") || (v.is(e, "في") && v.blank(e))) {
            e++;
        }
        Match m = v.number(e) >= 0 || v.token(e).indexOf('.') > 0 ? numeric.at(e) : null;
        if (m == null) {
            Word w = v.word(e);
            if (v.day(e) > 0 || (w != null && w.ordinal() > 0)) {
                m = calendar.dayLed(e);
            }
        }
        if (m == null || m.parses().isEmpty()) {
            return null;
        }
        if (dow == null) {
            return m;
        }
        List<DateParse> hinted = new ArrayList<>(m.parses().size());
        for (DateParse p : m.parses()) {
            if (p.spec() instanceof DateSpec.DayOfMonth dm) {
                hinted.add(p.with(new DateSpec.DayOfMonth(dm.month(), dm.day(), dm.direction(), dow)));
            } else {
                hinted.add(p);
            }
        }
        return new Match(m.end(), hinted);
    }




    Match weekPhrase(int i) {
        Direction d = v.direction(i + 1);
        if (d == null || !v.is(i, "الاسبوع")) {
            return null;
        }
        return weekdayOfWeek(i, i + 2, DateWords.offset(d));
    }

    Match weekdayOfWeek(int start, int p, int week) {
        if (v.is(p, "يوم")) {
            p++;
        }
        if (v.kind(p) != Kind.WEEKDAY) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(v.word(p).value());
        return Match.of(start, p + 1, new DateSpec.Weekday(dow, WeekdayMode.IN_WEEK, week), false);
    }
}
