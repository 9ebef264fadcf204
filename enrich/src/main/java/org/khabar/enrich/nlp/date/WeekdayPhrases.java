package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.number.OrdinalParser;
import org.khabar.enrich.nlp.number.ParsedOrdinal;

/**
 * Weekdays: alone (الخميس: the last one on or before publication), with a direction (الخميس
 * الماضي، الجمعة المقبلة: the first one after publication, as Arab outlets mean it), a week (الجمعة
 * من الأسبوع المقبل; weeks start on Saturday), both ends of a range in a week (الأسبوع المقبل بين
 * الثلاثاء والخميس), an explicit date that then gives the value (الخميس (8 شباط 2024)، السبت 23/10),
 * a day of the month (الجمعة 16، الخميس في الحادي عشر), or as the nth of a month (أول جمعة من
 * رمضان، السبت الأول).
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
        // if a date in digits follows but does not fall on the weekday, the weekday alone is placed so
        WeekdayMode fallback = dir == Direction.PAST ? WeekdayMode.BEFORE
                : dir == Direction.FUTURE && week == null ? WeekdayMode.AFTER : WeekdayMode.ON_OR_BEFORE;
        Match explicit = explicitAfter(k, dow, fallback);
        if (explicit != null) {
            return explicit.from(i);
        }
        if (week == null && dir == Direction.NONE) {
            Match nth = nthOfMonth(i, k, dow, ordinalAdjective(k));
            if (nth != null) {
                return nth;
            }
            Match withDay = weekdayAndDay(i, k, dow);
            if (withDay != null) {
                return withDay;
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

    /**
     * A weekday with a day of the month but no month: الجمعة 16، الخميس في الحادي عشر، الجمعة في
     * ستة عشر, and the ends of a range (الجمعة 12 حتى الثلاثاء 16). The day must end the clause or
     * lead to the range's other end, so that قتل الخميس 21 شخصا keeps its count.
     */
    private Match weekdayAndDay(int i, int k, DayOfWeek dow) {
        int p = v.is(k, "في") && v.blank(k) ? k + 1 : k;
        if (!v.blank(p)) {
            return null;
        }
        int day;
        int e;
        if (v.day(p) > 0) {
            day = v.day(p);
            e = p + 1;
        } else if (p > k) {
            WrittenNumbers.Day written = WrittenNumbers.day(v, p);
            if (written == null) {
                return null;
            }
            day = written.value();
            e = written.end();
        } else {
            return null;
        }
        boolean ends = e >= n || v.boundary(e) || ",،)".indexOf(v.mark(e)) >= 0;
        boolean toRangeEnd = (v.is(e, "حتي") || v.is(e, "الي")) && (v.kind(e + 1) == Kind.WEEKDAY || v.day(e + 1) > 0);
        return ends || toRangeEnd ? Match.of(i, e, new DateSpec.WeekdayAndDay(dow, day), false) : null;
    }

    /** الجمعة الأولى، الخميس الأخير: 1-5, -1 for the last, 0 when not an ordinal adjective. */
    private int ordinalAdjective(int k) {
        String t = v.token(k);
        if (t.equals("الاخير") || t.equals("الاخيره")) {
            return -1;
        }
        return t.startsWith("ال") ? nth(k) : 0;
    }

    /** A single-word ordinal 1-5 at k (الثالثة، ثالث), read with nlp.number, else 0. */
    private int nth(int k) {
        ParsedOrdinal o = OrdinalParser.parse(v.chars(), v.tokenList(), k);
        return o != null && o.endToken() == k + 1 && o.value() >= 1 && o.value() <= 5 ? (int) o.value() : 0;
    }

    /** أول جمعة من رمضان، آخر خميس من الشهر الماضي، ثالث يوم أحد في أكتوبر. */
    Match nthWeekday(int i) {
        int nth = v.stem(i).equals("اخر") ? -1 : nth(i);
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
            // السبت الأول، الخميس الثاني ending the clause: of the current month. Not when the
            // ordinal counts something else (الجمعة الثالثة على التوالي، للجمعة الثالثة).
            boolean ends = p >= n || v.boundary(p) || ",،)".indexOf(v.mark(p)) >= 0;
            String weekday = v.token(start);
            boolean counting = weekday.startsWith("لل") || weekday.startsWith("ولل") || weekday.startsWith("بال")
                    || weekday.startsWith("وبال");
            return ends && !counting && v.kind(start) == Kind.WEEKDAY && v.blank(k) && start == k - 1
                    ? Match.of(start, p, new DateSpec.NthWeekday(dow, nth, new DateSpec.MonthOffset(0, 0)), false)
                    : null;
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
        return explicitAfter(k, dow, WeekdayMode.ON_OR_BEFORE);
    }

    /** As above; {@code mode} places the weekday alone if a date in digits does not fall on it. */
    Match explicitAfter(int k, DayOfWeek dow, WeekdayMode mode) {
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
        Match m = v.number(e) >= 0 || v.token(e).indexOf('.') > 0 ? numeric.at(e, dow != null) : null;
        if (m == null && (v.day(e) > 0 || v.kind(e) == Kind.FIRST || v.monthAhead(e))) {
            m = calendar.dayLed(e);
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
            } else if (p.spec() instanceof DateSpec.DigitDayMonth dd) {
                hinted.add(p.with(new DateSpec.DigitDayMonth(dd.month(), dd.day(), dow, mode)));
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
        if ((v.is(p, "بين") || v.is(p, "من")) && v.kind(p + 1) == Kind.WEEKDAY) {
            Match range = weekdaysOfWeek(start, p, week);
            if (range != null) {
                return range;
            }
        }
        if (v.is(p, "يوم")) {
            p++;
        }
        if (v.kind(p) != Kind.WEEKDAY) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.of(v.word(p).value());
        return Match.of(start, p + 1, new DateSpec.Weekday(dow, WeekdayMode.IN_WEEK, week), false);
    }

    /** الأسبوع المقبل بين السبت والاثنين، هذا الأسبوع من الأحد إلى الثلاثاء: both ends in that week. */
    private Match weekdaysOfWeek(int start, int p, int week) {
        boolean between = v.is(p, "بين");
        int second;
        if (between && v.kind(p + 2) == Kind.WEEKDAY && v.stem(p + 2).length() < v.token(p + 2).length()
                && v.token(p + 2).charAt(0) == 'و') {
            second = p + 2; // بين الأربعاء والجمعة
        } else if ((between ? v.is(p + 2, "و") : v.is(p + 2, "الي") || v.is(p + 2, "حتي"))
                && v.kind(p + 3) == Kind.WEEKDAY) {
            second = p + 3;
        } else {
            return null;
        }
        List<DateParse> out = new ArrayList<>(2);
        for (int at : new int[] {p + 1, second}) {
            DayOfWeek dow = DayOfWeek.of(v.word(at).value());
            out.add(new DateParse(start, second + 1, new DateSpec.Weekday(dow, WeekdayMode.IN_WEEK, week), false));
        }
        return new Match(second + 1, out);
    }
}
