package org.khabar.enrich.topology;

import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.RawArticle;

/**
 * The value passed between processors of one sub-topology (never serialised): the record's
 * original bytes, kept so a failure can dead-letter it unchanged, and what each step found.
 */
record Work(byte[] rawBytes, RawArticle article, String fingerprint, DuplicateVerdict verdict,
            EnrichedArticle enriched, Failure failure) {

    static Work decoded(byte[] rawBytes, RawArticle article, String fingerprint) {
        return new Work(rawBytes, article, fingerprint, null, null, null);
    }

    static Work failed(byte[] rawBytes, Failure failure) {
        return new Work(rawBytes, null, null, null, null, failure);
    }

    Work with(DuplicateVerdict newVerdict) {
        return new Work(rawBytes, article, fingerprint, newVerdict, enriched, failure);
    }

    Work with(EnrichedArticle newEnriched) {
        return new Work(rawBytes, article, fingerprint, verdict, newEnriched, failure);
    }

    Work with(Failure newFailure) {
        return new Work(rawBytes, article, fingerprint, verdict, enriched, newFailure);
    }

    boolean isFailed() {
        return failure != null;
    }

    boolean isCopy() {
        return verdict instanceof DuplicateVerdict.CopyOf;
    }
}
