package org.khabar.enrich.nlp.date;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.khabar.model.DateGranularity;

/**
 * A Hijri date written beside its Gregorian equivalent (22 جمادى الآخرة 1445 هـ الموافق 4 يناير
 * 2024 م) must give one date. Umm al-Qura and the local moon sighting can differ by a day or two;
 * the Gregorian date is what the outlet actually means, so the Hijri one takes its value.
 */
final class CalendarPairs {
    private static final int MAX_DISAGREEMENT_DAYS = 2;

    private CalendarPairs() {
    }

    static void align(TextView v, List<DateParse> parses, DateValue[] values) {
        for (int k = 0; k + 1 < parses.size(); k++) {
            DateParse a = parses.get(k);
            DateParse b = parses.get(k + 1);
            if (a.hijri() == b.hijri() || values[k] == null || values[k + 1] == null || !adjacent(v, a, b)) {
                continue;
            }
            int hijri = a.hijri() ? k : k + 1;
            int gregorian = a.hijri() ? k + 1 : k;
            DateValue h = values[hijri];
            DateValue g = values[gregorian];
            if (h.granularity() == DateGranularity.DAY && g.granularity() == DateGranularity.DAY
                    && Math.abs(ChronoUnit.DAYS.between(h.date(), g.date())) <= MAX_DISAGREEMENT_DAYS) {
                values[hijri] = g;
            }
        }
    }

    /** Next to each other, or linked by الموافق / a slash / parentheses. */
    private static boolean adjacent(TextView v, DateParse a, DateParse b) {
        int gap = b.startToken() - a.endToken();
        if (gap == 0) {
            return true;
        }
        for (int t = a.endToken(); t < b.startToken(); t++) {
            DateLexicon.Kind k = v.kind(t);
            if (k != DateLexicon.Kind.LINK && !v.is(t, "ل") && !v.is(t, "او")) {
                return false;
            }
        }
        return gap <= 2;
    }
}
