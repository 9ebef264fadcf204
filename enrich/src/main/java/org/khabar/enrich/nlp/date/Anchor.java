package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The publication day that relative expressions are resolved against, and the rules that place a
 * weekday, a day-and-month or a month without a year on the calendar. A day or month given
 * without a year is the occurrence nearest to publication, a future one counting twice its
 * distance (the reverse in a clause about plans): news mostly looks back, but "10 يناير" in an article of 5 January is the coming one.
 */
final class Anchor {
    /** How much further away a future occurrence must look to lose against a past one. */
    private static final int FUTURE_WEIGHT = 2;
    static final Anchor NONE = new Anchor(null);

    private final LocalDate today;

    Anchor(LocalDate today) {
        this.today = today;
    }

    /** The UTC day of publication moved by {@code shiftDays} (see DateExtractor on time zones). */
    static Anchor of(Instant publishedAt, int shiftDays) {
        if (publishedAt == null) {
            return NONE;
        }
        return new Anchor(publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(shiftDays));
    }

    boolean known() {
        return today != null;
    }

    LocalDate today() {
        return today;
    }

    LocalDate plusDays(int days) {
        return today.plusDays(days);
    }

    LocalDate weekday(DayOfWeek day, WeekdayMode mode, int weekOffset) {
        int back = Math.floorMod(today.getDayOfWeek().getValue() - day.getValue(), 7);
        int ahead = Math.floorMod(day.getValue() - today.getDayOfWeek().getValue(), 7);
        return switch (mode) {
            case ON_OR_BEFORE -> today.minusDays(back);
            case BEFORE -> today.minusDays(back == 0 ? 7 : back);
            case AFTER -> today.plusDays(ahead == 0 ? 7 : ahead);
            case ON_OR_AFTER -> today.plusDays(ahead);
            case IN_WEEK -> {
                // Arab weeks run Saturday to Friday.
                LocalDate saturday = today.minusDays(Math.floorMod(today.getDayOfWeek().getValue() - 6, 7));
                yield saturday.plusWeeks(weekOffset).plusDays(Math.floorMod(day.getValue() - 6, 7));
            }
        };
    }

    /** The date of a Gregorian day and month without a year, or null if it exists in no candidate year. */
    LocalDate dayOfMonth(int month, int day, Direction dir, DayOfWeek weekday) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        LocalDate bestAny = null;
        long bestAnyCost = Long.MAX_VALUE;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            long cost = cost(ChronoUnit.DAYS.between(c, today), dir, y == today.getYear());
            if (cost == Long.MAX_VALUE) {
                continue;
            }
            if (cost < bestAnyCost) {
                bestAnyCost = cost;
                bestAny = c;
            }
            if ((weekday == null || c.getDayOfWeek() == weekday) && cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        // A weekday that fits no candidate is a typo in the text: trust the day and month.
        return best != null ? best : bestAny;
    }

    /** The month of a Gregorian month name without a year. */
    YearMonth month(int month, Direction dir) {
        YearMonth now = YearMonth.from(today);
        YearMonth best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            YearMonth c = YearMonth.of(y, month);
            long cost = cost(30L * ChronoUnit.MONTHS.between(c, now), dir, y == today.getYear());
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** The Gregorian date of a Hijri day and month without a year (day 0: the month, placed by its 15th). */
    LocalDate hijriDayOfMonth(int month, int day, Direction dir) {
        int hy = HijriCalendar.hijriYear(today);
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate c = HijriCalendar.toGregorian(y, month, day == 0 ? 15 : day);
            if (c == null) {
                continue;
            }
            long before = ChronoUnit.DAYS.between(c, today);
            if (day == 0 && Math.abs(before) < 15) {
                before = 0; // today falls inside that month
            }
            long cost = cost(before, dir, y == hy);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /** The date nearest to today (past-leaning) whose weekday and day of month are the given ones. */
    LocalDate weekdayAndDay(DayOfWeek day, int dayOfMonth) {
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        YearMonth now = YearMonth.from(today);
        for (int k = -3; k <= 2; k++) {
            YearMonth m = now.plusMonths(k);
            if (!m.isValidDay(dayOfMonth)) {
                continue;
            }
            LocalDate c = m.atDay(dayOfMonth);
            if (c.getDayOfWeek() != day) {
                continue;
            }
            long cost = cost(ChronoUnit.DAYS.between(c, today), Direction.NONE, true);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    /**
     * Cost of a candidate {@code before} days before today (negative: after). PAST and FUTURE exclude
     * the other side and today itself; CURRENT keeps only the current year.
     */
    private static long cost(long before, Direction dir, boolean currentYear) {
        return switch (dir) {
            case PAST -> before > 0 ? before : Long.MAX_VALUE;
            case FUTURE -> before < 0 ? -before : Long.MAX_VALUE;
            case CURRENT -> currentYear ? 0 : Long.MAX_VALUE;
            case NONE -> before >= 0 ? before : -before * FUTURE_WEIGHT;
            case UPCOMING -> before > 0 ? before * FUTURE_WEIGHT : -before;
        };
    }
}
