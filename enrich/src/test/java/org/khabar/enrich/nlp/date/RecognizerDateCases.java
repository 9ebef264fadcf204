package org.khabar.enrich.nlp.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date cases of Microsoft Recognizers-Text's Arabic specs (MIT; read at test time from
 * ../shared/eval/recognizers, never copied here): which results count and what values each one
 * accepts.
 *
 * <p>Every result of the three files that carry values (DateParser, DateTimeModel,
 * DatePeriodParser; DateExtractor has spans only) counts when its expected value is a calendar
 * day, month or year in the sense of the eval README, whatever type the spec gives it: a date;
 * the day of a date with a time (the README ignores the time part); a period that is exactly one
 * month or year (في مارس، العام المقبل، مطلع الشهر الجاري); a range written with both ends (من 5
 * إلى 9 مارس، 2010-2015), whose two ends must both be found. Values without a year (XXXX) accept
 * the spec's past or future reading (news reads the past one, the spec's sentences mostly say
 * "سأعود", I will return).
 *
 * <p>Not counted, each for the reason its {@link Excluded} constant gives: no value; no day,
 * month or year (durations, sets, times of day, moments counted from now, weeks, quarters,
 * seasons, decades); months or years counted from now (the README's durations); the following
 * day, month or year; a day number with no month; values the spec itself marks impossible.
 */
final class RecognizerDateCases {
    static final List<String> FILES = List.of("DateParser.json", "DateTimeModel.json", "DatePeriodParser.json");

    /** Why a result is not counted. */
    enum Excluded {
        NO_VALUE("the spec gives no value (Levantine and Hijri month names, seasons: \"not resolved\")"),
        NOT_A_DAY("a duration, a set, a time of day or a time range: the README's \"not dates\""),
        MOMENT("a moment counted from now (الآن، بعد عشر دقائق، خلال الساعة المقبلة): a time, not a day"),
        PERIOD("a week, weekend, quarter, season or decade, or a range with no written ends "
                + "(الأيام الخمسة المقبلة، باقي الشهر، العقد المقبل): not one day, month or year"),
        SPAN("months or years counted from now, or a vague count (قبل شهرين، قبل ثلاثة أعوام، بعد سنة وشهرين من "
                + "الآن، قبل بضعة أسابيع): the README's durations (منذ 10 أعوام)"),
        FOLLOWING("اليوم التالي and the following month or year: the one after the story's own event, which the README "
                + "does not resolve against publication"),
        IMPOSSIBLE("the spec's own value is no date (a fifth Sunday in a month with four, 31 November)"),
        DAY_ALONE("a day number alone (في 15، للثالث): the spec's own value (XXXX-XX-dd) names no month, "
                + "so it is no calendar date; its resolution just borrows the reference month");

        final String reason;

        Excluded(String reason) {
            this.reason = reason;
        }
    }

    /**
     * One expected result: the sentence, its reference day, the span the spec found, and either the
     * readings it accepts (each a set of values that must all be found) or why it is not counted.
     */
    record Case(String file, String input, Instant reference, String span, String type, List<Set<String>> readings,
            Excluded excluded) {
        boolean counted() {
            return excluded == null;
        }

        boolean rightFor(Set<String> ours) {
            return readings.stream().anyMatch(ours::containsAll);
        }

        Set<String> accepted() {
            Set<String> all = new LinkedHashSet<>();
            readings.forEach(all::addAll);
            return all;
        }
    }

    private static final Pattern WEEK_OR_SEASON = Pattern.compile("W\\d|-W0\\d|WE$|(SU|SP|FA|WI)$");
    private static final Pattern FROM_NOW_MINUTES = Pattern.compile("دقائق|دقيقة|الساعة القادمة");
    private static final Pattern MONTHS_OR_YEARS = Pattern.compile("شهر|أشهر|عام|عامين|سنة|سنتين|سنوات");
    private static final Pattern COUNTED_FROM_NOW = Pattern.compile("من الآن|^(قبل|بعد|منذ) ");
    private static final Pattern RANGE_ENDS = Pattern.compile(
            "(^|\\s)(بين|إلى|الى|حتى|و)\\s|[0-9\\u0660-\\u0669]\\s*[-/]\\s*[0-9\\u0660-\\u0669]|\\s-\\s");
    private static final Pattern RANGE_TIMEX = Pattern.compile("\\((.+),(.+),P\\d+([DWMY])\\)");

    private RecognizerDateCases() {
    }

    /** Every result of the date files in {@code dir}, counted or not. */
    static List<Case> load(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : FILES) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            for (JsonNode c : json.readTree(p.toFile())) {
                String input = c.path("Input").asText();
                String ref = c.path("Context").path("ReferenceDateTime").asText("2016-11-07");
                Instant at = LocalDate.parse(ref.substring(0, 10)).atTime(12, 0).toInstant(ZoneOffset.UTC);
                for (JsonNode r : c.path("Results")) {
                    out.add(result(file, input, at, r));
                }
            }
        }
        return out;
    }

    private static Case result(String file, String input, Instant at, JsonNode r) {
        String span = r.path("Text").asText().strip();
        String type = (r.has("Type") ? r.path("Type") : r.path("TypeName")).asText().replace("datetimeV2.", "");
        List<String[]> values = new ArrayList<>(); // {timex, start, end}; end null for a single value
        if (r.has("Value")) {
            JsonNode v = r.path("Value");
            for (String k : List.of("PastResolution", "FutureResolution")) {
                JsonNode x = v.path(k);
                if (x.has("date")) {
                    values.add(new String[] {v.path("Timex").asText(), x.path("date").asText(), null});
                } else if (x.has("startDate")) {
                    values.add(new String[] {v.path("Timex").asText(), x.path("startDate").asText(),
                        x.path("endDate").asText(null)});
                }
            }
        } else if (r.path("Resolution").isObject()) {
            for (JsonNode x : r.path("Resolution").path("values")) {
                if (x.has("value")) {
                    values.add(new String[] {x.path("timex").asText(), x.path("value").asText(), null});
                } else if (x.has("start")) {
                    values.add(new String[] {x.path("timex").asText(), x.path("start").asText(),
                        x.path("end").isTextual() ? x.path("end").asText() : null});
                }
            }
        }
        Excluded why = exclusion(type, span, values);
        List<Set<String>> readings = new ArrayList<>();
        // excluded dates keep their readings too, to print how they would fare
        if (why == null || ((type.equals("date") || type.equals("datetime")) && why != Excluded.NO_VALUE)) {
            for (String[] v : values) {
                Set<String> reading = reading(type, v);
                if (!reading.isEmpty() && !readings.contains(reading)) {
                    readings.add(reading);
                }
            }
            if (readings.isEmpty() && why == null) {
                why = Excluded.NO_VALUE;
            }
        }
        return new Case(file, input, at, span, type, readings, why);
    }

    private static Excluded exclusion(String type, String span, List<String[]> values) {
        switch (type) {
            case "duration", "set", "time", "timerange" -> {
                return Excluded.NOT_A_DAY;
            }
            default -> {
            }
        }
        if (values.isEmpty() || values.stream().anyMatch(v -> v[1].equals("not resolved"))) {
            return Excluded.NO_VALUE;
        }
        String timex = values.get(0)[0];
        if (timex.equals("PRESENT_REF") || FROM_NOW_MINUTES.matcher(span).find()) {
            return Excluded.MOMENT;
        }
        if (values.stream().anyMatch(v -> v[1].startsWith("0001-"))) {
            return Excluded.IMPOSSIBLE;
        }
        if (timex.startsWith("XXXX-XX-")) {
            return Excluded.DAY_ALONE;
        }
        if (!timex.startsWith("(") && WEEK_OR_SEASON.matcher(timex).find() && !timex.contains("WXX-")) {
            return Excluded.PERIOD;
        }
        if (span.contains("بضع") || (COUNTED_FROM_NOW.matcher(span).find() && MONTHS_OR_YEARS.matcher(span).find())) {
            return Excluded.SPAN;
        }
        if (span.contains("التالي") || span.contains("الآتي")) {
            return Excluded.FOLLOWING;
        }
        if (type.equals("daterange")) {
            Matcher m = RANGE_TIMEX.matcher(timex);
            if (m.matches() && !RANGE_ENDS.matcher(span).find()) {
                return Excluded.PERIOD;
            }
            if (!m.matches() && !timex.matches("(\\d{4}|XXXX)(-\\d\\d){0,2}")) {
                return Excluded.PERIOD;
            }
        }
        return null;
    }

    /** The values one resolution of a counted result stands for. */
    private static Set<String> reading(String type, String[] v) {
        String timex = v[0];
        String start = v[1];
        String end = v[2];
        Set<String> out = new LinkedHashSet<>();
        switch (type) {
            case "date", "datetime" -> out.add(start.substring(0, 10));
            case "datetimerange" -> {
                out.add(start.substring(0, 10));
                out.add(end.substring(0, 10));
            }
            default -> {
                Matcher range = RANGE_TIMEX.matcher(timex);
                if (range.matches()) {
                    if (range.group(3).equals("Y") && start.endsWith("-01-01") && end.endsWith("-01-01")) {
                        out.add(start.substring(0, 4)); // 2010-2015: the spec's end is the start of the last year
                        out.add(end.substring(0, 4));
                    } else {
                        out.add(start);
                        out.add(end);
                    }
                } else if (timex.length() == 4) {
                    out.add(timex.startsWith("X") ? start.substring(0, 4) : timex);
                } else if (timex.length() == 7) {
                    out.add(start.substring(0, 4) + timex.substring(4));
                } else if (timex.length() == 10) {
                    out.add(start.substring(0, 4) + timex.substring(4)); // a day: the spec's timex, its year from the resolution
                }
            }
        }
        return out;
    }
}
