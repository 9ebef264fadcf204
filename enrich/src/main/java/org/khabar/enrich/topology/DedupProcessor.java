package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicateMatch;
import org.khabar.enrich.dedup.Similarity;
import org.khabar.model.RawArticle;

/**
 * Exact copies (records keyed by fingerprint, after the dedup repartition, so every copy of a
 * text meets here whatever the partition count). The store keeps every article of a fingerprint
 * within the window; an arriving article is compared with them by (first-seen time, id), like a
 * band bucket, and the exact matches go to the verdict gather with the near-duplicate answers.
 * Nothing is decided here: which copy arrives first depends on how partitions interleave, which
 * one was first seen does not. Re-keys by article id.
 */
final class DedupProcessor implements Processor<String, byte[], String, Work> {
    /** Store keys are fingerprint + SEP + article id: one entry per article, found by a key-range scan. */
    private static final String SEP = "\u0000";
    private static final Similarity EXACT = new Similarity(1.0, 1.0, 1.0, false, true);

    private final String storeName;
    private final Duration window;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Work> context;
    private WindowStore<String, String> store;
    private long lastRound;

    DedupProcessor(String storeName, Duration window, EnrichMetrics metrics) {
        this.storeName = storeName;
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Work> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    /**
     * Identifies this processing of the record for the verdict gather: later processings (a second
     * copy of the same id, a replay of the raw topic) get larger values, so their verdict replaces
     * the earlier one and late answers for an earlier processing are ignored. Exactly-once means
     * every processing that counts is a new one.
     */
    private long nextRound() {
        lastRound = Math.max(context.currentSystemTimeMs() * 1024, lastRound + 1);
        return lastRound;
    }

    private record Held(String id, long firstSeen, long round) {
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String fingerprint = record.key();
        byte[] bytes = record.value();
        RawArticle article;
        try {
            article = RawArticleDecoder.decode(bytes);
        } catch (RawArticleDecoder.InvalidArticleException e) {
            // Cannot happen for records that passed decode, unless the repartition topic was written by someone else.
            context.forward(record.withKey(Provenance.key(record.headers()).orElse(fingerprint))
                    .withValue(Work.failed(bytes, new Failure("dedup", e.getMessage(), e))));
            return;
        }
        long start = System.nanoTime();
        String id = article.id();
        Instant seen = Instant.ofEpochMilli(record.timestamp());
        List<Held> held = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, String> it = store.fetch(fingerprint + SEP, fingerprint + "\u0001",
                seen.minus(window), seen.plus(window))) {
            while (it.hasNext()) {
                var kv = it.next();
                String key = kv.key.key();
                held.add(new Held(key.substring(key.indexOf(SEP) + 1), kv.key.window().start(), Long.parseLong(kv.value)));
            }
        }
        long round = nextRound();
        Held self = held.stream().filter(h -> h.id().equals(id)).findFirst().orElse(null);
        // A redelivered article keeps the time it was first seen, so it stays earlier than its copies.
        long firstSeen = self != null ? self.firstSeen() : record.timestamp();
        store.put(fingerprint + SEP + id, Long.toString(round), firstSeen);

        List<NearMessage> answers = new ArrayList<>();
        boolean earlierCopyExists = false;
        for (Held h : held) {
            if (h.id().equals(id)) {
                continue;
            }
            Instant hSeen = Instant.ofEpochMilli(h.firstSeen());
            if (NearDuplicateMatch.isEarlier(hSeen, h.id(), Instant.ofEpochMilli(firstSeen), id)) {
                answers.add(NearMessage.match(id, round, new NearDuplicateMatch(h.id(), hSeen, EXACT)));
                earlierCopyExists = true;
            } else {
                // This one was first seen earlier but arrived later: tell the later article.
                answers.add(NearMessage.match(h.id(), h.round(), new NearDuplicateMatch(id, Instant.ofEpochMilli(firstSeen),
                        EXACT)));
            }
        }
        answers.add(NearMessage.done(id, round)); // this stage counts as one of the article's buckets
        DuplicateVerdict verdict = self != null ? DuplicateVerdict.REDELIVERY : DuplicateVerdict.ORIGINAL;
        Work work = Work.decoded(bytes, article, fingerprint).with(verdict).firstSeenAt(firstSeen).delivery(round)
                .withExactAnswers(answers, earlierCopyExists);
        metrics.recordDedup(System.nanoTime() - start);
        context.forward(record.withKey(id).withValue(work));
    }
}
