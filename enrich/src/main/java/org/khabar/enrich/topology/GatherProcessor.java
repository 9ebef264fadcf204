package org.khabar.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicateDecision;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.khabar.enrich.dedup.NearDuplicateMatch;

/**
 * Decides whether an article is a near copy (records keyed by article id): collects the article
 * and its buckets' answers, and once every bucket has answered and nothing more came for
 * {@code grace}, applies {@link NearDuplicateDecision} to the matches. The grace absorbs the
 * answer a bucket sends when an earlier article's probe reaches it after this one's (partitions
 * are read concurrently); a match that still comes after the decision corrects it (see
 * {@link #correct}). Decided entries are kept a few minutes to recognise late answers, then dropped.
 */
final class GatherProcessor implements Processor<String, NearMessage, String, Work> {
    private static final Logger LOG = LoggerFactory.getLogger(GatherProcessor.class);
    private static final Duration KEEP_DECIDED = Duration.ofMinutes(5);
    private static final Duration KEEP_ORPHANS = Duration.ofHours(1);

    private final String storeName;
    private final Duration grace;
    private final NearDuplicateDecision decision;
    private final EnrichMetrics metrics;
    private final Map<String, Long> ready = new HashMap<>();
    private ProcessorContext<String, Work> context;
    private KeyValueStore<String, PendingVerdict> store;

    GatherProcessor(String storeName, Duration grace, NearDuplicateDecision decision, EnrichMetrics metrics) {
        this.storeName = storeName;
        this.grace = grace;
        this.decision = decision;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Work> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        // After a restart, everything ready in the store is decided at the next punctuation.
        try (KeyValueIterator<String, PendingVerdict> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PendingVerdict> kv = it.next();
                if (kv.value.ready()) {
                    ready.put(kv.key, kv.value.updatedAt());
                }
            }
        }
        long tick = Math.max(50, grace.toMillis() / 2);
        context.schedule(Duration.ofMillis(tick), PunctuationType.WALL_CLOCK_TIME, this::decideReady);
        context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOld);
    }

    @Override
    public void process(Record<String, NearMessage> record) {
        NearMessage m = record.value();
        String id = record.key();
        long now = context.currentSystemTimeMs();
        PendingVerdict p = store.get(id);
        if (p == null || m.round() > p.round()) {
            p = PendingVerdict.open(m.round(), now); // a first or a newer delivery of this article
        } else if (m.round() < p.round()) {
            return; // an answer for an older delivery
        }
        if (p.decided()) {
            if (m.type() == NearMessage.Type.MATCH) {
                correct(id, p, m.match(), now);
            }
            return;
        }
        p = switch (m.type()) {
            case ARTICLE -> p.withArticle(m, record.timestamp(), now);
            case MATCH -> p.withMatch(m.match(), now);
            case DONE -> p.withDone(now);
            case PROBE -> p;
        };
        store.put(id, p);
        if (p.ready()) {
            if (grace.isZero()) {
                decide(id, p, now);
            } else {
                ready.put(id, now);
            }
        }
    }

    private void decideReady(long now) {
        List<String> due = new ArrayList<>();
        for (Map.Entry<String, Long> e : ready.entrySet()) {
            if (now - e.getValue() >= grace.toMillis()) {
                due.add(e.getKey());
            }
        }
        for (String id : due) {
            ready.remove(id);
            PendingVerdict p = store.get(id);
            if (p != null && p.ready()) {
                if (now - p.updatedAt() >= grace.toMillis()) {
                    decide(id, p, now);
                } else {
                    ready.put(id, p.updatedAt());
                }
            }
        }
    }

    private void decide(String id, PendingVerdict p, long now) {
        NearMessage a = p.article();
        DuplicateVerdict verdict = decision.verdict(id, Instant.ofEpochMilli(a.firstSeen()), p.matches());
        if (verdict instanceof DuplicateVerdict.Original && a.redelivery()) {
            verdict = DuplicateVerdict.REDELIVERY;
        }
        store.put(id, p.asDecided(now, !(verdict instanceof DuplicateVerdict.CopyOf)));
        forward(id, p, verdict, now);
    }

    /**
     * A match after the verdict: an earlier copy reached the buckets only after this article was
     * decided (under a backlog, upstream partitions drift apart by more than the grace). An
     * article decided original is corrected: it is sent again as a copy, and the sink moves it from
     * the articles to the copies. The copies stay right; the article's report stays in its event.
     */
    private void correct(String id, PendingVerdict p, NearDuplicateMatch match, long now) {
        if (!p.correctable()) {
            return; // already a copy, or decided too long ago to be corrected
        }
        DuplicateVerdict verdict = decision.verdict(id, Instant.ofEpochMilli(p.article().firstSeen()), List.of(match));
        if (!(verdict instanceof DuplicateVerdict.CopyOf)) {
            return;
        }
        metrics.countCorrected();
        LOG.info("{} was decided an original before its earlier copy {} reached the buckets; sent again as a copy",
                id, match.id());
        store.put(id, p.asDecided(now, false));
        forward(id, p, verdict, now);
    }

    private void forward(String id, PendingVerdict p, DuplicateVerdict verdict, long now) {
        NearMessage a = p.article();
        RecordHeaders headers = new RecordHeaders();
        a.provenance().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        Work work;
        try {
            RawArticle article = RawArticleDecoder.decode(a.raw());
            work = Work.decoded(a.raw(), article, a.fingerprint()).with(verdict).firstSeenAt(a.firstSeen())
                    .delivery(p.round());
        } catch (RawArticleDecoder.InvalidArticleException e) {
            work = Work.failed(a.raw(), new Failure("dedup", e.getMessage(), e));
        }
        context.forward(new Record<>(id, work, p.articleTimestamp() >= 0 ? p.articleTimestamp() : now, headers));
    }

    private void forgetOld(long now) {
        List<String> drop = new ArrayList<>();
        try (KeyValueIterator<String, PendingVerdict> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PendingVerdict> kv = it.next();
                PendingVerdict p = kv.value;
                long age = now - p.updatedAt();
                if ((p.decided() && age > KEEP_DECIDED.toMillis()) || (p.article() == null && age > KEEP_ORPHANS.toMillis())) {
                    drop.add(kv.key);
                }
            }
        }
        drop.forEach(store::delete);
    }
}
