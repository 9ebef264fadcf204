package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.Optional;
import org.khabar.model.ArticleIds;

/**
 * Exact-copy detection on the fingerprint of the folded text (see
 * {@link org.khabar.model.ArticleIds#fingerprint}): copies that differ only in diacritics, digit
 * sets, spacing or punctuation are caught; anything else is left to near-duplicate detection.
 * A text with nothing to match (no letter or digit, e.g. only spaces or symbols) is never a copy:
 * such articles share the fingerprint of the empty text without sharing any content.
 */
public final class ExactDuplicateDetector {
    /** The fingerprint of a text that folds to nothing. */
    public static final String EMPTY_TEXT_FINGERPRINT = ArticleIds.fingerprint("");

    private final FingerprintIndex index;

    public ExactDuplicateDetector(FingerprintIndex index) {
        this.index = index;
    }

    public DuplicateVerdict check(String articleId, String fingerprint, Instant seenAt) {
        if (EMPTY_TEXT_FINGERPRINT.equals(fingerprint)) {
            return DuplicateVerdict.ORIGINAL;
        }
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
