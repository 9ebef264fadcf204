package org.khabar.enrich.dedup;

/**
 * How alike a later text is to an earlier one, by their word shingles: {@code jaccard} = shared /
 * all distinct shingles (symmetric); {@code containment} = the share of the later text's shingles
 * that are in the earlier one (1.0 for a trimmed copy: it adds nothing); {@code lengthRatio} =
 * the later text's shingles / the earlier's; {@code figuresConflict} = some number stands in the
 * same words in both texts with different values (an updated toll, not a copy). {@code exact}
 * tells whether the values come from the shingle sets or are estimated from MinHash signatures.
 */
public record Similarity(double jaccard, double containment, double lengthRatio, boolean figuresConflict,
                         boolean exact) {
    public static final Similarity NONE = new Similarity(0, 0, 0, false, true);
}
