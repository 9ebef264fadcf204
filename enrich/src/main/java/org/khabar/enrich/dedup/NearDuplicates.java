package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Near-duplicate detection as pure functions, shared by the topology and {@link NearDuplicateIndex}:
 * <ol>
 *   <li>{@link #sketch(String)} once per article: word shingles of the folded text, MinHash
 *       signature, figures;</li>
 *   <li>{@link #bandKeys(Signature)}: the LSH buckets the article goes to (repartition key);</li>
 *   <li>in a bucket, for each pair of articles there: {@link #match} of the later with the
 *       earlier = the cheap estimated pre-filter, then the exact comparison of the shingle sets;</li>
 *   <li>{@link NearDuplicateDecision} over the matches from all buckets: the earliest qualifying
 *       article is the original.</li>
 * </ol>
 * Every function is deterministic, and "later" and "earlier" are fixed by (first-seen time, id),
 * so every bucket and every partition computes the same values for the same pair.
 */
public final class NearDuplicates {
    private final NearDuplicateConfig config;
    private final TextSketcher sketcher;

    public NearDuplicates(NearDuplicateConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.sketcher = new TextSketcher(config);
    }

    public NearDuplicates() {
        this(NearDuplicateConfig.DEFAULT);
    }

    public NearDuplicateConfig config() {
        return config;
    }

    /** The sketch of an article's text (its body, as the fingerprint uses). */
    public Sketch sketch(String text) {
        return sketcher.sketch(text);
    }

    /**
     * The words the shingles are made of: the folded words of the text's body (short lines at its
     * start and end, such as page furniture and bylines, left out).
     */
    public static List<String> matchingWords(String text) {
        return List.of(TextSketcher.bodyWords(text));
    }

    /**
     * The article's LSH band keys, {@code bands} of them, like {@code b07-1a2b3c4d} (band
     * number, then the band's MinHash values in hex); none for a text too short to have shingles.
     * Two texts with Jaccard J share at least one key with probability {@code 1-(1-J^rows)^bands}.
     */
    public List<String> bandKeys(Signature s) {
        check(s);
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(config.bands());
        StringBuilder key = new StringBuilder(8 + 4 * config.rows());
        for (int band = 0; band < config.bands(); band++) {
            key.setLength(0);
            key.append('b');
            if (band < 10) {
                key.append('0');
            }
            key.append(band).append('-');
            for (int r = 0; r < config.rows(); r++) {
                int v = s.value(band * config.rows() + r) & 0xffff;
                for (int shift = 12; shift >= 0; shift -= 4) {
                    key.append(Character.forDigit((v >>> shift) & 0xf, 16));
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    /** Estimated Jaccard index of the two texts' shingle sets, from their MinHash values. */
    public double similarity(Signature a, Signature b) {
        check(a);
        check(b);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int k = a.hashes();
        int same = 0;
        for (int i = 0; i < k; i++) {
            if (a.value(i) == b.value(i)) {
                same++;
            }
        }
        // b-bit MinHash: unequal minima agree on 16 bits by chance with probability 2^-16.
        double chance = 1.0 / 65536;
        return Math.max(0, ((double) same / k - chance) / (1 - chance));
    }

    /** All measures of a later text against an earlier one, estimated from the signatures (sizes exact). */
    public Similarity estimate(Signature later, Signature earlier) {
        double j = similarity(later, earlier);
        return measures(j, later.shingleCount(), earlier.shingleCount(), figuresConflict(later, earlier), false);
    }

    /** The pre-filter a bucket applies before the exact check: estimated Jaccard at least {@code prefilterJaccard}. */
    public boolean isCandidate(Signature a, Signature b) {
        return similarity(a, b) >= config.prefilterJaccard();
    }

    /** All measures of a later text against an earlier one, computed exactly from the shingle sets. */
    public Similarity verify(Sketch later, Sketch earlier) {
        check(later.signature());
        check(earlier.signature());
        int na = later.shingles().size();
        int nb = earlier.shingles().size();
        if (na == 0 || nb == 0) {
            return Similarity.NONE;
        }
        int shared = later.shingles().intersectionSize(earlier.shingles());
        double j = (double) shared / (na + nb - shared);
        return new Similarity(j, (double) shared / na, (double) na / nb,
                figuresConflict(later.signature(), earlier.signature()), true);
    }

    /**
     * What a band bucket reports to an article about an earlier article (by first-seen time, then
     * id) it shares the bucket with: empty when the pre-filter drops the pair, else the exact
     * similarity of the article to the earlier one (qualifying or not; {@link NearDuplicateDecision}
     * applies the rule).
     */
    public Optional<NearDuplicateMatch> match(Sketch article, String earlierId, Instant earlierFirstSeen,
                                              Sketch earlier) {
        if (article.isEmpty() || earlier.isEmpty() || !isCandidate(article.signature(), earlier.signature())) {
            return Optional.empty();
        }
        return Optional.of(new NearDuplicateMatch(earlierId, earlierFirstSeen, verify(article, earlier)));
    }

    /** Whether two texts with this similarity count as copies of one story (see {@link NearDuplicateConfig}). */
    public boolean qualifies(Similarity s) {
        return config.qualifies(s);
    }

    private static Similarity measures(double jaccard, int na, int nb, boolean conflict, boolean exact) {
        if (na == 0 || nb == 0) {
            return Similarity.NONE;
        }
        // |A n B| = J (|A| + |B|) / (1 + J)
        double shared = jaccard * (na + nb) / (1 + jaccard);
        return new Similarity(jaccard, Math.min(1, shared / na), (double) na / nb, conflict, exact);
    }

    /** Some context holds a number in both texts, with no value in common: a changed figure. */
    static boolean figuresConflict(Signature a, Signature b) {
        long[] x = a.figures();
        long[] y = b.figures();
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            long cx = x[i] >>> 32;
            long cy = y[j] >>> 32;
            if (cx != cy) {
                if (Long.compare(x[i], y[j]) < 0) {
                    i++;
                } else {
                    j++;
                }
                continue;
            }
            int iEnd = i;
            while (iEnd < x.length && x[iEnd] >>> 32 == cx) {
                iEnd++;
            }
            int jEnd = j;
            while (jEnd < y.length && y[jEnd] >>> 32 == cy) {
                jEnd++;
            }
            boolean common = false;
            for (int p = i; p < iEnd && !common; p++) {
                for (int q = j; q < jEnd; q++) {
                    if (x[p] == y[q]) {
                        common = true;
                        break;
                    }
                }
            }
            if (!common) {
                return true;
            }
            i = iEnd;
            j = jEnd;
        }
        return false;
    }

    private void check(Signature s) {
        if (s.hashes() != config.hashes() || s.shingleWords() != config.shingleWords()) {
            throw new IllegalArgumentException("signature made with " + s.hashes() + " hashes over "
                    + s.shingleWords() + "-word shingles; this detector uses " + config.hashes() + " over "
                    + config.shingleWords());
        }
    }
}
