package org.khabar.enrich.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link FingerprintIndex} in a map, for the offline mode: one pass over a file, in input order. */
public final class InMemoryFingerprintIndex implements FingerprintIndex {
    private record Seen(String id, Instant at) {
    }

    private final Duration window;
    private final Map<String, Seen> seen = new HashMap<>();

    public InMemoryFingerprintIndex(Duration window) {
        this.window = window;
    }

    @Override
    public Optional<String> firstWith(String fingerprint, Instant at) {
        Seen s = seen.get(fingerprint);
        if (s == null || Duration.between(s.at(), at).abs().compareTo(window) > 0) {
            return Optional.empty();
        }
        return Optional.of(s.id());
    }

    @Override
    public void remember(String fingerprint, String articleId, Instant at) {
        seen.put(fingerprint, new Seen(articleId, at));
    }
}
