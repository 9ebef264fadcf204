package org.khabar.enrich.dedup;

import java.time.Duration;
import java.util.Objects;

/**
 * Parameters of near-duplicate detection. The defaults are what the topology and the offline mode
 * use; the shingle, hash and band parameters are part of the stored state's format (a
 * {@link Signature} made with other values is refused rather than compared).
 *
 * <ul>
 *   <li><b>Shingles</b>: {@code shingleWords} consecutive words of the folded text
 *       ({@link org.khabar.model.ArabicFolding#foldForMatching}). A text with fewer words has no
 *       shingles and is left to the exact (fingerprint) check.</li>
 *   <li><b>MinHash</b>: {@code hashes} values of 16 bits each (b-bit MinHash: 256 bytes).</li>
 *   <li><b>LSH</b>: {@code bands} bands of {@code rows} values; two texts become candidates when they
 *       agree on all values of at least one band: probability {@code 1-(1-J^rows)^bands}, which is
 *       1 - 2e-11 at Jaccard 0.8 and 0.9999 at 0.64, the lowest Jaccard the containment rule can
 *       accept (containment 0.99 at length ratio 0.65), with the defaults 24 x 2.</li>
 *   <li><b>Pre-filter</b>: a candidate whose estimated Jaccard is below {@code prefilterJaccard} is
 *       dropped without the exact check (a pair that qualifies has Jaccard at least 0.64; with 128
 *       values its estimate falls below 0.28 with a negligible probability).</li>
 *   <li><b>Rule</b>, on the exact shingle sets, for a later text against an earlier one: a copy
 *       when the two share no context with a different figure ({@link Signature} keeps the numbers
 *       of the text with the words around them), and either Jaccard &ge; {@code jaccardThreshold}
 *       (edits, a new intro, another dateline), or at least {@code containmentThreshold} of the later
 *       text's shingles are in the earlier one and it has at least {@code minLengthRatio} of the
 *       earlier one's shingles (paragraphs cut and nothing else: the later text adds nothing). A text
 *       both cut and reworded must reach the Jaccard threshold: measured on real news, a looser
 *       containment rule (90%, half the length) linked 45 pairs that are separate reports
 *       by the Jaccard reference. Containment is one
 *       way only: a later, longer version of a story (an earlier brief expanded) is a story of its
 *       own. Page furniture added around a copy is left out before shingling.</li>
 *   <li><b>Window</b>: only articles first seen at most {@code window} before count.</li>
 * </ul>
 */
public record NearDuplicateConfig(
        int shingleWords,
        int hashes,
        int bands,
        int rows,
        double prefilterJaccard,
        double jaccardThreshold,
        double containmentThreshold,
        double minLengthRatio,
        int maxFigureContexts,
        Duration window) {

    public static final NearDuplicateConfig DEFAULT = new NearDuplicateConfig(5, 128, 24, 2, 0.28, 0.8, 0.99, 0.65, 32,
            Duration.ofDays(7));

    public NearDuplicateConfig {
        Objects.requireNonNull(window, "window");
        if (shingleWords < 1 || shingleWords > 16) {
            throw new IllegalArgumentException("shingle words must be 1..16, got " + shingleWords);
        }
        if (hashes < 1 || hashes > 1024) {
            throw new IllegalArgumentException("hashes must be 1..1024, got " + hashes);
        }
        if (bands < 1 || rows < 1 || bands * rows > hashes) {
            throw new IllegalArgumentException("bands x rows must be at most hashes, got " + bands + " x " + rows);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        if (maxFigureContexts < 0) {
            throw new IllegalArgumentException("max figure contexts must not be negative");
        }
    }

    public NearDuplicateConfig withWindow(Duration newWindow) {
        return new NearDuplicateConfig(shingleWords, hashes, bands, rows, prefilterJaccard, jaccardThreshold,
                containmentThreshold, minLengthRatio, maxFigureContexts, newWindow);
    }

    /** The same detector with the containment rule switched off: Jaccard alone decides (for measurements). */
    public NearDuplicateConfig jaccardOnly() {
        return new NearDuplicateConfig(shingleWords, hashes, bands, rows, prefilterJaccard, jaccardThreshold,
                Double.POSITIVE_INFINITY, minLengthRatio, maxFigureContexts, window);
    }

    /** Whether two texts with this similarity are copies of one story. */
    public boolean qualifies(Similarity s) {
        if (s.figuresConflict()) {
            return false;
        }
        return s.jaccard() >= jaccardThreshold || containmentQualifies(s);
    }

    /**
     * The similarity reported for a copy: the Jaccard index, or the containment when that is what
     * made the pair qualify (a trimmed copy: Jaccard 0.77, containment 1.0).
     */
    public double score(Similarity s) {
        if (s.jaccard() < jaccardThreshold && containmentQualifies(s)) {
            return Math.max(s.jaccard(), s.containment());
        }
        return s.jaccard();
    }

    private boolean containmentQualifies(Similarity s) {
        return s.containment() >= containmentThreshold && s.lengthRatio() >= minLengthRatio;
    }
}
