package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * An earlier article found in one of an article's band buckets: its id, when it was first seen,
 * and how alike the two texts are. Plain values, so the topology can send a list of them through a
 * repartition topic with the JSON serde.
 */
public record NearDuplicateMatch(String id, Instant firstSeen, Similarity similarity) {
    /** "Earlier": by first-seen time, then by id, so that every bucket and every partition agrees. */
    public static final Comparator<NearDuplicateMatch> EARLIEST_FIRST =
            Comparator.comparing(NearDuplicateMatch::firstSeen).thenComparing(NearDuplicateMatch::id);

    public NearDuplicateMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(similarity, "similarity");
    }

    /** Whether article {@code (aSeen, aId)} comes before article {@code (bSeen, bId)}. */
    public static boolean isEarlier(Instant aSeen, String aId, Instant bSeen, String bId) {
        int c = aSeen.compareTo(bSeen);
        return c < 0 || (c == 0 && aId.compareTo(bId) < 0);
    }
}
