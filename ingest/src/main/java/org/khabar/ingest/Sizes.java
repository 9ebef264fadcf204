package org.khabar.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them on a command line: {@code 10MB}, {@code 512k}, {@code 1GiB}, {@code 1048576}. */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(i?b?)", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /** Bytes; K, M and G are powers of 1024 (10MB = 10 MiB). */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: \"" + text + "\" (e.g. 10MB, 512KB, 1048576)");
        }
        double n = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long bytes = (long) (n * unit);
        if (bytes < 1) {
            throw new IllegalArgumentException("size must be at least one byte: \"" + text + "\"");
        }
        return bytes;
    }
}
