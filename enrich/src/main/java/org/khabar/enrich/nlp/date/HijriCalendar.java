package org.khabar.enrich.nlp.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.JulianFields;

/**
 * Hijri to Gregorian conversion with the JDK's Umm al-Qura calendar (AH 1300-1600). Outside that
 * range, or for a day the official calendar does not have (the 30th of a 29-day month), it stays
 * graceful: day overflow rolls into the next month, and other years use the arithmetic (tabular)
 * Islamic calendar, which is at most a day or two off.
 */
final class HijriCalendar {
    private HijriCalendar() {
    }

    /** The Gregorian date of Hijri {@code year-month-day}, or null when the values are not a date. */
    static LocalDate toGregorian(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1) {
            return null;
        }
        try {
            HijrahDate first = HijrahDate.of(year, month, 1);
            return LocalDate.from(first.plus(day - 1L, ChronoUnit.DAYS));
        } catch (DateTimeException outOfRange) {
            return tabular(year, month, day);
        }
    }

    /** The Hijri year in which a Gregorian date falls. */
    static int hijriYear(LocalDate date) {
        try {
            return HijrahDate.from(date).get(ChronoField.YEAR);
        } catch (DateTimeException outOfRange) {
            long jdn = date.getLong(JulianFields.JULIAN_DAY);
            return (int) Math.floor((30.0 * (jdn - 1948440) + 10646) / 10631.0);
        }
    }

    /** The civil arithmetic Islamic calendar (epoch 16 July 622 Julian). */
    static LocalDate tabular(int year, int month, int day) {
        long jdn = day + (long) Math.ceil(29.5 * (month - 1)) + (year - 1L) * 354
                + (long) Math.floor((3 + 11.0 * year) / 30.0) + 1948440 - 1;
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jdn);
    }
}
