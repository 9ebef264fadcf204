package org.khabar.enrich.dedup;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * First-seen times for articles replayed from a file (the offline mode, the benchmark), where the
 * file order is the stream order: an article's {@code publishedAt}, raised when needed to 1 ms
 * after the previous article's, as an ingest timestamp would be; an article without one comes
 * 1 ms after the previous article (the first one: the clock's time). So the earliest line of a
 * story is its original even when publication times are equal, missing or out of order, and the
 * dedup window still follows publication times. Not thread-safe.
 */
public final class ReplayClock {
    private final Clock clock;
    private Instant last;

    public ReplayClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The first-seen time of the next article. */
    public Instant next(Instant publishedAt) {
        Instant at = publishedAt != null ? publishedAt : last != null ? last : clock.instant();
        if (last != null && !at.isAfter(last)) {
            at = last.plusMillis(1);
        }
        last = at;
        return at;
    }
}
