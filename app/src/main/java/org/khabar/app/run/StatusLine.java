package org.khabar.app.run;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * The live status of a run: one line refreshed in place on a terminal, plain lines (at most one
 * every few seconds, only when something changed) when the output is a file or a pipe.
 */
public final class StatusLine {
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier ingested;
    private final LongSupplier duplicates;
    private final LongSupplier enriched;
    private final LongSupplier stored;
    private final LongSupplier deadLettered;
    private long lastStored;
    private long lastNanos = System.nanoTime();
    private long lastPlainNanos;
    private String lastPlain = "";
    private double rate;
    private boolean drawn;

    public StatusLine(PrintStream out, boolean terminal, LongSupplier ingested, LongSupplier duplicates,
                      LongSupplier enriched, LongSupplier stored, LongSupplier deadLettered) {
        this.out = out;
        this.terminal = terminal;
        this.ingested = ingested;
        this.duplicates = duplicates;
        this.enriched = enriched;
        this.stored = stored;
        this.deadLettered = deadLettered;
    }

    /** Called about once a second. */
    public synchronized void refresh() {
        long now = System.nanoTime();
        long s = stored.getAsLong() + duplicates.getAsLong();
        double seconds = (now - lastNanos) / 1e9;
        if (seconds > 0.2) {
            double instant = (s - lastStored) / seconds;
            rate = rate == 0 ? instant : 0.5 * rate + 0.5 * instant;
            lastStored = s;
            lastNanos = now;
        }
        String line = text();
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
            out.flush();
            drawn = true;
        } else if (!line.equals(lastPlain) && now - lastPlainNanos > 5_000_000_000L) {
            out.println(line);
            lastPlain = line;
            lastPlainNanos = now;
        }
    }

    public String text() {
        return String.format("ingested %d | duplicates %d | enriched %d | stored %d | DLQ %d | %.0f/s",
                ingested.getAsLong(), duplicates.getAsLong(), enriched.getAsLong(), stored.getAsLong(),
                deadLettered.getAsLong(), rate);
    }

    /** Ends the in-place line so that what is printed next starts on a fresh line. */
    public synchronized void println(String message) {
        if (terminal && drawn) {
            out.print("\r\u001b[K");
        }
        out.println(message);
        if (terminal && drawn) {
            out.print(text());
            out.flush();
        }
    }

    public synchronized void finish() {
        if (terminal && drawn) {
            out.print("\r" + text() + "\u001b[K\n");
            out.flush();
            drawn = false;
        }
    }
}
