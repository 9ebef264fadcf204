package org.khabar.enrich.nlp.date;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.date.DateLexicon.Word;
import org.khabar.enrich.nlp.number.QuantityParser;

/**
 * The rules that recognise Arabic date expressions, run left to right over the tokens of one text.
 * At each token the rules that token can start are tried (a token with no date role costs one
 * array read); the first rule that matches consumes its tokens. A rule can also consume tokens
 * without producing a date, for names that contain one (ثورة 25 يناير، حرب أكتوبر).
 */
final class DateGrammar {
    private final TextView v;
    private final int n;
    /** (ISO weekday, day offset) pairs the text states about itself: اليوم الجمعة, أمس الخميس. */
    private final List<int[]> evidence = new ArrayList<>();
    private final NumericDates numeric;
    private final CalendarDates calendar;
    private final YearPhrases years;
    private final WeekdayPhrases weekdays;
    private final RelativeDays relative;

    DateGrammar(TextView view) {
        this.v = view;
        this.n = view.size();
        this.numeric = new NumericDates(view);
        this.calendar = new CalendarDates(view);
        this.years = new YearPhrases(view);
        this.weekdays = new WeekdayPhrases(view, numeric, calendar);
        this.relative = new RelativeDays(view, weekdays, evidence);
    }

    List<DateParse> scan() {
        List<DateParse> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Match m = at(i);
            if (m != null) {
                out.addAll(m.parses());
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    List<int[]> evidence() {
        return evidence;
    }

    private Match at(int i) {
        Word w = v.word(i);
        String t = v.token(i);
        boolean digit = !t.isEmpty() && Character.isDigit(t.charAt(0));
        if (w == null && !digit) {
            return switch (t) {
                case "قبل", "بعد" -> relative.relativeDay(i, false);
                case "هذا", "هذه" -> relative.thisPhrase(i);
                case "ثاني", "ثالث", "رابع", "خامس", "اخر" -> weekdays.nthWeekday(i);
                default -> numberWords(i, t);
            };
        }
        if (digit) {
            Match m = numeric.at(i);
            if (m == null) {
                m = calendar.dayLed(i);
            }
            return m != null ? m : years.bareYear(i);
        }
        Match m = null;
        if (w.kind() == Kind.DAY_PART) {
            m = prefixed(i);
            if (m != null) {
                return m;
            }
        }
        if (w.kind() == Kind.FIRST) {
            m = calendar.dayLed(i);
            if (m == null && v.stem(i).equals("اول")) {
                m = relative.relativeDay(i, false);
                if (m == null) {
                    m = weekdays.nthWeekday(i);
                }
            }
            if (m != null) {
                return m;
            }
        }
        return switch (w.kind()) {
            case WEEKDAY -> weekdays.weekdayLed(i);
            case YESTERDAY, TODAY, TOMORROW, TOMORROW_NOUN, TONIGHT -> relative.relativeDay(i, false);
            case WEEK_WORD -> weekdays.weekPhrase(i);
            case PERIOD -> {
                if (v.is(i, "منتصف") && (v.is(i + 1, "ليل") || v.is(i + 1, "ليله"))) {
                    yield prefixed(i);
                }
                Match p = calendar.monthLed(i);
                yield p != null ? p : years.yearLed(i);
            }
            case MONTH_WORD, MONTH, MONTH_HEAD, HIJRI_MONTH, HIJRI_HEAD -> calendar.monthLed(i);
            case YEAR_WORD -> years.yearLed(i);
            default -> null;
        };
    }

    /**
     * A date that starts with a number written in words: a day before a month (الخامس عشر من
     * مايو، ثلاثة وعشرين مايو) or a year after a preposition (في ألفين وعشرين). Kept apart from
     * {@link #at} so the common path stays small.
     */
    private Match numberWords(int i, String t) {
        if (v.monthAhead(i)) {
            return calendar.dayLed(i);
        }
        // years in words start with ألف، ألفين، ألفان
        return t.length() <= 5 && t.startsWith("الف") && QuantityParser.mayStart(t) ? years.bareWrittenYear(i) : null;
    }

    // ---- prefixes: مساء الخميس، فجر اليوم، يوم أمس، منتصف ليل السبت ----

    private Match prefixed(int i) {
        int p = i;
        while (p < n && p - i < 3) {
            if (v.kind(p) == Kind.DAY_PART && (p == i || v.blank(p))) {
                p++;
            } else if (p == i && v.is(p, "منتصف") && (v.is(p + 1, "ليل") || v.is(p + 1, "ليله"))) {
                p++;
            } else {
                break;
            }
        }
        if (p == i || p >= n || !v.blank(p)) {
            return null;
        }
        Match m = switch (v.kind(p)) {
            case WEEKDAY -> weekdays.weekdayLed(p);
            case YESTERDAY, TODAY, TOMORROW, TOMORROW_NOUN, TONIGHT -> relative.relativeDay(p, true);
            default -> {
                if (v.number(p) >= 0) {
                    Match d = numeric.at(p);
                    yield d != null ? d : calendar.dayLed(p);
                }
                yield v.kind(p) == Kind.FIRST || v.monthAhead(p) ? calendar.dayLed(p) : null;
            }
        };
        return m == null || m.parses().isEmpty() ? m : m.from(i);
    }
}
