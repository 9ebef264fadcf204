package org.khabar.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.event.PlaceEvents;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/**
 * The event stage groups reports in ingest order (record timestamp, then id) whatever order they
 * reach it in, as long as they arrive within the grace: with several upstream partitions, reports
 * of one place arrive interleaved by timing.
 */
class EventOrderingTest {
    private static final Instant T0 = Instant.parse("2025-06-02T07:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final ArticleEnricher ENRICHER = new ArticleEnricher();

    // Three fictional reports: two of one shelling in Kadugli, one of a clinic opening there the same day.
    private static final String SHELLING_1 = "كادقلي - قتل أربعة مدنيين وأصيب تسعة آخرون أمس الأحد في قصف مدفعي استهدف حي "
            + "الرديف في مدينة كادقلي بولاية جنوب كردفان، وفق ما أفاد به الهلال الأحمر السوداني ومسؤولون في وزارة الصحة الولائية.";
    private static final String SHELLING_2 = "كادقلي - قال الهلال الأحمر السوداني إن حصيلة القصف المدفعي الذي طال حي الرديف "
            + "أمس الأحد ارتفعت إلى ستة قتلى، فيما تواصل وزارة الصحة الولائية نقل الجرحى إلى مستشفى كادقلي التعليمي.";
    private static final String CLINIC = "كادقلي - افتتحت منظمة أطباء بلا حدود أمس الأحد عيادة متنقلة في مدينة كادقلي "
            + "لتقديم خدمات الرعاية الأولية للنازحين، وقال منسق المنظمة إن العيادة ستعمل طوال أيام الأسبوع.";

    private static EnrichedArticle enriched(String id, String text) {
        RawArticle raw = new RawArticle(id, "outlet-" + id, null, null, T0, "ar", text);
        return EnrichedArticle.of(raw, "fp-" + id, ENRICHER.enrich(text, T0), T0);
    }

    /** Runs the stage with the given arrival order; returns (article id, event id) in output order. */
    private static List<String> run(List<String> arrivalOrder, Duration grace, SimpleMeterRegistry registry) {
        Map<String, EnrichedArticle> articles = Map.of("r1", enriched("r1", SHELLING_1), "r2", enriched("r2", SHELLING_2),
                "r3", enriched("r3", CLINIC));
        Map<String, Long> ingestTime = Map.of("r1", T0.toEpochMilli(), "r2", T0.toEpochMilli() + 1000,
                "r3", T0.toEpochMilli() + 2000);
        MockProcessorContext<String, EventStep> context = new MockProcessorContext<>();
        KeyValueStore<String, PlaceEvents> places = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(EnrichTopology.EVENTS_STORE), Serdes.String(), JsonSerde.of(PlaceEvents.class))
                .withLoggingDisabled().build();
        KeyValueStore<String, HeldReport> held = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(EnrichTopology.EVENTS_HOLD_STORE), Serdes.String(), JsonSerde.of(HeldReport.class))
                .withLoggingDisabled().build();
        places.init(context.getStateStoreContext(), places);
        held.init(context.getStateStoreContext(), held);
        context.addStateStore(places);
        context.addStateStore(held);
        EventProcessor processor = new EventProcessor(EnrichTopology.EVENTS_STORE, EnrichTopology.EVENTS_HOLD_STORE,
                Duration.ofDays(7), grace, new EnrichMetrics(registry));
        processor.init(context);
        long now = 1_000_000;
        for (String id : arrivalOrder) {
            context.setCurrentSystemTimeMs(now);
            EnrichedArticle a = articles.get(id);
            RecordHeaders headers = new RecordHeaders();
            headers.add(Provenance.OFFSET, id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            processor.process(new Record<>(EventProcessor.routingKey(a), a, ingestTime.get(id), headers));
            now += 300;
        }
        now += grace.toMillis();
        context.setCurrentSystemTimeMs(now);
        context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(context.currentSystemTimeMs()));
        List<String> out = new ArrayList<>();
        for (var f : context.forwarded()) {
            Record<? extends String, ? extends EventStep> r = f.record();
            assertEquals(r.key(), new String(r.headers().lastHeader(Provenance.OFFSET).value(),
                    java.nio.charset.StandardCharsets.UTF_8), "headers travel with the report");
            assertEquals(ingestTime.get(r.key()), r.timestamp(), "the record keeps its ingest timestamp");
            out.add(r.key() + "=" + r.value().article().eventId());
        }
        return out;
    }

    @Test
    void reportsAreGroupedInIngestOrderWhateverTheirArrivalOrder() {
        List<String> inOrder = run(List.of("r1", "r2", "r3"), GRACE, new SimpleMeterRegistry());
        assertEquals(3, inOrder.size());
        assertEquals(inOrder.get(0).split("=")[1], inOrder.get(1).split("=")[1], "two reports of the shelling: " + inOrder);
        assertTrue(!inOrder.get(0).split("=")[1].equals(inOrder.get(2).split("=")[1]), "the clinic is another event");
        for (List<String> arrival : List.of(List.of("r3", "r2", "r1"), List.of("r2", "r3", "r1"), List.of("r2", "r1", "r3"))) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            assertEquals(inOrder, run(arrival, GRACE, registry), "arrival order " + arrival);
            assertEquals(0.0, registry.counter("khabar.events.late.reports").count());
        }
    }

    @Test
    void withoutGraceReportsAreGroupedOnArrival() {
        List<String> out = run(List.of("r2", "r1"), Duration.ZERO, new SimpleMeterRegistry());
        assertEquals(List.of("r2", "r1"), out.stream().map(s -> s.split("=")[0]).toList());
    }

    @Test
    void aReportLaterThanTheGraceIsGroupedOnArrivalAndCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // r2 is grouped (grace zero) before r1 arrives: r1 is late.
        run(List.of("r2", "r1"), Duration.ZERO, registry);
        assertEquals(1.0, registry.counter("khabar.events.late.reports").count());
    }
}
