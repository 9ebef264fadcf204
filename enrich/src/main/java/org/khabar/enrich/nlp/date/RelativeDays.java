package org.khabar.enrich.nlp.date;

import java.time.DayOfWeek;
import java.util.List;
import org.khabar.enrich.nlp.date.DateLexicon.Kind;
import org.khabar.enrich.nlp.date.DateLexicon.Word;
import org.khabar.enrich.nlp.number.NumberParser;
import org.khabar.enrich.nlp.number.OrdinalParser;
import org.khabar.enrich.nlp.number.ParsedNumber;
import org.khabar.enrich.nlp.number.ParsedOrdinal;

/**
 * Days counted from publication: أمس، البارحة، أول من أمس، اليوم، غدا، بعد غد، حتى الغد، الليلة
 * الماضية، قبل يومين، قبل خمسة عشر يوما، بعد ثلاثة أسابيع من الآن، with the weekday the text may add (أمس
 * الخميس), and "this" phrases (هذا العام، هذا الشهر، هذا الصباح).
 * A weekday written beside اليوم/أمس/غدا is recorded as evidence of which day the article's
 * "today" is.
 */
final class RelativeDays {
    private final TextView v;
    private final int n;
    private final WeekdayPhrases weekdays;
    /** (ISO weekday, day offset) pairs the text states about itself: اليوم الجمعة, أمس الخميس. */
    private final List<int[]> evidence;

    RelativeDays(TextView view, WeekdayPhrases weekdays, List<int[]> evidence) {
        this.v = view;
        this.n = view.size();
        this.weekdays = weekdays;
        this.evidence = evidence;
    }

    Match relativeDay(int i, boolean prefixed) {
        Kind kind = v.kind(i);
        String t = v.stem(i);
        switch (kind) {
            case YESTERDAY: {
                if (v.stem(i - 1).equals("بين") || v.is(i + 1, "القريب") || v.is(i + 1, "البعيد")) {
                    return null;
                }
                int e = i + 1;
                int off = -1;
                if (v.blank(e) && v.is(e, "الاول")) {
                    off = -2;
                    e++;
                }
                return withWeekday(i, e, off);
            }
            case TODAY: {
                String prev = v.stem(i - 1);
                if (v.in(DateWords.NOT_TODAY_BEFORE, i - 1) || (prev.equals("في") && v.kind(i + 1) != Kind.WEEKDAY)) {
                    return null;
                }
                if (v.blank(i + 1) && v.direction(i + 1) == Direction.PAST) {
                    return Match.of(i, i + 2, new DateSpec.DayOffset(-1), false); // اليوم الماضي
                }
                if (v.blank(i + 1) && dayAdjective(i + 1)) {
                    return null;
                }
                return withWeekday(i, i + 1, 0);
            }
            case TOMORROW: {
                String prev = v.stem(i - 1);
                if (prev.equals("قد") || prev.equals("لقد") || prev.equals("وقد") || prev.equals("فقد")
                        || prev.equals("ما") || prev.equals("بات")) {
                    return null; // the verb غدا "became"
                }
                return withWeekday(i, i + 1, 1);
            }
            case TOMORROW_NOUN:
                // يوم غد، صباح الغد; منذ الغد، حتى الغد، اعتبارا من الغد، نهاية الغد (not صحيفة الغد)
                return prefixed || tomorrowIntroduced(i) ? withWeekday(i, i + 1, 1) : null;
            case TONIGHT: {
                if (v.direction(i + 1) == Direction.PAST && v.blank(i + 1)) {
                    return Match.of(i, i + 2, new DateSpec.DayOffset(-1), false);
                }
                if (v.is(i + 1, "قبل") && v.direction(i + 2) == Direction.PAST) {
                    return Match.of(i, i + 3, new DateSpec.DayOffset(-2), false);
                }
                if (v.blank(i + 1) && dayAdjective(i + 1)) {
                    return null;
                }
                return withWeekday(i, i + 1, 0);
            }
            default:
                break;
        }
        if (t.equals("اول")) {
            if (v.kind(i + 1) == Kind.YESTERDAY && v.blank(i + 1)) {
                return withWeekday(i, i + 2, -2);
            }
            if (v.is(i + 1, "من") && v.kind(i + 2) == Kind.YESTERDAY) {
                return withWeekday(i, i + 3, -2);
            }
            return null;
        }
        if (t.equals("قبل")) {
            if (v.kind(i + 1) == Kind.YESTERDAY && v.blank(i + 1)) {
                return withWeekday(i, i + 2, -2);
            }
            if (v.is(i + 1, "يوم") && v.kind(i + 2) == Kind.YESTERDAY) {
                return withWeekday(i, i + 3, -2);
            }
            return daysFrom(i, false);
        }
        if (t.equals("بعد")) {
            if (v.kind(i + 1) == Kind.TOMORROW_NOUN && v.blank(i + 1)) {
                return withWeekday(i, i + 2, 2);
            }
            return daysFrom(i, true);
        }
        return null;
    }

    /** True when a word before الغد makes it tomorrow: منذ، حتى، اعتبارا من، نهاية. */
    private boolean tomorrowIntroduced(int i) {
        if (!v.blank(i)) {
            return false;
        }
        String prev = v.stem(i - 1);
        if (prev.equals("منذ") || prev.equals("حتي") || prev.equals("لغايه") || v.kind(i - 1) == Kind.PERIOD) {
            return true;
        }
        String before = v.stem(i - 2);
        return prev.equals("من") && (before.equals("اعتبارا") || before.equals("ابتداء") || before.equals("بدءا"));
    }

    /** True when the word after اليوم/الليلة makes it "the day/night" (اليوم التالي، الليلة الأولى). */
    private boolean dayAdjective(int j) {
        Word w = v.word(j);
        if (w != null && w.kind() == Kind.PAST) {
            return true;
        }
        String s = v.token(j);
        if (DateWords.DAY_ADJECTIVES.contains(s)) {
            return true;
        }
        if (!s.startsWith("ال")) {
            return false;
        }
        if (s.endsWith("ي") && s.length() >= 5 && (w == null || w.kind() != Kind.WEEKDAY)) {
            return true;
        }
        if (w != null) {
            return false;
        }
        ParsedOrdinal o = OrdinalParser.parse(v.chars(), v.tokenList(), j);
        return o != null && o.definite(); // اليوم الثالث، الليلة الأولى (but اليوم ثالث أيام المعرض is today)
    }

    /**
     * A relative day, then maybe its weekday (اليوم الجمعة، أمس الخميس) and an explicit date (اليوم
     * الجمعة 5 كانون الثاني 2024), which wins. A weekday beside اليوم/أمس/غدا is evidence of which day
     * the article's "today" is.
     */
    Match withWeekday(int i, int e, int off) {
        if (e < n && v.kind(e) == Kind.WEEKDAY && " ،,(".indexOf(v.mark(e)) >= 0) {
            int dow = v.word(e).value();
            evidence.add(new int[] {dow, off});
            Match explicit = weekdays.explicitAfter(e + 1, DayOfWeek.of(dow));
            if (explicit != null) {
                return explicit.from(i);
            }
            DateSpec spec = off == 0 ? new DateSpec.Weekday(DayOfWeek.of(dow), WeekdayMode.ON_OR_BEFORE, 0)
                    : new DateSpec.DayOffset(off);
            return Match.of(i, e + 1, spec, false);
        }
        if (off == 0 && e < n && (v.day(e) > 0 || v.number(e) >= 0)) {
            Match explicit = weekdays.explicitAfter(e, null);
            if (explicit != null) {
                return explicit.from(i);
            }
        }
        return Match.of(i, e, new DateSpec.DayOffset(off), false);
    }

    /** قبل يومين، قبل ثلاثة أيام، قبل 10 أيام، قبل نحو أسبوع (but not قبل يومين من الانتخابات). */
    Match daysFrom(int i, boolean ahead) {
        int p = i + 1;
        String s = v.token(p);
        if (s.equals("حوالي") || s.equals("نحو") || s.equals("قرابه") || s.equals("زهاء")) {
            p++;
            s = v.token(p);
        }
        int days;
        int end;
        switch (s) {
            case "يوم" -> {
                days = 1;
                end = p + 1;
            }
            case "يومين", "يومان" -> {
                days = 2;
                end = p + 1;
            }
            case "اسبوع" -> {
                days = 7;
                end = p + 1;
            }
            case "اسبوعين", "اسبوعان" -> {
                days = 14;
                end = p + 1;
            }
            default -> {
                // قبل ثلاثة أيام، قبل 4 أيام، قبل خمسة عشر يوما (nlp.number reads the count)
                ParsedNumber number = NumberParser.parse(v.chars(), v.tokenList(), p);
                if (number == null || !number.isInteger() || !v.blank(number.endToken())) {
                    return null;
                }
                int count = (int) Math.min(number.longValue(), 1000);
                p = number.endToken() - 1;
                String unit = v.token(p + 1);
                if (count >= 3 && count <= 10 && unit.equals("ايام")) {
                    days = count;
                } else if (count >= 11 && count <= 60 && (unit.equals("يوما") || unit.equals("يوم"))) {
                    days = count;
                } else if (count >= 3 && count <= 8 && unit.equals("اسابيع")) {
                    days = 7 * count;
                } else {
                    return null;
                }
                end = p + 2;
            }
        }
        if (days == 1 && v.is(end, "واحد")) {
            end++;
        }
        if (ahead) {
            // بعد ثلاثة أسابيع من الآن: counted from publication only when the text says so (بعد يومين من
            // الانتخابات counts from another event)
            return v.is(end, "من") && (v.is(end + 1, "الان") || v.is(end + 1, "اليوم"))
                    ? Match.of(i, end + 2, new DateSpec.DayOffset(days), false) : null;
        }
        int after = v.is(end, "فقط") ? end + 1 : end;
        if (v.kind(after) != Kind.NONE || v.number(after) >= 0) {
            return null; // قبل يوم 24 شوال: "before the day of", not an offset
        }
        if (v.is(after, "من") || v.is(after, "علي") || v.token(after).startsWith("لل")) {
            return Match.consumed(end); // before another event, not before publication
        }
        return Match.of(i, end, new DateSpec.DayOffset(-days), false);
    }


    Match thisPhrase(int i) {
        int k = i + 1;
        if (v.is(k, "الاسبوع")) {
            return weekdays.weekdayOfWeek(i, k + 1, 0);
        }
        if ((v.is(k, "يوم") && v.kind(k + 1) == Kind.WEEKDAY) || v.kind(k) == Kind.WEEKDAY) {
            return weekdays.weekdayOfWeek(i, k, 0);
        }
        if (DateWords.isDefiniteYearWord(v, k)) {
            if (DateWords.durationBefore(v, i)) {
                return Match.consumed(k + 1);
            }
            return Match.of(i, k + 1, new DateSpec.YearOffset(0, 0, 0), false);
        }
        if (v.is(k, "الشهر")) {
            if (DateWords.durationBefore(v, i)) {
                return Match.consumed(k + 1);
            }
            return Match.of(i, k + 1, new DateSpec.MonthOffset(0, 0), false);
        }
        if (v.is(k, "اليوم") && !(v.blank(k + 1) && dayAdjective(k + 1))) {
            return Match.of(i, k + 1, new DateSpec.DayOffset(0), false);
        }
        if (v.is(i, "هذا") && (v.is(k, "الصباح") || v.is(k, "المساء"))) {
            return Match.of(i, k + 1, new DateSpec.DayOffset(0), false); // هذا الصباح: today
        }
        return null;
    }
}
