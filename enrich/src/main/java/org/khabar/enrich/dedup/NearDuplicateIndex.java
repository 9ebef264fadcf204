package org.khabar.enrich.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Near-duplicate detection in memory, for the offline mode and the benchmark: the same band
 * buckets, pre-filter, exact check and {@link NearDuplicateDecision} as the topology, with maps
 * instead of state stores. Every article checked is remembered in its buckets (copies too, as the
 * topology's buckets cannot know an article's verdict when they store it); articles first seen
 * more than the window before the latest time seen are forgotten, so memory is bounded by the
 * window. Not thread-safe.
 */
public final class NearDuplicateIndex {
    /** One remembered article; identity matters (equality is by reference). */
    private static final class Entry {
        private final String id;
        private final Instant firstSeen;
        private final Sketch sketch;
        private final List<String> keys;

        Entry(String id, Instant firstSeen, Sketch sketch, List<String> keys) {
            this.id = id;
            this.firstSeen = firstSeen;
            this.sketch = sketch;
            this.keys = keys;
        }

        String id() {
            return id;
        }

        Instant firstSeen() {
            return firstSeen;
        }

        Sketch sketch() {
            return sketch;
        }

        List<String> keys() {
            return keys;
        }
    }

    private final NearDuplicates detector;
    private final NearDuplicateDecision decision;
    private final Map<String, List<Entry>> buckets = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final PriorityQueue<Entry> byAge = new PriorityQueue<>(
            (a, b) -> a.firstSeen().compareTo(b.firstSeen()));
    private Instant streamTime = Instant.MIN;
    private long pairsSeen;
    private long pairsVerified;

    public NearDuplicateIndex(NearDuplicates detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.decision = new NearDuplicateDecision(detector.config());
    }

    public NearDuplicateIndex(NearDuplicateConfig config) {
        this(new NearDuplicates(config));
    }

    /**
     * Decides whether the article copies an earlier one, then remembers it. An id seen before
     * keeps its first-seen time and its first entry (a redelivery gets the same verdict).
     */
    public DuplicateVerdict check(String articleId, Sketch sketch, Instant seenAt) {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sketch, "sketch");
        if (seenAt.isAfter(streamTime)) {
            streamTime = seenAt;
            evictOlderThan(streamTime.minus(detector.config().window()));
        }
        Entry known = byId.get(articleId);
        Instant firstSeen = known != null ? known.firstSeen() : seenAt;
        List<String> keys = detector.bandKeys(sketch.signature());
        DuplicateVerdict verdict = decision.verdict(articleId, firstSeen, matches(articleId, sketch, keys));
        if (known == null) {
            Entry e = new Entry(articleId, seenAt, sketch, keys);
            byId.put(articleId, e);
            byAge.add(e);
            for (String key : keys) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
            }
        }
        return verdict;
    }

    /** What the buckets report for this article: one match per distinct earlier article passing the pre-filter. */
    private List<NearDuplicateMatch> matches(String articleId, Sketch sketch, List<String> keys) {
        Set<Entry> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<NearDuplicateMatch> out = new ArrayList<>();
        for (String key : keys) {
            for (Entry e : buckets.getOrDefault(key, List.of())) {
                if (!e.id().equals(articleId) && seen.add(e)) {
                    pairsSeen++;
                    detector.match(sketch, e.id(), e.firstSeen(), e.sketch()).ifPresent(m -> {
                        pairsVerified++;
                        out.add(m);
                    });
                }
            }
        }
        return out;
    }

    private void evictOlderThan(Instant limit) {
        while (!byAge.isEmpty() && byAge.peek().firstSeen().isBefore(limit)) {
            Entry e = byAge.poll();
            byId.remove(e.id());
            for (String key : e.keys()) {
                List<Entry> bucket = buckets.get(key);
                if (bucket != null) {
                    bucket.remove(e);
                    if (bucket.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
        }
    }

    /** Distinct (article, earlier article) pairs that met in a band bucket so far. */
    public long pairsSeen() {
        return pairsSeen;
    }

    /** Of {@link #pairsSeen()}, those that passed the pre-filter and were compared exactly. */
    public long pairsVerified() {
        return pairsVerified;
    }

    /** Articles currently remembered. */
    public int size() {
        return byId.size();
    }

    /** Serialised size of the signatures of the articles remembered. */
    public long signatureBytes() {
        return byId.values().stream().mapToLong(e -> e.sketch().signature().byteSize()).sum();
    }

    /** Serialised size of the shingle sets of the articles remembered. */
    public long shingleSetBytes() {
        return byId.values().stream().mapToLong(e -> e.sketch().shingles().byteSize()).sum();
    }

    /** Entries in the fullest band bucket currently held. */
    public int largestBucket() {
        int max = 0;
        for (List<Entry> bucket : buckets.values()) {
            max = Math.max(max, bucket.size());
        }
        return max;
    }

    /** Non-empty band buckets currently held. */
    public int bucketCount() {
        return buckets.size();
    }
}
