package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.Optional;

/**
 * Exact-copy detection on the fingerprint of the folded text (see
 * {@link org.khabar.model.ArticleIds#fingerprint}): copies that differ only in diacritics, digit
 * sets, spacing or punctuation are caught; anything else is left to near-duplicate detection.
 */
public final class ExactDuplicateDetector {
    private final FingerprintIndex index;

    public ExactDuplicateDetector(FingerprintIndex index) {
        this.index = index;
    }

    public DuplicateVerdict check(String articleId, String fingerprint, Instant seenAt) {
        Optional<String> first = index.firstWith(fingerprint, seenAt);
        if (first.isEmpty()) {
            index.remember(fingerprint, articleId, seenAt);
            return DuplicateVerdict.ORIGINAL;
        }
        if (first.get().equals(articleId)) {
            return DuplicateVerdict.REDELIVERY;
        }
        return new DuplicateVerdict.CopyOf(first.get(), 1.0);
    }
}
