package org.khabar.app.run;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Knows when every article ingested by this run has been stored (as an article or a copy) or
 * dead-lettered. Results may arrive before the ingest acknowledgement that announces them, so
 * everything seen is remembered.
 */
public final class CompletionTracker {
    private final Set<String> seen = new HashSet<>();
    private final Set<String> outstanding = new HashSet<>();
    private boolean ingestDone;
    private long lastProgressNanos = System.nanoTime();

    public synchronized void expect(Collection<String> ids) {
        for (String id : ids) {
            if (!seen.contains(id)) {
                outstanding.add(id);
            }
        }
    }

    public synchronized void ingestFinished() {
        ingestDone = true;
    }

    public synchronized void resolved(Collection<String> ids) {
        for (String id : ids) {
            if (id != null) {
                seen.add(id);
                outstanding.remove(id);
            }
        }
        lastProgressNanos = System.nanoTime();
    }

    public synchronized boolean complete() {
        return ingestDone && outstanding.isEmpty();
    }

    public synchronized int outstanding() {
        return outstanding.size();
    }

    public synchronized Set<String> outstandingIds() {
        return Set.copyOf(outstanding);
    }

    public synchronized long nanosSinceProgress() {
        return System.nanoTime() - lastProgressNanos;
    }
}
