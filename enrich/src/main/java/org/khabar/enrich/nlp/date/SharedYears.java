package org.khabar.enrich.nlp.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.DateGranularity;

/**
 * Lists and ranges of dates that write the year once, at the end: "بين يناير ومارس 2024"، "من 28
 * ديسمبر إلى 3 يناير 2024". The earlier member takes the later one's year (the year before when
 * its month comes later, as in a range across New Year) instead of a year guessed from publication.
 */
final class SharedYears {
    private SharedYears() {
    }

    static List<DateParse> apply(TextView v, List<DateParse> parses) {
        List<DateParse> out = new ArrayList<>(parses);
        for (int k = out.size() - 2; k >= 0; k--) {
            DateParse p = out.get(k);
            DateParse q = out.get(k + 1);
            if (p.spec() instanceof DateSpec.DigitDayMonth dd && dd.weekday() == null
                    && q.spec() instanceof DateSpec.Hijri h && h.year() > 0 && h.day() > 0
                    && joined(v, p.endToken(), q.startToken())) {
                // من 24/10 إلى 6/11/1445هـ: the first end is in the second's calendar and year
                int year = dd.month() <= h.month() ? h.year() : h.year() - 1;
                out.set(k, new DateParse(p.startToken(), p.endToken(),
                        new DateSpec.Hijri(year, dd.month(), dd.day(), 0, Direction.NONE), true));
                continue;
            }
            if (!(q.spec() instanceof DateSpec.Fixed fixed) || fixed.value().granularity() == DateGranularity.YEAR
                    || !joined(v, p.endToken(), q.startToken())) {
                continue;
            }
            DateValue next = fixed.value();
            if (p.spec() instanceof DateSpec.DayOfMonth dm) {
                int year = dm.month() <= next.month() ? next.year() : next.year() - 1;
                if (dm.day() <= YearMonth.of(year, dm.month()).lengthOfMonth()) {
                    out.set(k, p.with(new DateSpec.Fixed(DateValue.of(LocalDate.of(year, dm.month(), dm.day())))));
                }
            } else if (p.spec() instanceof DateSpec.DigitDayMonth dd && dd.weekday() == null
                    && next.granularity() == DateGranularity.DAY) {
                int year = dd.month() <= next.month() ? next.year() : next.year() - 1;
                if (dd.day() <= YearMonth.of(year, dd.month()).lengthOfMonth()) {
                    out.set(k, p.with(new DateSpec.Fixed(DateValue.of(LocalDate.of(year, dd.month(), dd.day())))));
                }
            } else if (p.spec() instanceof DateSpec.MonthOfYear my && my.direction() == Direction.NONE) {
                int year = my.month() <= next.month() ? next.year() : next.year() - 1;
                out.set(k, p.with(new DateSpec.Fixed(DateValue.of(YearMonth.of(year, my.month())))));
            }
        }
        return out;
    }

    /** True when only a conjunction or range word (و، إلى، حتى، -) lies between the two parses. */
    private static boolean joined(TextView v, int end, int start) {
        if (start == end) {
            return v.mark(start) == '-' || v.mark(start) == ',' || v.mark(start) == '،';
        }
        if (start != end + 1 || !v.blank(start)) {
            return false;
        }
        String t = v.token(end);
        return t.equals("و") || t.equals("الي") || t.equals("حتي") || t.equals("ثم") || t.equals("والي")
                || t.equals("وحتي");
    }
}
