package org.khabar.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.run.DeadLetterWatcher;
import org.khabar.app.run.Pipeline;
import org.khabar.model.Topics;
import org.khabar.testkit.Await;

/**
 * The walking skeleton end to end: files and JSON lines through a real broker, the production
 * topology and the sink into a real database. Subclasses choose the broker and the store.
 */
abstract class PipelineScenario {
    static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    Pipeline pipeline;
    final List<DeadLetterWatcher.DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    /** null: the embedded broker under the data folder. */
    abstract String bootstrapServers();

    /** null: SQLite in the data folder. */
    abstract String storeUrl();

    Pipeline start() throws Exception {
        pipeline = Pipeline.start(new Pipeline.Settings(dir.resolve("data"), bootstrapServers(), storeUrl(), 2, "test",
                Map.of()), new SimpleMeterRegistry(), new Pipeline.Listener() {
                    @Override
                    public void deadLettered(DeadLetterWatcher.DeadLetter deadLetter) {
                        deadLetters.add(deadLetter);
                    }
                });
        return pipeline;
    }

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    static final String ARTICLE_A = "بنغازي - أعلنت مصادر طبية في مدينة بنغازي مقتل أربعة أشخاص وإصابة تسعة آخرين "
            + "في انفجار مستودع للذخيرة قرب منطقة سكنية مساء الأربعاء، وفق ما أفاد به مسؤول في جهاز الإسعاف.";
    static final String ARTICLE_B = "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>سيول في حضرموت</title></head><body>"
            + "<p>المكلا - جرفت السيول التي شهدتها محافظة حضرموت خلال اليومين الماضيين عشرات المنازل، وأعلنت السلطات "
            + "المحلية وفاة شخصين وفقدان ثلاثة آخرين.</p></body></html>";
    static final String ARTICLE_C = "{\"id\":\"jl-1\",\"source\":\"وكالة تجريبية\",\"publishedAt\":\"2025-05-04T09:00:00Z\","
            + "\"text\":\"درعا - قتل مسلحون مجهولون عنصرين من الشرطة المحلية في ريف درعا الغربي فجر اليوم.\"}\n"
            + "{\"id\":\"jl-2\",\"source\":\"وكالة تجريبية\",\"text\":\"دير الزور - أصيب ثلاثة مدنيين بانفجار لغم أرضي.\"}\n";

    private List<Path> writeInputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE_A);
        Files.writeString(in.resolve("b.html"), ARTICLE_B);
        Files.writeString(in.resolve("c.jsonl"), ARTICLE_C);
        // The same text under another file name has the same text-derived id: stored once.
        Files.writeString(in.resolve("a-again.txt"), ARTICLE_A);
        // The same story re-run by another outlet (own id, diacritics added): a copy, kept as evidence.
        Files.writeString(in.resolve("d.jsonl"), "{\"id\":\"outlet2-7\",\"source\":\"منفذ آخر\",\"text\":\""
                + ARTICLE_A.replace("مقتل", "مَقتَل") + "\"}\n");
        return List.of(in);
    }

    @Test
    void storesEveryArticleOnceAndAgainOnceAfterARerun() throws Exception {
        start();
        List<Path> inputs = writeInputs();
        pipeline.ingestPaths(inputs);
        pipeline.tracker().ingestFinished();
        Await.until(TIMEOUT, "all inputs stored", () -> pipeline.tracker().complete(),
                () -> pipeline.tracker().outstandingIds().toString());
        assertEquals(4, countRows("SELECT COUNT(*) FROM articles"));
        assertEquals(1, countRows("SELECT COUNT(*) FROM article_copies"));
        assertEquals("jl-1", oneString("SELECT id FROM articles WHERE id = 'jl-1'"));
        assertEquals("سيول في حضرموت", oneString("SELECT title FROM articles WHERE title IS NOT NULL AND url IS NULL AND text LIKE 'المكلا%'"));

        // Ingesting the same inputs again changes nothing in the store.
        long storedBefore = pipeline.stored() + pipeline.duplicates();
        pipeline.ingestPaths(inputs);
        // Five distinct ids again (the two files with one text share an id; in-flight deliveries of one id collapse).
        Await.until(TIMEOUT, "the re-run stored", () -> pipeline.stored() + pipeline.duplicates() >= storedBefore + 5);
        assertEquals(4, countRows("SELECT COUNT(*) FROM articles"));
        assertEquals(1, countRows("SELECT COUNT(*) FROM article_copies"));
    }

    @Test
    void aMalformedRawRecordIsDeadLetteredAndLaterRecordsAreStillStored() throws Exception {
        start();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "broken-1", "{\"id\": \"broken-1\", \"text\": ")).get();
            producer.send(new ProducerRecord<>(Topics.RAW, "after-1",
                    "{\"id\":\"after-1\",\"text\":\"حلب - قتل شخص في قصف على حي سكني.\"}")).get();
        }
        Await.until(TIMEOUT, "the broken record dead-lettered", () -> !deadLetters.isEmpty());
        DeadLetterWatcher.DeadLetter dead = deadLetters.get(0);
        assertEquals("broken-1", dead.key());
        assertEquals("decode", dead.stage());
        assertTrue(dead.reason().startsWith("not a raw-article JSON object"), dead.reason());
        Await.until(TIMEOUT, "the record after it stored", () -> countRowsQuietly("SELECT COUNT(*) FROM articles WHERE id = 'after-1'") == 1);
    }

    long countRowsQuietly(String sql) {
        try {
            return countRows(sql);
        } catch (Exception e) {
            return -1;
        }
    }

    long countRows(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.storeUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String oneString(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pipeline.storeUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), "no row for " + sql);
            return new String(rs.getString(1).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }
}
