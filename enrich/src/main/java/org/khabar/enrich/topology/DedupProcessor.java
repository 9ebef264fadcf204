package org.khabar.enrich.topology;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.enrich.dedup.ExactDuplicateDetector;
import org.khabar.model.RawArticle;

/**
 * Runs on records keyed by fingerprint (after the dedup repartition), so every copy of a text
 * meets the same store whatever the partition count. Re-keys the result by article id.
 */
final class DedupProcessor implements Processor<String, byte[], String, Work> {
    private final String storeName;
    private final Duration window;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Work> context;
    private ExactDuplicateDetector detector;
    private WindowStoreFingerprintIndex index;
    private long lastRound;

    DedupProcessor(String storeName, Duration window, EnrichMetrics metrics) {
        this.storeName = storeName;
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Work> context) {
        this.context = context;
        WindowStore<String, String> store = context.getStateStore(storeName);
        this.index = new WindowStoreFingerprintIndex(store, window);
        this.detector = new ExactDuplicateDetector(index);
    }

    /**
     * Identifies this processing of the record for the near-duplicate gather: later processings (a
     * second copy of the same id, a replay of the raw topic) get larger values, so their verdict
     * replaces the earlier one and late answers for an earlier processing are ignored. Exactly-once
     * means every processing that counts is a new one.
     */
    private long nextRound() {
        lastRound = Math.max(context.currentSystemTimeMs() * 1024, lastRound + 1);
        return lastRound;
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
        Instant seen = Instant.ofEpochMilli(record.timestamp());
        var verdict = detector.check(article.id(), fingerprint, seen);
        // A redelivered article keeps the time it was first seen, so it stays earlier than its copies.
        long firstSeen = verdict instanceof org.khabar.enrich.dedup.DuplicateVerdict.Redelivery
                ? index.firstSeen(fingerprint, seen).orElse(seen).toEpochMilli() : record.timestamp();
        Work work = Work.decoded(bytes, article, fingerprint).with(verdict).firstSeenAt(firstSeen)
                .delivery(nextRound());
        metrics.recordDedup(System.nanoTime() - start);
        context.forward(record.withKey(article.id()).withValue(work));
    }
}
