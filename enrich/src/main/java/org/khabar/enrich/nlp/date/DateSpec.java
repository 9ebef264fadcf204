package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a date expression says, before it is placed on the calendar: either a fixed value, or a
 * rule that needs the publication day (a weekday, a day without a year, أمس). Resolution returns
 * null when the text does not make a real date (31 April) or when a needed anchor is missing.
 */
sealed interface DateSpec {
    DateValue resolve(Anchor anchor);

    /** True when the value depends on the publication day. */
    boolean relative();

    /** True when this expression, written without a calendar, turns out Hijri once placed. */
    default boolean hijriOn(Anchor anchor) {
        return false;
    }

    /** A date, month or year written out in full. */
    record Fixed(DateValue value) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            return value;
        }

        @Override
        public boolean relative() {
            return false;
        }
    }

    /** A Gregorian day and month without a year (12 ديسمبر), maybe with its weekday. */
    record DayOfMonth(int month, int day, Direction direction, DayOfWeek weekday) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            if (!anchor.known()) {
                return null;
            }
            LocalDate d = anchor.dayOfMonth(month, day, direction, weekday);
            return d == null ? null : DateValue.of(d);
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /**
     * A day and month in digits without a year (يوم 25/3، السبت 23/10): the digits do not say
     * which calendar. Gregorian by default; after a weekday, the calendar whose date falls on that
     * weekday (Gulf outlets write Hijri days this way), else the weekday alone ({@code mode}). A
     * range ending in a full date gives its calendar and year instead (see SharedYears).
     */
    record DigitDayMonth(int month, int day, DayOfWeek weekday, WeekdayMode mode) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            if (!anchor.known()) {
                return null;
            }
            LocalDate g = anchor.dayOfMonth(month, day, Direction.NONE, weekday);
            if (weekday == null || (g != null && g.getDayOfWeek() == weekday)) {
                return g == null ? null : DateValue.of(g);
            }
            LocalDate h = hijriOnWeekday(anchor);
            return DateValue.of(h != null ? h : anchor.weekday(weekday, mode, 0));
        }

        private LocalDate hijriOnWeekday(Anchor anchor) {
            LocalDate h = day <= 30 ? anchor.hijriDayOfMonth(month, day, Direction.NONE) : null;
            return h != null && h.getDayOfWeek() == weekday ? h : null;
        }

        @Override
        public boolean hijriOn(Anchor anchor) {
            if (weekday == null || !anchor.known()) {
                return false;
            }
            LocalDate g = anchor.dayOfMonth(month, day, Direction.NONE, weekday);
            return (g == null || g.getDayOfWeek() != weekday) && hijriOnWeekday(anchor) != null;
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /** A Gregorian month name without a year (في أكتوبر، أواخر ديسمبر). */
    record MonthOfYear(int month, Direction direction) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            return anchor.known() ? DateValue.of(anchor.month(month, direction)) : null;
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /**
     * A Hijri date (day 0: a whole month, given as the Gregorian month of its 15th day). The year is
     * Hijri, or 0 when inferred; {@code gregorianYear} is set instead for "رمضان 2024".
     */
    record Hijri(int year, int month, int day, int gregorianYear, Direction direction) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            LocalDate d;
            if (year > 0) {
                d = HijriCalendar.toGregorian(year, month, day == 0 ? 15 : day);
            } else if (gregorianYear > 0) {
                d = inGregorianYear();
            } else if (anchor.known()) {
                d = anchor.hijriDayOfMonth(month, day, direction);
            } else {
                return null;
            }
            if (d == null) {
                return null;
            }
            return day == 0 ? DateValue.of(YearMonth.from(d)) : DateValue.of(d);
        }

        private LocalDate inGregorianYear() {
            int hy = HijriCalendar.hijriYear(LocalDate.of(gregorianYear, 1, 1));
            for (int y = hy; y <= hy + 1; y++) {
                LocalDate d = HijriCalendar.toGregorian(y, month, day == 0 ? 15 : day);
                if (d != null && d.getYear() == gregorianYear) {
                    return d;
                }
            }
            return null;
        }

        @Override
        public boolean relative() {
            return year == 0 && gregorianYear == 0;
        }
    }

    /** أمس، اليوم، غدا، قبل يومين: a number of days from publication. */
    record DayOffset(int days) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            return anchor.known() ? DateValue.of(anchor.plusDays(days)) : null;
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /** A weekday name (الخميس، الجمعة المقبلة، الأحد من الأسبوع الماضي). */
    record Weekday(DayOfWeek day, WeekdayMode mode, int weekOffset) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            return anchor.known() ? DateValue.of(anchor.weekday(day, mode, weekOffset)) : null;
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /** الشهر الماضي (day 0) or 20 من الشهر الجاري: a month counted from publication, maybe a day in it. */
    record MonthOffset(int months, int day) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            if (!anchor.known()) {
                return null;
            }
            YearMonth m = YearMonth.from(anchor.today()).plusMonths(months);
            return dayOf(m, day);
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /** Day {@code day} of month {@code m}, the month itself for day 0, or null for a day the month lacks. */
    private static DateValue dayOf(YearMonth m, int day) {
        if (day == 0) {
            return DateValue.of(m);
        }
        return m.isValidDay(day) ? DateValue.of(m.atDay(day)) : null;
    }

    /**
     * العام الماضي (month 0), or a month or day in a year counted from publication
     * (أكتوبر من العام الماضي).
     */
    record YearOffset(int years, int month, int day) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            if (!anchor.known()) {
                return null;
            }
            int y = anchor.today().getYear() + years;
            if (month == 0) {
                return DateValue.ofYear(y);
            }
            YearMonth m = YearMonth.of(y, month);
            return dayOf(m, day);
        }

        @Override
        public boolean relative() {
            return true;
        }
    }

    /**
     * The nth weekday of a month (أول جمعة من رمضان، الجمعة الأخيرة من الشهر الجاري); nth -1 is the
     * last. {@code month} resolves to the month (Gregorian) or to its first day (Hijri).
     */
    record NthWeekday(DayOfWeek day, int nth, DateSpec month) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            DateValue m = month.resolve(anchor);
            if (m == null) {
                return null;
            }
            LocalDate first;
            int length;
            if (m.granularity() == org.khabar.model.DateGranularity.DAY) {
                first = m.date();
                length = java.time.chrono.HijrahDate.from(first).lengthOfMonth();
            } else if (m.granularity() == org.khabar.model.DateGranularity.MONTH) {
                first = LocalDate.of(m.year(), m.month(), 1);
                length = first.lengthOfMonth();
            } else {
                return null;
            }
            if (nth > 0) {
                LocalDate d = first.plusDays(Math.floorMod(day.getValue() - first.getDayOfWeek().getValue(), 7))
                        .plusWeeks(nth - 1L);
                return d.isBefore(first.plusDays(length)) ? DateValue.of(d) : null;
            }
            LocalDate last = first.plusDays(length - 1L);
            return DateValue.of(last.minusDays(Math.floorMod(last.getDayOfWeek().getValue() - day.getValue(), 7)));
        }

        @Override
        public boolean relative() {
            return month.relative();
        }
    }

    /** A weekday with a day of the month but no month (عدت يوم الجمعة 15): the nearest such date. */
    record WeekdayAndDay(DayOfWeek day, int dayOfMonth) implements DateSpec {
        @Override
        public DateValue resolve(Anchor anchor) {
            if (!anchor.known()) {
                return null;
            }
            LocalDate d = anchor.weekdayAndDay(day, dayOfMonth);
            return DateValue.of(d != null ? d : anchor.weekday(day, WeekdayMode.ON_OR_BEFORE, 0));
        }

        @Override
        public boolean relative() {
            return true;
        }
    }
}
