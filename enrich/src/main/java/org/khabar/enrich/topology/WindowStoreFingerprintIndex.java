package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.khabar.enrich.dedup.FingerprintIndex;

/**
 * {@link FingerprintIndex} over a windowed store: entries expire with the store's retention, so
 * state stays bounded by the dedup window however long the pipeline runs.
 */
final class WindowStoreFingerprintIndex implements FingerprintIndex {
    private final WindowStore<String, String> store;
    private final Duration window;

    WindowStoreFingerprintIndex(WindowStore<String, String> store, Duration window) {
        this.store = store;
        this.window = window;
    }

    @Override
    public Optional<String> firstWith(String fingerprint, Instant at) {
        try (KeyValueIterator<Windowed<String>, String> it =
                     store.fetch(fingerprint, fingerprint, at.minus(window), at.plus(window))) {
            // Iteration is in time order: the first entry is the earliest copy.
            return it.hasNext() ? Optional.of(it.next().value) : Optional.empty();
        }
    }

    /** When the earliest article with this fingerprint was first seen, if it is still in the window. */
    Optional<Instant> firstSeen(String fingerprint, Instant at) {
        try (KeyValueIterator<Windowed<String>, String> it =
                     store.fetch(fingerprint, fingerprint, at.minus(window), at.plus(window))) {
            return it.hasNext() ? Optional.of(it.next().key.window().startTime()) : Optional.empty();
        }
    }

    @Override
    public void remember(String fingerprint, String articleId, Instant at) {
        store.put(fingerprint, articleId, at.toEpochMilli());
    }
}
