package org.khabar.enrich.topology;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.enrich.dedup.NearDuplicateConfig;
import org.khabar.enrich.dedup.NearDuplicateDecision;
import org.khabar.enrich.dedup.NearDuplicates;
import org.khabar.enrich.event.PlaceEvents;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;
import org.khabar.model.JsonSerde;

/**
 * Builds the enrich topology from its configuration; production and tests call the same method.
 *
 * <pre>
 * raw (id, bytes) ─ decode ─┬─ failed ────────────────────────────────────────────── dlq
 *                           └─ ok ─ key by fingerprint ─ repartition "dedup-by-fingerprint"
 *      ─ dedup [store "dedup-fingerprints": exact matches] ─ near-fan-out ─┬─ probes ─ repartition "dedup-by-band"
 *                                                             │   ─ near-buckets [window store "dedup-buckets"] ─┐
 *                                                             └─ article ─────────────────────────────────────────┤
 *          repartition "dedup-gather" ─ near-decide [store "dedup-pending"] ─ verdict ────┤
 *      ─ enrich ─┬─ failed ─────────────────────────────────────────────────────────── dlq
 *                                                     ├─ copy ───── duplicates (copy id, notice)
 *                                                     └─ original ─ key by main place ─ repartition "events-by-place"
 *      ─ group-events [stores "events-pending", "events-by-place"] ─┬─ enriched (id, record with eventId)
 *                                                └─ events (event id, event), when it changed
 * </pre>
 * Exact copies meet after a repartition on the fingerprint; near copies meet in LSH band buckets
 * (one repartition per band key); both report matches by (first-seen time, id) and the verdict
 * is gathered per article id, so no stage needs a single partition and the verdicts do not
 * depend on the partition count or on how partitions interleave.
 */
public final class EnrichTopology {
    public static final String DEDUP_STORE = "dedup-fingerprints";
    public static final String DEDUP_REPARTITION = "dedup-by-fingerprint";
    public static final String BUCKETS_STORE = "dedup-buckets";
    public static final String BUCKETS_REPARTITION = "dedup-by-band";
    public static final String PENDING_STORE = "dedup-pending";
    public static final String GATHER_REPARTITION = "dedup-gather";
    public static final String EVENTS_STORE = "events-by-place";
    public static final String EVENTS_REPARTITION = "events-by-place";
    public static final String EVENTS_HOLD_STORE = "events-pending";

    private static final JsonSerde<EnrichedArticle> ENRICHED_SERDE = JsonSerde.of(EnrichedArticle.class);
    private static final JsonSerde<Event> EVENT_SERDE = JsonSerde.of(Event.class);
    private static final JsonSerde<PlaceEvents> PLACE_EVENTS_SERDE = JsonSerde.of(PlaceEvents.class);
    private static final JsonSerde<NearMessage> NEAR_SERDE = JsonSerde.of(NearMessage.class);
    private static final JsonSerde<PendingVerdict> PENDING_SERDE = JsonSerde.of(PendingVerdict.class);
    private static final JsonSerde<HeldReport> HELD_SERDE = JsonSerde.of(HeldReport.class);

    private static final JsonSerde<DuplicateNotice> NOTICE_SERDE = JsonSerde.of(DuplicateNotice.class);

    private EnrichTopology() {
    }

    public static Topology build(EnrichConfig config, Enricher enricher, EnrichMetrics metrics, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();

        StoreBuilder<WindowStore<String, String>> dedupStore = Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DEDUP_STORE, config.dedupWindow(), config.dedupWindow(), false),
                Serdes.String(), Serdes.String());
        builder.addStateStore(dedupStore);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE),
                Serdes.String(), PLACE_EVENTS_SERDE));
        // Band buckets keep every article's sketch for the window (duplicates: many articles per band key).
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BUCKETS_STORE, config.dedupWindow(), config.dedupWindow(), true),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), PENDING_SERDE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_HOLD_STORE),
                Serdes.String(), HELD_SERDE));

        KStream<String, Work> decoded = builder
                .stream(config.rawTopic(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-articles"))
                .processValues(() -> new DecodeProcessor(config.maxRecordBytes()), Named.as("decode"));

        Map<String, KStream<String, Work>> afterDecode = decoded.split(Named.as("decode-"))
                .branch((key, work) -> work.isFailed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        toDeadLetters(afterDecode.get("decode-failed"), config, metrics, "decode");

        KStream<String, Work> exact = afterDecode.get("decode-ok")
                .map((key, work) -> org.apache.kafka.streams.KeyValue.pair(work.fingerprint(), work.rawBytes()),
                        Named.as("key-by-fingerprint"))
                .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName(DEDUP_REPARTITION))
                .process(() -> new DedupProcessor(DEDUP_STORE, config.dedupWindow(), metrics), Named.as("dedup"), DEDUP_STORE);

        Map<String, KStream<String, Work>> afterExact = exact.split(Named.as("exact-"))
                .branch((key, work) -> work.isFailed(), Branched.as("failed"))
                .defaultBranch(Branched.as("check-near"));
        toDeadLetters(afterExact.get("exact-failed"), config, metrics, "dedup");

        // Near copies: probes to their LSH band buckets, answers and the article gathered by article id.
        NearDuplicates near = new NearDuplicates(NearDuplicateConfig.DEFAULT.withWindow(config.dedupWindow()));
        Map<String, KStream<String, NearMessage>> fanOut = afterExact.get("exact-check-near")
                .process(() -> new NearFanOutProcessor(near), Named.as("near-fan-out"))
                .split(Named.as("near-"))
                .branch((key, m) -> m.type() == NearMessage.Type.PROBE, Branched.as("probe"))
                .defaultBranch(Branched.as("article"));
        KStream<String, NearMessage> bucketAnswers = fanOut.get("near-probe")
                .repartition(Repartitioned.with(Serdes.String(), NEAR_SERDE).withName(BUCKETS_REPARTITION))
                .process(() -> new BucketProcessor(BUCKETS_STORE, config.dedupWindow(), near), Named.as("near-buckets"),
                        BUCKETS_STORE);
        KStream<String, Work> nearDecided = fanOut.get("near-article")
                .merge(bucketAnswers, Named.as("near-answers"))
                .repartition(Repartitioned.with(Serdes.String(), NEAR_SERDE).withName(GATHER_REPARTITION))
                .process(() -> new GatherProcessor(PENDING_STORE, config.decisionGrace(),
                        new NearDuplicateDecision(near.config()), metrics), Named.as("near-decide"), PENDING_STORE);

        KStream<String, Work> processed = nearDecided
                .processValues(() -> new EnrichProcessor(enricher, clock, config.maxRecordBytes()), Named.as("enrich"));

        Map<String, KStream<String, Work>> outcomes = processed.split(Named.as("outcome-"))
                .branch((key, work) -> work.isFailed(), Branched.as("failed"))
                .branch((key, work) -> work.isCopy(), Branched.as("copy"))
                .defaultBranch(Branched.as("enriched"));

        toDeadLetters(outcomes.get("outcome-failed"), config, metrics, "enrich");

        outcomes.get("outcome-copy")
                .mapValues((id, work) -> {
                    metrics.countDuplicate();
                    var copy = (org.khabar.enrich.dedup.DuplicateVerdict.CopyOf) work.verdict();
                    return DuplicateNotice.of(work.article(), copy.originalId(), copy.similarity(), clock.instant());
                }, Named.as("to-duplicate-notice"))
                .to(config.duplicatesTopic(), Produced.with(Serdes.String(), NOTICE_SERDE).withName("duplicates-sink"));

        KStream<String, EventStep> withEvents = outcomes.get("outcome-enriched")
                .mapValues((id, work) -> {
                    if (work.verdict() instanceof org.khabar.enrich.dedup.DuplicateVerdict.Redelivery) {
                        metrics.countRedelivered();
                    } else {
                        metrics.countEnriched();
                    }
                    return work.enriched();
                }, Named.as("to-enriched-record"))
                .selectKey((id, article) -> EventProcessor.routingKey(article), Named.as("key-by-place"))
                .repartition(Repartitioned.with(Serdes.String(), ENRICHED_SERDE).withName(EVENTS_REPARTITION))
                .process(() -> new EventProcessor(EVENTS_STORE, EVENTS_HOLD_STORE, config.dedupWindow(), config.eventGrace(),
                        metrics), Named.as("group-events"), EVENTS_STORE, EVENTS_HOLD_STORE);

        withEvents.mapValues(EventStep::article, Named.as("article-with-event"))
                .to(config.enrichedTopic(), Produced.with(Serdes.String(), ENRICHED_SERDE).withName("enriched-sink"));
        withEvents.filter((id, step) -> step.event() != null, Named.as("changed-events"))
                .map((id, step) -> org.apache.kafka.streams.KeyValue.pair(step.event().id(), step.event()),
                        Named.as("key-by-event"))
                .to(config.eventsTopic(), Produced.with(Serdes.String(), EVENT_SERDE).withName("events-sink"));

        return builder.build();
    }

    private static void toDeadLetters(KStream<String, Work> failed, EnrichConfig config, EnrichMetrics metrics, String from) {
        failed.process(() -> new DeadLetterProcessor(metrics::countDeadLettered, config.maxRecordBytes()),
                        Named.as(from + "-dead-letter"))
                .to(config.dlqTopic(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(from + "-dlq-sink"));
    }
}
