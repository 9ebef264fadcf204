package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khabar.ingest.publish.IngestClock;

class IngestClockTest {
    @Test
    void timestampsIncreaseStrictlyAndStayNearTheWallClock() {
        IngestClock clock = new IngestClock();
        long previous = clock.next();
        for (int i = 0; i < 5_000; i++) {
            long t = clock.next();
            long now = System.currentTimeMillis();
            assertTrue(t >= previous, "never backwards");
            assertTrue(t - now <= 1_000, "at most a second ahead");
            previous = t;
        }
        long a = clock.next();
        long b = clock.next();
        assertTrue(b > a || b - System.currentTimeMillis() >= 999, "strictly increasing unless at the lead limit");
    }
}
