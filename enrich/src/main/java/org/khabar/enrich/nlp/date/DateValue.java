package org.khabar.enrich.nlp.date;

import java.time.LocalDate;
import java.time.YearMonth;
import org.khabar.model.DateGranularity;

/** A resolved Gregorian date at day, month or year granularity; {@link #iso()} is its ISO-8601 form. */
record DateValue(int year, int month, int day, DateGranularity granularity) {
    static DateValue of(LocalDate d) {
        return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DateGranularity.DAY);
    }

    static DateValue of(YearMonth m) {
        return new DateValue(m.getYear(), m.getMonthValue(), 0, DateGranularity.MONTH);
    }

    static DateValue ofYear(int year) {
        return new DateValue(year, 0, 0, DateGranularity.YEAR);
    }

    LocalDate date() {
        return LocalDate.of(year, month, day);
    }

    String iso() {
        String y = String.format("%04d", year);
        return switch (granularity) {
            case DAY -> y + "-" + two(month) + "-" + two(day);
            case MONTH -> y + "-" + two(month);
            case YEAR -> y;
        };
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
