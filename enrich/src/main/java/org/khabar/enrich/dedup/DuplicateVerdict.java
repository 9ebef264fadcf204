package org.khabar.enrich.dedup;

/** What the duplicate detector decided about one article. */
public sealed interface DuplicateVerdict {
    /** First time this story is seen: enrich and publish it. */
    record Original() implements DuplicateVerdict {
    }

    /** The same article (same id) delivered again, e.g. a re-run of ingest: publish it again, the sink upserts. */
    record Redelivery() implements DuplicateVerdict {
    }

    /** A copy of an earlier article with another id. */
    record CopyOf(String originalId, double similarity) implements DuplicateVerdict {
    }

    DuplicateVerdict ORIGINAL = new Original();
    DuplicateVerdict REDELIVERY = new Redelivery();
}
