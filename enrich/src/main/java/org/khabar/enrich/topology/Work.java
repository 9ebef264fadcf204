package org.khabar.enrich.topology;

import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.RawArticle;

/**
 * The value passed between processors of one sub-topology (never serialised): the record's
 * original bytes, kept so a failure can dead-letter it unchanged, and what each step found.
 */
record Work(byte[] rawBytes, RawArticle article, String fingerprint, DuplicateVerdict verdict,
            EnrichedArticle enriched, Failure failure, long firstSeen, long delivery,
            java.util.List<NearMessage> exactAnswers, boolean earlierExactCopy) {

    static Work decoded(byte[] rawBytes, RawArticle article, String fingerprint) {
        return new Work(rawBytes, article, fingerprint, null, null, null, -1, -1, java.util.List.of(), false);
    }

    static Work failed(byte[] rawBytes, Failure failure) {
        return new Work(rawBytes, null, null, null, null, failure, -1, -1, java.util.List.of(), false);
    }

    /** When this article (this id) was first seen: stable across redeliveries, it orders originals before copies. */
    Work firstSeenAt(long millis) {
        return new Work(rawBytes, article, fingerprint, verdict, enriched, failure, millis, delivery, exactAnswers, earlierExactCopy);
    }

    /** Which processing of the article this is (see DedupProcessor#nextRound). */
    Work delivery(long id) {
        return new Work(rawBytes, article, fingerprint, verdict, enriched, failure, firstSeen, id, exactAnswers, earlierExactCopy);
    }

    Work with(DuplicateVerdict newVerdict) {
        return new Work(rawBytes, article, fingerprint, newVerdict, enriched, failure, firstSeen, delivery, exactAnswers, earlierExactCopy);
    }

    /** The exact-copy stage's answers for the verdict gather, and whether an earlier exact copy exists. */
    Work withExactAnswers(java.util.List<NearMessage> answers, boolean earlierCopy) {
        return new Work(rawBytes, article, fingerprint, verdict, enriched, failure, firstSeen, delivery, answers, earlierCopy);
    }

    Work with(EnrichedArticle newEnriched) {
        return new Work(rawBytes, article, fingerprint, verdict, newEnriched, failure, firstSeen, delivery, exactAnswers, earlierExactCopy);
    }

    Work with(Failure newFailure) {
        return new Work(rawBytes, article, fingerprint, verdict, enriched, newFailure, firstSeen, delivery, exactAnswers, earlierExactCopy);
    }

    boolean isFailed() {
        return failure != null;
    }

    boolean isCopy() {
        return verdict instanceof DuplicateVerdict.CopyOf;
    }
}
