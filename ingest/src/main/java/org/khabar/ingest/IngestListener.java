package org.khabar.ingest;

import org.khabar.model.RawArticle;

/**
 * What the long-running sources report as they go ({@code khabar run} counts and prints it; tests
 * record it). Called from the sources' threads after the Kafka commit.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** An article was committed to the raw topic. */
    default void published(RawArticle article, String sourceKind) {
    }

    /** An input was refused and committed to the dead-letter topic under {@code key}. */
    default void deadLettered(String key, String reason, String sourceKind) {
    }

    /**
     * A feed poll ended: {@code status} is the HTTP status (304 unchanged, -1 when the fetch failed),
     * {@code published} and {@code deadLettered} its new items, {@code pending} items left for the next poll.
     */
    default void feedPolled(String url, int status, int published, int deadLettered, int pending) {
    }

    /** A scan of the watched folders ended. */
    default void foldersScanned(int files, int ingested) {
    }

    /** An HTTP request was refused and answered with {@code status} and the reason (nothing was published). */
    default void refused(String what, int status, String reason, String sourceKind) {
    }
}
