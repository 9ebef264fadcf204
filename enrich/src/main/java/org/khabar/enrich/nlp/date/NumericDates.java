package org.khabar.enrich.nlp.date;

import java.time.LocalDate;
import java.time.YearMonth;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;

/**
 * Dates written in digits: 4/1/2024, 2024-01-04, 04.01.2024 (day first, as in Arab usage; ISO
 * when the year comes first), Hijri ones (15/11/1436هـ), a month and year (7/2016، 2016/7), and a
 * day and month without a year (يوم 25/3، 25/03).
 *
 * <p>Day and month order: day first, as Arab outlets write; month first only when day first is
 * impossible (3/25، 01/25/2016), which is right under both conventions, or in the English layout
 * with a comma before the year (03/11, 2019), which no Arab outlet uses for day first.
 *
 * <p>A day and month without a year is a date after a word that introduces one (يوم، في، بتاريخ)
 * or, with a slash, when only one reading is a date and a number is 13 or more (25/03، 3/25): a
 * fraction or a score (3/4، 2/1) has two small numbers. A dash or a dot without an introducing
 * word stays a score or a decimal (25-3، 3.25).
 */
final class NumericDates {
    /** Words before which a number/number is a document or case number (القانون رقم 9/2017). */
    private static final java.util.Set<String> NUMBER_HEADS = DateWords.words("رقم", "برقم", "ورقم", "القانون",
            "قانون", "القرار", "قرار", "المرسوم", "مرسوم", "الامر", "امر", "التعميم", "تعميم", "العدد", "عدد",
            "اللائحه", "القضيه", "قضيه", "الدعوي", "دعوي", "الملف", "ملف", "بنتيجه", "نتيجه", "النتيجه", "الماده",
            "ماده", "الفقره", "البند", "الصفحه", "صفحه");

    private final TextView v;

    NumericDates(TextView view) {
        this.v = view;
    }

    Match at(int i) {
        return at(i, false);
    }

    /**
     * The date in digits at token i; {@code introduced} when a weekday comes right before it (الأحد
     * 23/10), which makes a day and month with a slash or dash and no year a date.
     */
    Match at(int i, boolean introduced) {
        String t = v.token(i);
        if (t.indexOf('.') > 0) {
            String[] parts = t.split("\\.");
            if (parts.length == 3) {
                return threeParts(i, i + 1, parts[0], parts[1], parts[2]);
            }
            if (parts.length == 2 && dateWordBefore(i)) { // a dot needs a date word: الأربعاء 2.7 في المائة
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
        if (s1 != '.' && v.in(NUMBER_HEADS, i - 1)) {
            return null; // القانون رقم 9/2017، بنتيجة 21/15
        }
        Kind after = v.kind(i + 2);
        if (after == Kind.MONTH || after == Kind.MONTH_HEAD || after == Kind.HIJRI_MONTH || after == Kind.HIJRI_HEAD) {
            return null; // 12 - 13 أغسطس: a range of days, read with its month
        }
        Match monthYear = monthAndYear(i, s1);
        if (monthYear != null) {
            return monthYear;
        }
        if (s1 == '/' && v.mark(i + 2) == ',') {
            Match english = englishOrder(i);
            if (english != null) {
                return english;
            }
        }
        if (rangeToFullDate(i)) {
            return twoParts(i, i + 2, v.token(i), v.token(i + 1)); // من 5/11 إلى 8/11/1436هـ
        }
        if (dateWordBefore(i, introduced) && (s1 != '-' || onlyOneReading(i))) {
            return twoParts(i, i + 2, v.token(i), v.token(i + 1));
        }
        if (s1 == '/' && onlyOneReading(i) && !v.is(i + 2, "من") && v.number(i + 2) < 0) {
            return twoParts(i, i + 2, v.token(i), v.token(i + 1)); // 25/03، 3/25
        }
        return null;
    }

    /** True when the day/month at i opens a range whose other end is a full date: من 5/11 إلى 8/11/1436هـ. */
    private boolean rangeToFullDate(int i) {
        String prev = v.stem(i - 1);
        if (!prev.equals("من") && !prev.equals("بين")) {
            return false;
        }
        String link = v.token(i + 2);
        if (!link.equals("الي") && !link.equals("حتي") && !link.equals("وحتي") && !link.equals("والي") && !link.equals("و")) {
            return false;
        }
        char sep = v.mark(i + 4);
        return v.number(i + 3) >= 0 && v.number(i + 4) >= 0 && v.number(i + 5) >= 0 && "/-.".indexOf(sep) >= 0
                && v.mark(i + 5) == sep && v.token(i + 5).length() == 4;
    }

    /**
     * True when the two numbers at i make a day and month one way only, one of them 13 or more:
     * 25/3 and 3/25, but not 3/4 (a fraction) or 25/15 (a score).
     */
    private boolean onlyOneReading(int i) {
        int x = v.number(i);
        int y = v.number(i + 1);
        if (v.token(i).length() > 2 || v.token(i + 1).length() > 2 || x < 1 || y < 1) {
            return false;
        }
        boolean dayFirst = y <= 12 && x <= 31;
        boolean monthFirst = x <= 12 && y <= 31;
        return dayFirst != monthFirst && Math.max(x, y) >= 13;
    }

    /** 7/2016، 07-2016، 2016/7: a month and a year (not with a dot: 2016.7 is a decimal). */
    private Match monthAndYear(int i, char sep) {
        if (sep == '.') {
            return null;
        }
        String a = v.token(i);
        String b = v.token(i + 1);
        int month;
        int year;
        if (a.length() <= 2 && b.length() == 4) {
            month = v.number(i);
            year = v.number(i + 1);
        } else if (a.length() == 4 && b.length() <= 2) {
            year = v.number(i);
            month = v.number(i + 1);
        } else {
            return null;
        }
        if (month < 1 || month > 12 || year < 1900 || year > 2100) {
            return null;
        }
        return Match.of(i, i + 2, new DateSpec.Fixed(DateValue.of(YearMonth.of(year, month))), false);
    }

    /** 03/11, 2019 and 03/11, 19 at the end of a sentence: the English layout "March 11, 2019". */
    private Match englishOrder(int i) {
        int y = i + 2;
        String yt = v.token(y);
        int year = v.number(y);
        if (year < 0 || (yt.length() != 4 && yt.length() != 2)) {
            return null;
        }
        if (yt.length() == 2) {
            if (y + 1 < v.size() && !v.boundary(y + 1)) {
                return null; // 08/12, 15 جنديا
            }
            year += year < 50 ? 2000 : 1900;
        }
        if (v.token(i).length() > 2 || v.token(i + 1).length() > 2) {
            return null;
        }
        int a = v.number(i);
        int b = v.number(i + 1);
        int month = a <= 12 ? a : b;
        int day = a <= 12 ? b : a;
        if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return Match.of(i, y + 1, new DateSpec.Fixed(DateValue.of(LocalDate.of(year, month, day))), false);
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
            return Match.of(start, end, new DateSpec.DigitDayMonth(y, x, null, WeekdayMode.ON_OR_BEFORE), false);
        }
        if (x <= 12 && y <= 31) {
            return Match.of(start, end, new DateSpec.DigitDayMonth(x, y, null, WeekdayMode.ON_OR_BEFORE), false);
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
        return dateWordBefore(i, false);
    }

    /** As above; {@code introduced} when the caller knows a weekday precedes. */
    private boolean dateWordBefore(int i, boolean introduced) {
        String p = v.stem(i - 1);
        boolean intro = introduced || p.equals("يوم") || p.equals("بتاريخ") || p.equals("تاريخ") || p.equals("الموافق")
                || p.equals("في") || p.equals("منذ") || p.equals("حتي");
        int after = v.token(i).indexOf('.') > 0 ? i + 1 : i + 2;
        return intro && !v.is(after, "من") && !v.gap(after).startsWith("%") && v.number(after) < 0;
    }
}
