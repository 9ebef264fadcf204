package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.khabar.enrich.dedup.NearDuplicateMatch;
import org.khabar.enrich.dedup.NearDuplicates;
import org.khabar.enrich.dedup.Sketch;

/**
 * One LSH band bucket (records keyed by band key): compares an arriving sketch with those the
 * bucket holds within the window, reports each near copy to the later article of the pair (so a
 * probe that arrives late still reaches the article it concerns), remembers the sketch, and says
 * it is done with the probe.
 */
final class BucketProcessor implements Processor<String, NearMessage, String, NearMessage> {
    private final String storeName;
    private final Duration window;
    private final NearDuplicates near;
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, NearMessage> store;

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
        Instant seen = Instant.ofEpochMilli(probe.firstSeen());
        Sketch sketch = Sketch.fromBytes(probe.sketch());
        boolean alreadyHeld = false;
        try (WindowStoreIterator<NearMessage> it = store.fetch(record.key(), seen.minus(window), seen.plus(window))) {
            while (it.hasNext()) {
                NearMessage held = it.next().value;
                if (held.articleId().equals(probe.articleId())) {
                    alreadyHeld = true; // an article is held once, with the time it was first seen

                    continue;
                }
                Instant heldSeen = Instant.ofEpochMilli(held.firstSeen());
                if (NearDuplicateMatch.isEarlier(heldSeen, held.articleId(), seen, probe.articleId())) {
                    report(record, probe, near.match(sketch, held.articleId(), heldSeen, Sketch.fromBytes(held.sketch())));
                } else {
                    report(record, held, near.match(Sketch.fromBytes(held.sketch()), probe.articleId(), seen, sketch));
                }
            }
        }
        if (!alreadyHeld) {
            store.put(record.key(), probe, probe.firstSeen());
        }
        context.forward(record.withKey(probe.articleId()).withValue(NearMessage.done(probe.articleId(), probe.round())));
    }

    private void report(Record<String, NearMessage> record, NearMessage later, Optional<NearDuplicateMatch> match) {
        match.ifPresent(m -> context.forward(record.withKey(later.articleId())
                .withValue(NearMessage.match(later.articleId(), later.round(), m))));
    }
}
