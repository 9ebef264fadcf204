package org.khabar.ingest.publish;

/**
 * Timestamps for raw records that keep the order articles were sent in: strictly increasing within
 * one ingest process, so that duplicate detection, which treats the earliest copy as the original
 * (by timestamp, then id), agrees with the order of a file or feed even when hundreds of records
 * leave in one millisecond. Never more than {@link #MAX_LEAD_MS} ahead of the wall clock (brokers
 * refuse timestamps too far in the future): past that, records share a millisecond and the id
 * breaks the tie.
 */
public final class IngestClock {
    static final long MAX_LEAD_MS = 1_000;
    private static final IngestClock SHARED = new IngestClock();

    private long last;

    public static IngestClock shared() {
        return SHARED;
    }

    public synchronized long next() {
        long now = System.currentTimeMillis();
        long t = Math.max(now, last + 1);
        if (t - now > MAX_LEAD_MS) {
            t = last;
        }
        last = t;
        return t;
    }
}
