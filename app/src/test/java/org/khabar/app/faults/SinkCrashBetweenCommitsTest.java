package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.broker.EmbeddedKafkaBroker;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;
import org.khabar.model.JsonSerde;
import org.khabar.model.KafkaTopics;
import org.khabar.model.RawArticle;
import org.khabar.model.Topics;
import org.khabar.sink.ArticleStore;
import org.khabar.sink.JdbcArticleStore;
import org.khabar.sink.SinkConfig;
import org.khabar.sink.SinkListener;
import org.khabar.sink.SinkService;
import org.khabar.sink.StoreException;
import org.khabar.testkit.Await;

/**
 * The sink dies after the database committed a batch but before Kafka got the offsets: on
 * restart the batch is read again and the idempotent upsert stores nothing twice.
 */
@Timeout(180)
class SinkCrashBetweenCommitsTest {
    @TempDir
    Path dir;

    /** Commits to the real store, then fails like a process dying before the offset commit. */
    private static final class DiesAfterCommit implements ArticleStore {
        private final ArticleStore real;
        private final AtomicInteger writes = new AtomicInteger();
        private final int dieOnWrite;

        DiesAfterCommit(ArticleStore real, int dieOnWrite) {
            this.real = real;
            this.dieOnWrite = dieOnWrite;
        }

        @Override
        public void write(List<EnrichedArticle> articles, List<DuplicateNotice> copies, List<org.khabar.model.Event> events)
                throws StoreException {
            real.write(articles, copies, events);
            if (writes.incrementAndGet() == dieOnWrite) {
                throw new IllegalStateException("simulated crash between the database commit and the offset commit");
            }
        }

        @Override
        public long countArticles() throws StoreException {
            return real.countArticles();
        }

        @Override
        public long countCopies() throws StoreException {
            return real.countCopies();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    @Test
    void aBatchCommittedToTheDatabaseButNotToKafkaIsStoredOnce() throws Exception {
        String store = "jdbc:sqlite:" + dir.resolve("khabar.db");
        List<String> ids = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"))) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                KafkaTopics.ensure(admin, KafkaTopics.all(), 2, (short) -1);
            }
            Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            JsonSerde<EnrichedArticle> json = JsonSerde.of(EnrichedArticle.class);
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (RawArticle a : SyntheticArticles.make("sc", 1500, 4)) {
                    EnrichedArticle e = EnrichedArticle.of(a, "fp-" + a.id(), Enrichment.EMPTY, Instant.EPOCH);
                    producer.send(new ProducerRecord<>(Topics.ENRICHED, a.id().getBytes(StandardCharsets.UTF_8),
                            json.serialize(Topics.ENRICHED, e)));
                    ids.add(a.id());
                }
                producer.flush();
            }
            SinkConfig config = SinkConfig.defaults(broker.bootstrapServers(), store);
            try (JdbcArticleStore real = JdbcArticleStore.open(store);
                 SinkService crashing = new SinkService(config, new DiesAfterCommit(real, 2), new SimpleMeterRegistry(),
                         SinkListener.NONE)) {
                Thread t = new Thread(crashing);
                t.start();
                t.join(120_000);
                assertTrue(crashing.fatalError() != null, "the sink should have died");
            }
            long afterCrash = StoreAudit.count(store, "SELECT COUNT(*) FROM articles");
            long restart = System.nanoTime();
            try (JdbcArticleStore real = JdbcArticleStore.open(store);
                 SinkService sink = new SinkService(config, real, new SimpleMeterRegistry(), SinkListener.NONE)) {
                Thread t = new Thread(sink);
                t.start();
                Await.until(Duration.ofSeconds(120), "all 1500 stored after the restart",
                        () -> StoreAudit.count(store, "SELECT COUNT(*) FROM articles") == 1500);
            }
            StoreAudit audit = StoreAudit.of(store, ids, List.of());
            audit.report("sink crash after db commit (" + afterCrash + " rows then)", (System.nanoTime() - restart) / 1e9);
            assertEquals(new StoreAudit(1500, 1500, 0, 0, 0), audit);
        }
    }
}
