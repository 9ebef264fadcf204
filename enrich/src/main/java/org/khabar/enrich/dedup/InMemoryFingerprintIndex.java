package org.khabar.enrich.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FingerprintIndex} in a map, for the offline mode: one pass over a file, in input order.
 * Like the topology's window store, it forgets fingerprints first seen more than the window before
 * the latest time seen, so memory stays bounded by the window.
 */
public final class InMemoryFingerprintIndex implements FingerprintIndex {
    private record Seen(String fingerprint, String id, Instant at) {
    }

    private final Duration window;
    private final Map<String, Seen> seen = new HashMap<>();
    private final ArrayDeque<Seen> inOrder = new ArrayDeque<>();
    private Instant streamTime = Instant.MIN;

    public InMemoryFingerprintIndex(Duration window) {
        this.window = window;
    }

    @Override
    public Optional<String> firstWith(String fingerprint, Instant at) {
        advance(at);
        Seen s = seen.get(fingerprint);
        if (s == null || Duration.between(s.at(), at).abs().compareTo(window) > 0) {
            return Optional.empty();
        }
        return Optional.of(s.id());
    }

    @Override
    public void remember(String fingerprint, String articleId, Instant at) {
        advance(at);
        Seen s = new Seen(fingerprint, articleId, at);
        seen.put(fingerprint, s);
        inOrder.addLast(s);
    }

    /** Fingerprints currently remembered. */
    public int size() {
        return seen.size();
    }

    private void advance(Instant at) {
        if (!at.isAfter(streamTime)) {
            return;
        }
        streamTime = at;
        Instant limit = streamTime.minus(window);
        // Entries are appended in arrival order; an out-of-order old entry waits behind newer ones
        // until they expire, which only delays forgetting it.
        while (!inOrder.isEmpty() && inOrder.peekFirst().at().isBefore(limit)) {
            Seen old = inOrder.pollFirst();
            seen.remove(old.fingerprint(), old);
        }
    }
}
