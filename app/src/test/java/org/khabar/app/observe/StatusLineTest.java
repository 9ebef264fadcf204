package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.khabar.app.run.StatusLine;

/** The console status: in place on a terminal, plain lines otherwise. */
class StatusLineTest {
    private static LiveStats.Sample sample(long stored, Double p50, Long lag) {
        return new LiveStats.Sample(1, 0, 120, 110, 9, stored, 2, 12.5, 11, 10, 0.5, 0, p50, 3.4, lag);
    }

    @Test
    void showsThroughputPerStageDlqLagAndLatency() {
        String line = StatusLine.format(sample(100, 1.25, 420L));
        assertEquals("ingest 120 (13/s) | enrich 110 (11/s) | store 100 (10/s) | DLQ 2 | lag 420 | p50 1.3s p99 3.4s "
                + "| copies 9", line);
        assertTrue(StatusLine.format(sample(100, null, null)).contains("lag - | p50 - p99 3.4s"));
        assertEquals("850ms", StatusLine.seconds(0.85));
        assertEquals("2m05s", StatusLine.seconds(125.0));
        assertEquals("0.5", StatusLine.rate(0.5));
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndFitsTheWidth() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        StatusLine line = new StatusLine(out, true, 60, () -> sample(100, 1.0, 5L));
        line.refresh();
        line.refresh();
        line.println("stored demo-001");
        line.finish();
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r"), s);
        assertTrue(s.contains("\u001b[K"), "clears the rest of the line");
        for (String drawn : s.split("[\r\n]")) {
            String visible = drawn.replace("\u001b[K", "");
            assertTrue(visible.length() < 60, "fits 60 columns: " + visible);
        }
        assertTrue(s.contains("\r\u001b[Kstored demo-001\n"), "a message gets a line of its own");
        assertTrue(s.endsWith("\n"), "ends on a fresh line");
    }

    @Test
    void elsewherePlainLinesOnlyWhenSomethingChanged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicReference<LiveStats.Sample> now = new AtomicReference<>(sample(100, 1.0, 5L));
        StatusLine line = new StatusLine(out, false, Integer.MAX_VALUE, now::get);
        line.refresh();
        line.refresh();
        now.set(sample(200, 1.0, 5L));
        line.refresh(); // changed, but within five seconds of the last line
        line.finish();  // the final state is always printed
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(s.contains("\r") || s.contains("\u001b"), "no terminal control codes in a file");
        String[] lines = s.split("\n");
        assertEquals(2, lines.length, s);
        assertTrue(lines[0].contains("store 100") && lines[1].contains("store 200"), s);
    }
}
