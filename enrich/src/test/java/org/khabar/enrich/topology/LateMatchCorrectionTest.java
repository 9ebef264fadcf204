package org.khabar.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicateConfig;
import org.khabar.enrich.dedup.NearDuplicateDecision;
import org.khabar.enrich.dedup.NearDuplicateMatch;
import org.khabar.enrich.dedup.Similarity;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/**
 * Under a backlog, an earlier copy can reach the buckets after a later one was decided original.
 * The gather then sends the later one again as a copy, once; matches that are not earlier, or
 * that come for an article already a copy, change nothing.
 */
class LateMatchCorrectionTest {
    private static final Instant T0 = Instant.parse("2025-06-02T07:00:00Z");
    private static final Similarity ALIKE = new Similarity(0.95, 0.97, 1.0, false, true);

    private final MockProcessorContext<String, Work> context = new MockProcessorContext<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GatherProcessor gather = new GatherProcessor(EnrichTopology.PENDING_STORE, Duration.ZERO,
            new NearDuplicateDecision(NearDuplicateConfig.DEFAULT), new EnrichMetrics(registry));

    LateMatchCorrectionTest() {
        KeyValueStore<String, PendingVerdict> store = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(EnrichTopology.PENDING_STORE), Serdes.String(), JsonSerde.of(PendingVerdict.class))
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        context.setCurrentSystemTimeMs(1_000_000);
        gather.init(context);
    }

    private void send(NearMessage m) {
        gather.process(new Record<>(m.articleId(), m, T0.toEpochMilli()));
    }

    /** An article with one band, decided at once (grace zero) with no match: an original. */
    private void decideOriginal(String id, Instant firstSeen) {
        byte[] raw = JsonSerde.of(RawArticle.class).serialize("t",
                new RawArticle(id, "outlet", null, null, T0, "ar", "نص تجريبي لمقال عن افتتاح جسر جديد في المدينة"));
        send(NearMessage.article(id, firstSeen.toEpochMilli(), 1, 1, raw, "fp-" + id, false, Map.of()));
        send(NearMessage.done(id, 1));
    }

    private List<DuplicateVerdict> verdicts() {
        return context.forwarded().stream().map(f -> f.record().value().verdict()).map(v -> (DuplicateVerdict) v).toList();
    }

    @Test
    void anOriginalIsSentAgainAsACopyWhenAnEarlierCopyIsFoundLate() {
        decideOriginal("later", T0.plusSeconds(60));
        assertEquals(List.of(DuplicateVerdict.ORIGINAL), verdicts());

        send(NearMessage.match("later", 1, new NearDuplicateMatch("earlier", T0, ALIKE)));
        assertEquals(2, verdicts().size());
        DuplicateVerdict.CopyOf copy = (DuplicateVerdict.CopyOf) verdicts().get(1);
        assertEquals("earlier", copy.originalId());
        assertEquals("later", context.forwarded().get(1).record().key());
        assertEquals(1.0, registry.counter("khabar.dedup.corrected").count());

        // The same late match again (another band), or another one: it is a copy already.
        send(NearMessage.match("later", 1, new NearDuplicateMatch("earlier", T0, ALIKE)));
        send(NearMessage.match("later", 1, new NearDuplicateMatch("earliest", T0.minusSeconds(5), ALIKE)));
        assertEquals(2, verdicts().size());
        assertEquals(1.0, registry.counter("khabar.dedup.corrected").count());
    }

    @Test
    void aLateMatchThatIsNotEarlierOrNotAlikeChangesNothing() {
        decideOriginal("first", T0);
        send(NearMessage.match("first", 1, new NearDuplicateMatch("second", T0.plusSeconds(60), ALIKE)));
        send(NearMessage.match("first", 1, new NearDuplicateMatch("older-but-other", T0.minusSeconds(60),
                new Similarity(0.3, 0.4, 1.0, false, true))));
        assertEquals(List.of(DuplicateVerdict.ORIGINAL), verdicts());
        assertTrue(registry.counter("khabar.dedup.corrected").count() == 0.0);
    }

    @Test
    void aLateAnswerForAnOlderDeliveryIsIgnored() {
        decideOriginal("a", T0.plusSeconds(60));
        // The verdict is for delivery 1; an answer about delivery 0 (before a replay) changes nothing.
        send(NearMessage.match("a", 0, new NearDuplicateMatch("b", T0, ALIKE)));
        assertEquals(List.of(DuplicateVerdict.ORIGINAL), verdicts());
    }
}
