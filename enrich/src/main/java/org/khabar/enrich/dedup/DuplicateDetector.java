package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.Objects;

/**
 * Exact and near-duplicate detection in one pass, in memory, for the offline mode and the
 * benchmark. The exact check (same fingerprint of the folded text) is the fast path and is
 * decided first; an exact copy is not added to the near-duplicate buckets (in the topology it
 * stops at the fingerprint stage too). Everything else goes through {@link NearDuplicateIndex}.
 */
public final class DuplicateDetector {
    private final NearDuplicates near;
    private final ExactDuplicateDetector exact;
    private final NearDuplicateIndex index;

    public DuplicateDetector(NearDuplicateConfig config) {
        this.near = new NearDuplicates(config);
        this.exact = new ExactDuplicateDetector(new InMemoryFingerprintIndex(config.window()));
        this.index = new NearDuplicateIndex(near);
    }

    /**
     * The verdict for one article, given its text's fingerprint
     * ({@link org.khabar.model.ArticleIds#fingerprint}) and when it was first seen.
     */
    public DuplicateVerdict check(String articleId, String fingerprint, String text, Instant seenAt) {
        Objects.requireNonNull(text, "text");
        DuplicateVerdict verdict = exact.check(articleId, fingerprint, seenAt);
        if (verdict instanceof DuplicateVerdict.CopyOf) {
            return verdict;
        }
        DuplicateVerdict nearVerdict = index.check(articleId, near.sketch(text), seenAt);
        return nearVerdict instanceof DuplicateVerdict.CopyOf ? nearVerdict : verdict;
    }

    public NearDuplicateIndex nearIndex() {
        return index;
    }
}
