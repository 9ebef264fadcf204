package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.DateMention;
import org.khabar.model.Mention;

/**
 * Finds the calendar dates, months and years an Arabic news text refers to and resolves each to
 * the most specific ISO value the text supports: explicit dates in every Arab month-naming system
 * and in digits, Hijri dates (converted with Umm al-Qura), and expressions relative to publication
 * (أمس، الخميس الماضي، العام الماضي). Durations and times of day are not dates. Stateless and
 * thread-safe.
 *
 * <p>Time zones: {@code publishedAt} is UTC and Arab outlets publish at UTC+0 to UTC+4, so late
 * evening articles are dated the next day locally. The UTC day is used unless the text itself says
 * which day it is (اليوم الجمعة، أمس الخميس) and that is the day after or before.
 */
public final class DateExtractor {
    private static final String GREGORIAN = "GREGORIAN";
    private static final String HIJRI = "HIJRI";

    /**
     * The dates of {@code text}, in text order. With a null {@code publishedAt}, expressions that
     * need it (أمس، الخميس، 12 ديسمبر without a year) are skipped and explicit dates still returned.
     */
    public List<DateMention> extract(NormalizedText text, Instant publishedAt) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        TextView view = new TextView(text);
        DateGrammar grammar = new DateGrammar(view);
        List<DateParse> parses = grammar.scan();
        if (parses.isEmpty()) {
            return List.of();
        }
        parses = SharedYears.apply(view, parses);
        Anchor anchor = publishedAt == null ? Anchor.NONE
                : Anchor.of(publishedAt, dayShift(publishedAt, grammar.evidence()));
        DateValue[] values = new DateValue[parses.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = parses.get(k).spec().resolve(anchor);
        }
        CalendarPairs.align(view, parses, values);
        List<DateMention> out = new ArrayList<>(parses.size());
        Set<DateMention> seen = new HashSet<>();
        for (int k = 0; k < values.length; k++) {
            if (values[k] == null) {
                continue;
            }
            DateParse p = parses.get(k);
            Mention m = span(view, p);
            boolean hijri = p.hijri() || p.spec().hijriOn(anchor);
            DateMention dm = new DateMention(m.text(), m.start(), m.end(), values[k].iso(),
                    values[k].granularity(), hijri ? HIJRI : GREGORIAN, p.spec().relative());
            if (seen.add(dm)) {
                out.add(dm);
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** The original-text span of a parse, with a closing parenthesis it opened (الخميس (8 شباط 2024)). */
    private static Mention span(TextView v, DateParse p) {
        String s = v.text().text();
        int start = v.start(p.startToken());
        int end = v.end(p.endToken() - 1);
        int open = 0;
        for (int c = start; c < end; c++) {
            char ch = s.charAt(c);
            if (ch == '(') {
                open++;
            } else if (ch == ')') {
                open--;
            }
        }
        if (open > 0) {
            int c = end;
            while (c < s.length() && s.charAt(c) == ' ') {
                c++;
            }
            if (c < s.length() && s.charAt(c) == ')') {
                end = c + 1;
            }
        }
        return v.text().mention(start, end);
    }

    /**
     * How many days the article's own "today" is from the UTC publication day, judged from what the
     * text says about itself; 0 unless every such statement agrees on the day after or before.
     */
    static int dayShift(Instant publishedAt, List<int[]> evidence) {
        if (evidence.isEmpty()) {
            return 0;
        }
        LocalDate utc = publishedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        int agreed = 0;
        for (int[] e : evidence) {
            DayOfWeek today = DayOfWeek.of(e[0]).minus(e[1]);
            if (utc.getDayOfWeek() == today) {
                return 0;
            }
            int shift = utc.plusDays(1).getDayOfWeek() == today ? 1 : utc.minusDays(1).getDayOfWeek() == today ? -1 : 0;
            if (shift == 0 || (agreed != 0 && agreed != shift)) {
                return 0;
            }
            agreed = shift;
        }
        return agreed;
    }
}
