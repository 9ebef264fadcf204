package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.run.DeadLetterWatcher;
import org.khabar.app.run.Pipeline;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;
import org.khabar.model.Topics;
import org.khabar.testkit.Await;

/**
 * Poison records between good ones: random bytes, valid JSON whose enrichment throws, and an
 * article whose enriched record would exceed the topic's size limit. Each is dead-lettered with
 * its reason; every good record is stored; the pipeline keeps running.
 */
@Timeout(180)
class PoisonRecordsTest {
    @TempDir
    Path dir;

    @Test
    void poisonIsDeadLetteredWithItsReasonAndEverythingElseIsStored() throws Exception {
        ArticleEnricher real = new ArticleEnricher();
        List<org.khabar.model.Entity> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(new org.khabar.model.Entity(org.khabar.model.EntityType.LOCATION, "مكان رقم " + i,
                    List.of(new org.khabar.model.Mention("مكان", 0, 4))));
        }
        List<DeadLetterWatcher.DeadLetter> dead = new CopyOnWriteArrayList<>();
        List<RawArticle> good = SyntheticArticles.make("ok", 1000, 5);
        try (Pipeline pipeline = Pipeline.start(new Pipeline.Settings(dir, null, null, 3, "test", Map.of()),
                new SimpleMeterRegistry(), new Pipeline.Listener() {
                    @Override
                    public void deadLettered(DeadLetterWatcher.DeadLetter d) {
                        dead.add(d);
                    }
                }, (text, publishedAt) -> {
                    if (text.contains("☠")) {
                        throw new IllegalStateException("enrichment cannot handle this article");
                    }
                    if (text.contains("🐘")) {
                        return new org.khabar.model.Enrichment(many, List.of(), org.khabar.model.Casualties.NONE);
                    }
                    return real.enrich(text, publishedAt);
                })) {
            JsonSerde<RawArticle> json = JsonSerde.of(RawArticle.class);
            byte[] randomBytes = new byte[512];
            new Random(7).nextBytes(randomBytes);
            List<String> poisonKeys = List.of("poison-bytes", "poison-throws", "poison-huge-in", "poison-huge-out");
            Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers(),
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
            List<String> accepted = new ArrayList<>();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < good.size(); i++) {
                    RawArticle a = good.get(i);
                    producer.send(new ProducerRecord<>(Topics.RAW, a.id().getBytes(StandardCharsets.UTF_8),
                            json.serialize(Topics.RAW, a)));
                    accepted.add(a.id());
                    if (i == 100) {
                        producer.send(new ProducerRecord<>(Topics.RAW, bytes("poison-bytes"), randomBytes));
                    } else if (i == 400) {
                        producer.send(new ProducerRecord<>(Topics.RAW, bytes("poison-throws"), json.serialize(Topics.RAW,
                                new RawArticle("poison-throws", "x", null, null, null, "ar", "خبر ☠ يكسر المحلل"))));
                    } else if (i == 700) {
                        producer.send(new ProducerRecord<>(Topics.RAW, bytes("poison-huge-in"), json.serialize(Topics.RAW,
                                new RawArticle("poison-huge-in", "x", null, null, null, "ar", "نص طويل جدا ".repeat(110_000)))));
                    } else if (i == 800) {
                        producer.send(new ProducerRecord<>(Topics.RAW, bytes("poison-huge-out"), json.serialize(Topics.RAW,
                                new RawArticle("poison-huge-out", "x", null, null, null, "ar", "خبر قصير بنتيجة ضخمة 🐘"))));
                    }
                }
                producer.flush();
            }
            accepted.addAll(poisonKeys);
            Await.until(Duration.ofSeconds(120), "good records stored and poison dead-lettered",
                    () -> pipeline.stored() >= 1000 && dead.size() >= 4,
                    () -> pipeline.stored() + " stored, dead-lettered " + dead);
            Map<String, DeadLetterWatcher.DeadLetter> byKey = dead.stream()
                    .collect(Collectors.toMap(DeadLetterWatcher.DeadLetter::key, d -> d, (a, b) -> a));
            assertEquals("decode", byKey.get("poison-bytes").stage());
            assertTrue(byKey.get("poison-bytes").reason().startsWith("not a raw-article JSON object"));
            assertEquals("enrich", byKey.get("poison-throws").stage());
            assertTrue(byKey.get("poison-throws").reason().contains("enrichment cannot handle this article"));
            assertEquals("decode", byKey.get("poison-huge-in").stage());
            assertTrue(byKey.get("poison-huge-in").reason().contains("byte record limit"), byKey.get("poison-huge-in").reason());
            assertEquals("enrich", byKey.get("poison-huge-out").stage());
            assertTrue(byKey.get("poison-huge-out").reason().contains("byte limit of the enriched topic"),
                    byKey.get("poison-huge-out").reason());

            StoreAudit audit = StoreAudit.of(pipeline.storeUrl(), accepted,
                    dead.stream().map(DeadLetterWatcher.DeadLetter::key).toList());
            audit.report("poison records (4 among 1000)", 0);
            assertEquals(new StoreAudit(1004, 1000, 4, 0, 0), audit);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
