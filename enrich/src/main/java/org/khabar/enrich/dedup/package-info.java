/**
 * Duplicate detection, pure Java, shared by the enrich topology and the offline mode.
 *
 * <h2>Exact copies (fast path)</h2>
 * {@link org.khabar.enrich.dedup.ExactDuplicateDetector} over a {@link org.khabar.enrich.dedup.FingerprintIndex}:
 * the SHA-256 of the folded text. Catches copies differing only in diacritics, digit sets, spacing
 * or punctuation. An exact copy stops here and is never added to the near-duplicate buckets.
 *
 * <h2>Near copies</h2>
 * {@link org.khabar.enrich.dedup.NearDuplicates} holds the pure functions, with the parameters of
 * {@link org.khabar.enrich.dedup.NearDuplicateConfig} (see there for the rule and the numbers):
 * <ol>
 *   <li>{@code sketch(text)} once per article: word 5-shingles of the folded body (short lines at the
 *       start and end, i.e. page furniture and bylines, left out) as a
 *       {@link org.khabar.enrich.dedup.ShingleSet}, and a {@link org.khabar.enrich.dedup.Signature}: a
 *       16-bit MinHash of 128 values, the shingle count, and the text's figures;</li>
 *   <li>{@code bandKeys(signature)}: 24 LSH bucket keys (2 values per band);</li>
 *   <li>in a bucket, {@code match(later, earlierId, earlierFirstSeen, earlier)}: the estimated-Jaccard
 *       pre-filter, then the exact Jaccard and containment of the shingle sets and the
 *       changed-figure check;</li>
 *   <li>{@link org.khabar.enrich.dedup.NearDuplicateDecision} over the matches an article collected
 *       from all its buckets: the earliest qualifying article, by (first-seen time, id), within the
 *       window, is its original.</li>
 * </ol>
 * {@link org.khabar.enrich.dedup.NearDuplicateIndex} runs exactly these steps in memory for the
 * offline mode; {@link org.khabar.enrich.dedup.DuplicateDetector} chains the exact and near checks.
 *
 * <h2>In the topology</h2>
 * After the fingerprint stage, for an article that is not an exact copy: compute its sketch, and
 * send one record per band key (key = band key; value = id, first-seen time, sketch bytes) through
 * a repartition topic. The bucket processor keeps the records of its keys in a window store
 * (retention = the dedup window); for each record it holds under the arriving record's key it
 * calls {@code match} with the later of the two (by first-seen time, then id) as the article and
 * reports the match, keyed by the later article's id, so that a record arriving late still reaches
 * the article it concerns; then it stores the arriving record. Matches are repartitioned by article
 * id and decided by {@code NearDuplicateDecision} once all of the article's bands have reported.
 * The decision depends only on the set of matches, so the result does not depend on the partition
 * count or on how records interleave ({@code PartitionedBucketsTest} shows this without Kafka).
 * Keeping whole sketches in the buckets costs about 24 x 1.4 KB per article in the window; keeping
 * only signatures there (24 x 0.3 KB) and the shingle set once, in a store keyed by article id,
 * saves most of that at the price of one more repartition for the exact check.
 */
package org.khabar.enrich.dedup;
