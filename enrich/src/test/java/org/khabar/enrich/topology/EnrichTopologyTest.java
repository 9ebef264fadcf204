package org.khabar.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.model.DeadLetterHeaders;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;
import org.khabar.model.Topics;

/** The production topology (same build method) driven by TopologyTestDriver. */
class EnrichTopologyTest {
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);
    private static final Instant T0 = Instant.parse("2025-03-02T09:00:00Z");
    private static final String TEXT = "أعلنت وزارة الصحة في مدينة تعز مقتل ثلاثة مدنيين وإصابة خمسة آخرين في قصف مدفعي استهدف سوقا شعبية، أمس الجمعة.";

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<String, byte[]> dlq;
    private TestOutputTopic<String, org.khabar.model.Event> events;
    private EnrichMetrics metrics;
    private Enricher enricher = new ArticleEnricher();

    @BeforeEach
    void start() {
        startWith(new ArticleEnricher());
    }

    private void startWith(Enricher e) {
        if (driver != null) {
            driver.close();
        }
        metrics = new EnrichMetrics(new SimpleMeterRegistry());
        EnrichConfig config = EnrichConfig.defaults("unused:9092", stateDir);
        driver = new TopologyTestDriver(EnrichTopology.build(config, e, metrics, Clock.fixed(T0, ZoneOffset.UTC)),
                config.streamsProperties());
        raw = driver.createInputTopic(Topics.RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                JsonSerde.of(EnrichedArticle.class));
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, Serdes.String().deserializer(),
                JsonSerde.of(DuplicateNotice.class));
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
        events = driver.createOutputTopic(Topics.EVENTS, Serdes.String().deserializer(),
                JsonSerde.of(org.khabar.model.Event.class));
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(RawArticle a, Instant at) {
        raw.pipeInput(a.id(), RAW.serialize(Topics.RAW, a), at);
        settle();
    }

    /**
     * Lets the near-duplicate verdicts (decided after a grace on wall-clock time) and then the
     * event stage's ordering buffer (another grace) release their records.
     */
    private void settle() {
        driver.advanceWallClockTime(EnrichConfig.DEFAULT_DECISION_GRACE.plusMillis(1));
        driver.advanceWallClockTime(EnrichConfig.DEFAULT_EVENT_GRACE.plusMillis(1));
    }

    private static RawArticle article(String id, String text) {
        return new RawArticle(id, "test-outlet", null, "عنوان", T0, "ar", text);
    }

    @Test
    void enrichesAnArticleKeyedById() {
        send(article("a1", TEXT), T0);
        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertEquals("a1", out.key());
        assertEquals("a1", out.value().id());
        assertEquals(TEXT, out.value().text());
        assertNull(out.value().duplicateOf());
        assertTrue(enriched.isEmpty());
        assertTrue(dlq.isEmpty());
        assertEquals(1.0, metrics.enriched());
    }

    @Test
    void everyEnrichedArticleCarriesItsEventAndTheEventIsPublished() {
        startWith((text, publishedAt) -> new org.khabar.model.Enrichment(
                List.of(new org.khabar.model.Entity(org.khabar.model.EntityType.LOCATION, "تعز",
                        List.of(new org.khabar.model.Mention("تعز", 0, 3))),
                        new org.khabar.model.Entity(org.khabar.model.EntityType.ORGANIZATION, "وزارة الصحة",
                        List.of(new org.khabar.model.Mention("وزارة الصحة", 10, 21)))),
                List.of(), new org.khabar.model.Casualties(text.contains("ثلاثة") ? 3 : 4, null, List.of())));
        send(article("a1", "تعز - قصف مدفعي على سوق يقتل ثلاثة"), T0);
        send(article("a2", "تعز - ارتفاع ضحايا القصف المدفعي على السوق إلى أربعة"), T0.plusSeconds(600));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertEquals(2, out.size());
        assertEquals(out.get(0).eventId(), out.get(1).eventId());
        List<org.khabar.model.Event> published = events.readValuesToList();
        assertEquals(2, published.size(), "the event as created, then as updated");
        org.khabar.model.Event latest = published.get(1);
        assertEquals(out.get(0).eventId(), latest.id());
        assertEquals(2, latest.reports().size());
        assertEquals(3, latest.killed().min());
        assertEquals(4, latest.killed().max());
        assertTrue(latest.killed().disputed());
    }

    @Test
    void copiesWithAnotherIdGoToDuplicatesAndTheSameIdAgainIsRepublished() {
        send(article("a1", TEXT), T0);
        // Same text with diacritics, other digits and spacing: an exact copy after folding.
        send(article("a2", "  أعلنتْ وزارةُ الصحة في مدينة تعز مقتل ثلاثة مدنيين وإصابة خمسة آخرين في قصف مدفعي استهدف سوقا شعبية، أمس الجمعة"), T0.plusSeconds(60));
        send(article("a1", TEXT), T0.plusSeconds(120));
        List<EnrichedArticle> originals = enriched.readValuesToList();
        assertEquals(List.of("a1", "a1"), originals.stream().map(EnrichedArticle::id).toList());
        DuplicateNotice notice = duplicates.readValue();
        assertEquals("a2", notice.id());
        assertEquals("a1", notice.duplicateOf());
        assertEquals(1.0, metrics.duplicates());
    }

    @Test
    void nearCopiesWithAnotherHeaderAndTrimmedEndAreCopiesToo() {
        String story = "الحديدة - أعلنت السلطات الصحية في محافظة الحديدة غربي اليمن مقتل خمسة مدنيين بينهم طفلان وإصابة "
                + "ثمانية آخرين في قصف استهدف سوقا للأسماك صباح اليوم، وقالت إن فرق الإسعاف نقلت الجرحى إلى مستشفى الثورة. "
                + "وأضافت السلطات أن القصف ألحق أضرارا كبيرة بعشرات المحال التجارية والمركبات المتوقفة قرب السوق. "
                + "ودعت منظمات إغاثة محلية إلى فتح تحقيق مستقل في الحادثة وضمان حماية المدنيين في المناطق المكتظة.";
        send(article("n1", story), T0);
        // Re-run by another outlet: its own header line, the last sentence dropped, a short footer added.
        String copy = "صنعاء (وكالة تجريبية)\n" + story.substring(0, story.lastIndexOf("ودعت"))
                + "\nتابعونا على قناتنا";
        send(article("n2", copy), T0.plusSeconds(300));
        assertEquals(List.of("n1"), enriched.readValuesToList().stream().map(EnrichedArticle::id).toList());
        DuplicateNotice notice = duplicates.readValue();
        assertEquals("n2", notice.id());
        assertEquals("n1", notice.duplicateOf());
        assertTrue(notice.similarity() > 0.5 && notice.similarity() <= 1.0, "similarity " + notice.similarity());

        // Replayed, the original stays the original and the copy stays a copy.
        send(article("n1", story), T0.plusSeconds(600));
        send(article("n2", copy), T0.plusSeconds(900));
        assertEquals(List.of("n1"), enriched.readValuesToList().stream().map(EnrichedArticle::id).toList());
        assertEquals("n1", duplicates.readValue().duplicateOf());
    }

    @Test
    void copiesOutsideTheWindowAreNewArticles() {
        send(article("a1", TEXT), T0);
        send(article("a2", TEXT), T0.plus(EnrichConfig.DEFAULT_DEDUP_WINDOW).plusSeconds(3600));
        assertEquals(2, enriched.readValuesToList().size());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void malformedRecordsAreDeadLetteredWithTheirReasonAndTheStreamGoesOn() {
        byte[] garbage = "{not json at all".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput("bad-key", garbage, T0);
        raw.pipeInput("no-text", "{\"id\":\"x\",\"source\":\"s\"}".getBytes(StandardCharsets.UTF_8), T0);
        settle();
        send(article("a1", TEXT), T0);

        TestRecord<String, byte[]> first = dlq.readRecord();
        assertEquals("bad-key", first.key());
        assertEquals("{not json at all", new String(first.value(), StandardCharsets.UTF_8));
        assertEquals("decode", header(first, DeadLetterHeaders.STAGE));
        assertTrue(header(first, DeadLetterHeaders.REASON).startsWith("not a raw-article JSON object"));
        assertEquals(Topics.RAW, header(first, DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("0", header(first, DeadLetterHeaders.SOURCE_PARTITION));
        assertEquals("0", header(first, DeadLetterHeaders.SOURCE_OFFSET));
        assertTrue(header(first, DeadLetterHeaders.EXCEPTION_CLASS).contains("Json"));

        TestRecord<String, byte[]> second = dlq.readRecord();
        assertEquals("no-text", second.key());
        assertTrue(header(second, DeadLetterHeaders.REASON).contains("text"), header(second, DeadLetterHeaders.REASON));
        assertEquals("1", header(second, DeadLetterHeaders.SOURCE_OFFSET));

        assertEquals("a1", enriched.readValue().id());
        assertEquals(2.0, metrics.deadLettered());
    }

    @Test
    void anArticleThatBreaksEnrichmentIsDeadLetteredUnchangedAfterTheRepartition() {
        startWith((text, publishedAt) -> {
            if (text.contains("💥")) {
                throw new IllegalStateException("boom");
            }
            return new ArticleEnricher().enrich(text, publishedAt);
        });
        RawArticle bad = article("b1", "نص يكسر المحلل 💥");
        byte[] badBytes = RAW.serialize(Topics.RAW, bad);
        raw.pipeInput("b1", badBytes, T0);
        settle();
        send(article("a1", TEXT), T0);

        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertEquals("b1", dead.key());
        assertEquals(new String(badBytes, StandardCharsets.UTF_8), new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("enrich", header(dead, DeadLetterHeaders.STAGE));
        assertEquals(Topics.RAW, header(dead, DeadLetterHeaders.SOURCE_TOPIC));
        assertEquals("0", header(dead, DeadLetterHeaders.SOURCE_OFFSET));
        assertEquals("java.lang.IllegalStateException", header(dead, DeadLetterHeaders.EXCEPTION_CLASS));
        assertEquals("boom", header(dead, DeadLetterHeaders.EXCEPTION_MESSAGE));
        assertEquals("a1", enriched.readValue().id());
    }

    @Test
    void aRawRecordOverTheSizeLimitIsRefusedAtDecode() {
        String huge = "خبر طويل جدا ".repeat(100_000); // ~2.3 MB of UTF-8 text
        raw.pipeInput("big", RAW.serialize(Topics.RAW, article("big", huge)), T0);
        settle();
        send(article("a1", TEXT), T0);
        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertEquals("big", dead.key());
        assertEquals("decode", header(dead, DeadLetterHeaders.STAGE));
        assertTrue(header(dead, DeadLetterHeaders.REASON).contains("over the 1000000-byte record limit"), header(dead, DeadLetterHeaders.REASON));
        assertNull(dead.value(), "too large to copy into the dead-letter topic");
        assertTrue(Integer.parseInt(header(dead, DeadLetterHeaders.VALUE_OMITTED)) > 1_000_000);
        assertEquals("a1", enriched.readValue().id());
    }

    @Test
    void anEnrichedRecordOverTheSizeLimitIsDeadLetteredInsteadOfStoppingTheStream() {
        List<org.khabar.model.Entity> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(new org.khabar.model.Entity(org.khabar.model.EntityType.LOCATION, "مكان رقم " + i,
                    List.of(new org.khabar.model.Mention("مكان", 0, 4))));
        }
        startWith((text, publishedAt) -> text.contains("🐘")
                ? new org.khabar.model.Enrichment(many, List.of(), org.khabar.model.Casualties.NONE)
                : new ArticleEnricher().enrich(text, publishedAt));
        send(article("big-out", "خبر صغير ينتج سجلا ضخما 🐘"), T0);
        send(article("a1", TEXT), T0);
        TestRecord<String, byte[]> dead = dlq.readRecord();
        assertEquals("big-out", dead.key());
        assertEquals("enrich", header(dead, DeadLetterHeaders.STAGE));
        assertTrue(header(dead, DeadLetterHeaders.REASON).contains("over the 1000000-byte limit"), header(dead, DeadLetterHeaders.REASON));
        assertEquals("a1", enriched.readValue().id());
    }

    @Test
    void everyStoreAndInternalTopicIsNamed() {
        String description = EnrichTopology.build(EnrichConfig.defaults("unused:9092", stateDir), enricher,
                metrics, Clock.systemUTC()).describe().toString();
        assertTrue(description.contains(EnrichTopology.DEDUP_STORE));
        assertTrue(description.contains(EnrichTopology.DEDUP_REPARTITION + "-repartition"));
        assertTrue(!description.matches("(?s).*KSTREAM-[A-Z]+-\\d+.*"), "unnamed processor in:\n" + description);
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        return DeadLetterHeaders.get(r.headers(), name).orElse(null);
    }

}
