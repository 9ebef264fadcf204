package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which article first had a given text fingerprint, for as long as the dedup window.
 * The topology backs it with a windowed state store, the offline mode with a map.
 */
public interface FingerprintIndex {
    /** The id of the earliest article with this fingerprint seen within the window around {@code at}. */
    Optional<String> firstWith(String fingerprint, Instant at);

    void remember(String fingerprint, String articleId, Instant at);
}
