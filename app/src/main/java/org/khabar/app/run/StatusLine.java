package org.khabar.app.run;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.khabar.app.observe.LiveStats;

/**
 * The live status of a run: throughput per stage, DLQ count, consumer lag and end-to-end
 * latency p50/p99, on one line refreshed in place on a terminal, or as plain lines (at most one
 * every few seconds, only when something changed) when the output is a file or a pipe.
 */
public final class StatusLine {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final int width;
    private final Supplier<LiveStats.Sample> sample;
    private long lastPlainNanos = System.nanoTime() - PLAIN_EVERY_NANOS;
    private String lastPlain = "";
    private boolean drawn;

    /** {@code width}: the terminal's columns (the line is cut to fit, so that it can be redrawn in place). */
    public StatusLine(PrintStream out, boolean terminal, int width, Supplier<LiveStats.Sample> sample) {
        this.out = out;
        this.terminal = terminal;
        this.width = Math.max(20, width);
        this.sample = sample;
    }

    /** Called a few times a second on a terminal, about once a second otherwise. */
    public synchronized void refresh() {
        String line = text();
        if (terminal) {
            out.print("\r" + fit(line) + "\u001b[K");
            out.flush();
            drawn = true;
        } else {
            long now = System.nanoTime();
            if (!line.equals(lastPlain) && now - lastPlainNanos >= PLAIN_EVERY_NANOS) {
                out.println(line);
                lastPlain = line;
                lastPlainNanos = now;
            }
        }
    }

    public String text() {
        return format(sample.get());
    }

    /** {@code ingest 4687 (120/s) | enrich 3900 (95/s) | store 3800 (90/s) | DLQ 0 | lag 420 | p50 1.2s p99 3.4s | copies 310} */
    public static String format(LiveStats.Sample s) {
        return String.format(Locale.ROOT, "ingest %d (%s/s) | enrich %d (%s/s) | store %d (%s/s) | DLQ %d | lag %s | "
                        + "p50 %s p99 %s | copies %d",
                s.ingested(), rate(s.ingestRate()), s.enriched(), rate(s.enrichRate()), s.stored(), rate(s.storeRate()),
                s.dlq(), s.lag() == null ? "-" : s.lag().toString(), seconds(s.p50()), seconds(s.p99()), s.duplicates());
    }

    public static String rate(double perSecond) {
        return perSecond >= 10 || perSecond == 0 ? String.format(Locale.ROOT, "%.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    /** 850ms, 1.2s, 2m05s; "-" for none. */
    public static String seconds(Double s) {
        if (s == null || s.isNaN()) {
            return "-";
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.0fms", s * 1000);
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1fs", s);
        }
        long whole = Math.round(s);
        return String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60);
    }

    private String fit(String line) {
        return line.length() < width ? line : line.substring(0, width - 2) + "…";
    }

    /** Ends the in-place line so that what is printed next starts on a fresh line. */
    public synchronized void println(String message) {
        if (terminal && drawn) {
            out.print("\r\u001b[K");
        }
        out.println(message);
        if (terminal && drawn) {
            out.print(fit(text()));
            out.flush();
        }
    }

    public synchronized void finish() {
        if (terminal && drawn) {
            out.print("\r" + fit(text()) + "\u001b[K\n");
            out.flush();
            drawn = false;
        } else if (!terminal) {
            String line = text();
            if (!line.equals(lastPlain)) {
                out.println(line);
                lastPlain = line;
            }
        }
    }

    /** Columns of the controlling terminal ({@code COLUMNS}, else {@code stty size}), 100 when unknown. */
    public static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            if (p.waitFor(1, TimeUnit.SECONDS)) {
                String[] rc = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
                if (rc.length == 2 && rc[1].matches("\\d{2,4}")) {
                    return Integer.parseInt(rc[1]);
                }
            } else {
                p.destroyForcibly();
            }
        } catch (java.io.IOException e) {
            // no sh or no tty
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
}
