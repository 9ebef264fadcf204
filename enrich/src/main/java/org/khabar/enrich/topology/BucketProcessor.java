package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.khabar.enrich.dedup.NearDuplicateMatch;
import org.khabar.enrich.dedup.NearDuplicates;
import org.khabar.enrich.dedup.Sketch;

/**
 * One LSH band bucket (records keyed by band key): compares an arriving sketch with those the
 * bucket holds within the window, reports each near copy to the later article of the pair (so a
 * probe that arrives late still reaches the article it concerns), remembers the sketch, and says
 * it is done with the probe.
 * <p>Two similar articles share many bands; the pair is compared only in the lowest band they
 * share (every bucket of that band holds both), so templated or heavily re-run texts do not cost
 * one comparison per shared band. Decoded sketches are cached, so each is decoded once per
 * thread rather than once per probe.
 */
final class BucketProcessor implements Processor<String, NearMessage, String, NearMessage> {
    private static final int CACHE_ENTRIES = 20_000;

    private final String storeName;
    private final Duration window;
    private final NearDuplicates near;
    private final Map<String, Decoded> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decoded> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, byte[]> store;

    /** A sketch and its band keys, computed once per article. */
    private record Decoded(Sketch sketch, List<String> bands) {
    }

    BucketProcessor(String storeName, Duration window, NearDuplicates near) {
        this.storeName = storeName;
        this.window = window;
        this.near = near;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, NearMessage> record) {
        NearMessage probe = record.value();
        String bucket = record.key();
        Instant seen = Instant.ofEpochMilli(probe.firstSeen());
        Decoded mine = cache.computeIfAbsent(probe.articleId(), id -> decode(probe.sketch()));
        boolean alreadyHeld = false;
        try (WindowStoreIterator<byte[]> it = store.fetch(bucket, seen.minus(window), seen.plus(window))) {
            while (it.hasNext()) {
                byte[] bytes = it.next().value;
                BucketEntry held = BucketEntry.headerOf(bytes);
                if (held.articleId().equals(probe.articleId())) {
                    alreadyHeld = true; // an article is held once, with the time it was first seen
                    continue;
                }
                Decoded theirs = cache.computeIfAbsent(held.articleId(), id -> decode(BucketEntry.sketchOf(bytes)));
                if (!lowestSharedBand(mine.bands(), theirs.bands()).equals(bucket)) {
                    continue; // compared in a lower band's bucket, which holds both
                }
                Instant heldSeen = Instant.ofEpochMilli(held.firstSeen());
                if (NearDuplicateMatch.isEarlier(heldSeen, held.articleId(), seen, probe.articleId())) {
                    report(record, probe.articleId(), probe.round(),
                            near.match(mine.sketch(), held.articleId(), heldSeen, theirs.sketch()));
                } else {
                    report(record, held.articleId(), held.round(),
                            near.match(theirs.sketch(), probe.articleId(), seen, mine.sketch()));
                }
            }
        }
        if (!alreadyHeld) {
            store.put(bucket, new BucketEntry(probe.articleId(), probe.firstSeen(), probe.round(), probe.sketch()).toBytes(),
                    probe.firstSeen());
        }
        context.forward(record.withKey(probe.articleId()).withValue(NearMessage.done(probe.articleId(), probe.round())));
    }

    private Decoded decode(byte[] sketchBytes) {
        Sketch s = Sketch.fromBytes(sketchBytes);
        return new Decoded(s, near.bandKeys(s.signature()));
    }

    /** Band keys are in band order, so the first equal pair is the lowest shared band. */
    private static String lowestSharedBand(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).equals(b.get(i))) {
                return a.get(i);
            }
        }
        return "";
    }

    private void report(Record<String, NearMessage> record, String laterId, long laterRound,
                        Optional<NearDuplicateMatch> match) {
        match.ifPresent(m -> context.forward(record.withKey(laterId).withValue(NearMessage.match(laterId, laterRound, m))));
    }
}
