package org.khabar.ingest.extract;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.khabar.model.Json;

/** Publication dates as publishers write them in meta tags, JSON-LD, feeds and HTTP headers. */
public final class DateParsing {
    private DateParsing() {
    }

    /** The instant, or null when {@code value} is not a date Khabar understands. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Json.parseInstant(v);
        } catch (DateTimeParseException notIso) {
            // try the other forms
        }
        // "2025-04-10 06:30:00", "2025/04/10 06:30", "2025-04-10T06:30:00+0300"
        String s = v.replace('/', '-');
        if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?.*")) {
            s = s.replaceFirst(" ", "T").replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst(" ?UTC$|Z$", "Z");
            s = normalizeDateTime(s);
            try {
                return Json.parseInstant(s);
            } catch (DateTimeParseException ignored) {
                // fall through
            }
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // fall through
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", Locale.ENGLISH))
                    .toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** Pads one-digit months, days and hours so ISO parsing accepts them. */
    private static String normalizeDateTime(String s) {
        String[] dateTime = s.split("T", 2);
        String[] ymd = dateTime[0].split("-");
        if (ymd.length != 3) {
            return s;
        }
        String date = ymd[0] + "-" + pad(ymd[1]) + "-" + pad(ymd[2]);
        if (dateTime.length == 1) {
            return date;
        }
        String time = dateTime[1];
        if (time.matches("\\d:.*")) {
            time = "0" + time;
        }
        if (time.matches("\\d{2}:\\d{2}([^:\\d].*)?|\\d{2}:\\d{2}$")) {
            time = time.substring(0, 5) + ":00" + time.substring(5);
        }
        return date + "T" + time;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
