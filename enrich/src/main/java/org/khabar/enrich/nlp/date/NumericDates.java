package org.khabar.enrich.nlp.date;

import java.time.LocalDate;
import java.time.YearMonth;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;

/**
 * Dates written in digits: 4/1/2024, 2024-01-04, 04.01.2024 (day first, as in Arab usage; ISO
 * when the year comes first), Hijri ones (15/11/1436هـ), and a day/month after a word that
 * introduces a date (يوم 22/4).
 */
final class NumericDates {
    private final TextView v;

    NumericDates(TextView view) {
        this.v = view;
    }

    Match at(int i) {
        String t = v.token(i);
        if (t.indexOf('.') > 0) {
            String[] parts = t.split("\\.");
            if (parts.length == 3) {
                return threeParts(i, i + 1, parts[0], parts[1], parts[2]);
            }
            if (parts.length == 2 && dateWordBefore(i)) {
                return twoParts(i, i + 1, parts[0], parts[1]);
            }
            return null;
        }
        if (v.number(i) < 0 || v.number(i + 1) < 0) {
            return null;
        }
        char s1 = v.mark(i + 1);
        if (v.number(i - 1) >= 0 && v.mark(i) == s1) {
            return null; // the tail of a longer run of numbers (1/2/3/2024), but not of a range (5 - 16/8/1406)
        }
        if (s1 != '/' && s1 != '-' && s1 != '.') {
            return null;
        }
        if (v.number(i + 2) >= 0 && v.mark(i + 2) == s1) {
            if (v.mark(i + 3) == s1 && v.number(i + 3) >= 0) {
                return null; // four numbers: not a date
            }
            return threeParts(i, i + 3, v.token(i), v.token(i + 1), v.token(i + 2));
        }
        if (s1 != '-' && dateWordBefore(i)) {
            return twoParts(i, i + 2, v.token(i), v.token(i + 1));
        }
        return null;
    }

    /**
     * Day-first as in Arab usage (month-first only when the middle number cannot be a month), ISO
     * when the year comes first; a year of 1300-1500 is Hijri (15/11/1436هـ).
     */
    Match threeParts(int start, int end, String a, String b, String c) {
        int x = parse(a);
        int y = parse(b);
        int z = parse(c);
        if (x < 0 || y < 0 || z < 0 || b.length() > 2) {
            return null;
        }
        int year;
        int month;
        int day;
        if (a.length() == 4 && c.length() <= 2) {
            year = x;
            month = y;
            day = z;
        } else if (c.length() == 4 && a.length() <= 2) {
            year = z;
            if (y <= 12) {
                day = x;
                month = y;
            } else {
                month = x;
                day = y;
            }
        } else if (c.length() == 2 && a.length() <= 2) {
            year = z < 50 ? 2000 + z : 1900 + z;
            day = x;
            month = y;
        } else {
            return null;
        }
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (year >= 1300 && year <= 1500) {
            int e = end;
            if (v.kind(e) == Kind.HIJRI_MARK && v.gapOf(e, "")) {
                e++;
            }
            return day > 30 ? null : Match.of(start, e, new DateSpec.Hijri(year, month, day, 0, Direction.NONE), true);
        }
        if (year < 1900 || year > 2100 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        int e = end;
        if (v.kind(e) == Kind.GREGORIAN_MARK && v.gapOf(e, "")) {
            e++;
        }
        return Match.of(start, e, new DateSpec.Fixed(DateValue.of(LocalDate.of(year, month, day))), false);
    }

    Match twoParts(int start, int end, String a, String b) {
        int x = parse(a);
        int y = parse(b);
        if (x < 1 || y < 1 || a.length() > 2 || b.length() > 2) {
            return null;
        }
        if (y <= 12 && x <= 31) {
            return Match.of(start, end, new DateSpec.DayOfMonth(y, x, Direction.NONE, null), false);
        }
        if (x <= 12 && y <= 31) {
            return Match.of(start, end, new DateSpec.DayOfMonth(x, y, Direction.NONE, null), false);
        }
        return null;
    }

    private static int parse(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int r = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            r = r * 10 + c - '0';
        }
        return r;
    }

    /**
     * A day/month without a year (22/4) is only a date after a word that introduces one, and not when
     * "من" follows (في 3/4 من الحالات is a fraction).
     */
    private boolean dateWordBefore(int i) {
        String p = v.stem(i - 1);
        boolean intro = p.equals("يوم") || p.equals("بتاريخ") || p.equals("تاريخ") || p.equals("الموافق")
                || p.equals("في") || p.equals("منذ") || p.equals("حتي");
        int after = v.token(i).indexOf('.') > 0 ? i + 1 : i + 2;
        return intro && !v.is(after, "من") && !v.gap(after).startsWith("%") && v.number(after) < 0;
    }
}
