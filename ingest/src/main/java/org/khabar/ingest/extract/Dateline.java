package org.khabar.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an article's dateline, as agencies open their reports: "دمشق، 12 آذار/مارس 2025
 * (وكالة) -", "الجزائر في 3 جانفي 2024", "Beirut, March 12, 2025 -", "2025-03-12". Only the start
 * of the text is read (a date further down is about the events, not the report). Arabic month
 * names in the three systems (يناير، كانون الثاني، جانفي) and Moroccan forms, Arabic-Indic digits.
 */
public final class Dateline {
    /** Characters of the text searched for a dateline. */
    static final int WINDOW = 300;
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        month(1, "كانون الثاني", "يناير", "جانفي", "january", "jan");
        month(2, "شباط", "فبراير", "فيفري", "february", "feb");
        month(3, "اذار", "مارس", "march", "mar");
        month(4, "نيسان", "ابريل", "افريل", "april", "apr");
        month(5, "ايار", "مايو", "ماي", "may");
        month(6, "حزيران", "يونيو", "يونيه", "جوان", "june", "jun");
        month(7, "تموز", "يوليو", "يوليه", "جويليه", "يوليوز", "july", "jul");
        month(8, "اب", "اغسطس", "اوت", "غشت", "august", "aug");
        month(9, "ايلول", "سبتمبر", "شتنبر", "september", "sept", "sep");
        month(10, "تشرين الاول", "اكتوبر", "october", "oct");
        month(11, "تشرين الثاني", "نوفمبر", "نونبر", "november", "nov");
        month(12, "كانون الاول", "ديسمبر", "دجنبر", "december", "dec");
    }

    private static final String MONTH_NAMES;

    static {
        StringBuilder sb = new StringBuilder();
        MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(m -> {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(m));
        });
        MONTH_NAMES = sb.toString();
    }

    /** "12 اذار/مارس 2025", "12 مارس، 2025", "3 jan. 2024" */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(" + MONTH_NAMES
            + ")\\.?(?:\\s*[/\\-(]\\s*(?:" + MONTH_NAMES + ")\\)?)?\\s*[,،]?\\s*(\\d{4})(?!\\d)");
    /** "March 12, 2025" */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(" + MONTH_NAMES
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** Day first, as the Arab world writes numeric dates. */
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)");

    private Dateline() {
    }

    private static void month(int n, String... names) {
        for (String name : names) {
            MONTHS.put(name, n);
        }
    }

    /** The dateline's date at midnight UTC, or null when the text does not open with one. */
    public static java.time.Instant find(String text) {
        LocalDate d = findDate(text);
        return d == null ? null : d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static LocalDate findDate(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String head = fold(text.substring(0, Math.min(text.length(), WINDOW)));
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC}) {
            Matcher m = p.matcher(head);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null) {
                    if (m.start() < bestAt) {
                        best = d;
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            int year;
            int month;
            int day;
            if (p == DAY_MONTH_YEAR) {
                day = Integer.parseInt(m.group(1));
                month = MONTHS.get(m.group(2));
                year = Integer.parseInt(m.group(3));
            } else if (p == MONTH_DAY_YEAR) {
                month = MONTHS.get(m.group(1));
                day = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(3));
            } else if (p == ISO) {
                year = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(2));
                day = Integer.parseInt(m.group(3));
            } else {
                day = Integer.parseInt(m.group(1));
                month = Integer.parseInt(m.group(2));
                year = Integer.parseInt(m.group(3));
            }
            if (year < 1990 || year > LocalDate.now(ZoneOffset.UTC).getYear() + 1) {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** ASCII digits, lower case, Arabic letter variants folded, diacritics and tatweel dropped. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                sb.append((char) ('0' + (c - '\u0660')));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                sb.append((char) ('0' + (c - '\u06F0')));
            } else if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            } else if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') {
                sb.append('ا');
            } else if (c == 'ى') {
                sb.append('ي');
            } else if (c == 'ة') {
                sb.append('ه');
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString().replaceAll("[\\s\\u00A0]+", " ").toLowerCase(Locale.ROOT);
    }
}
