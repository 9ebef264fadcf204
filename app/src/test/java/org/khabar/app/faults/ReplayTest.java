package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.broker.EmbeddedKafkaBroker;
import org.khabar.app.run.Pipeline;
import org.khabar.model.RawArticle;
import org.khabar.model.Topics;
import org.khabar.testkit.Await;

/** Re-reading the raw topic from offset 0 through the whole pipeline leaves the store exactly as it was. */
@Timeout(240)
class ReplayTest {
    @TempDir
    Path dir;

    @Test
    void replayingTheRawTopicFromTheStartChangesNothingInTheStore() throws Exception {
        List<RawArticle> articles = new ArrayList<>(SyntheticArticles.make("rp", 500, 6));
        // Copies under other ids: replayed, they must be recognised as copies again, not stored as articles.
        for (int i = 0; i < 50; i++) {
            RawArticle a = articles.get(i * 7);
            articles.add(new RawArticle(a.id() + "-copy", "other-outlet", null, null, null, "ar", a.text() + " "));
        }
        Path data = dir.resolve("data");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Pipeline.Settings settings = new Pipeline.Settings(data, broker.bootstrapServers(), null, 3, "test", Map.of());
            String store;
            try (Pipeline first = Pipeline.start(settings, new SimpleMeterRegistry(), Pipeline.Listener.NONE)) {
                first.ingestJsonLines(new BufferedReader(new StringReader(SyntheticArticles.jsonLines(articles))), "t", "jsonl");
                first.tracker().ingestFinished();
                Await.until(Duration.ofSeconds(120), "the first pass stored", () -> first.tracker().complete());
                store = first.storeUrl();
            }
            String before = dump(store);
            assertTrue(before.contains("rp-7-copy"), "copies are kept as evidence");

            // Rewind enrich to the start of the raw topic, as an operator replaying it would.
            Map<TopicPartition, OffsetAndMetadata> rewind = new HashMap<>();
            admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get().get(Topics.RAW).partitions()
                    .forEach(p -> rewind.put(new TopicPartition(Topics.RAW, p.partition()), new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets("khabar-enrich", rewind).all().get();

            long start = System.nanoTime();
            try (Pipeline second = Pipeline.start(settings, new SimpleMeterRegistry(), Pipeline.Listener.NONE)) {
                Await.until(Duration.ofSeconds(120), "enrich and sink caught up after the replay",
                        () -> caughtUp(admin, "khabar-enrich", List.of(Topics.RAW))
                                && caughtUp(admin, "khabar-sink", List.of(Topics.ENRICHED, Topics.DUPLICATES))
                                && second.stored() + second.duplicates() >= articles.size());
            }
            String after = dump(store);
            StoreAudit audit = StoreAudit.of(store, articles.stream().map(RawArticle::id).toList(), List.of());
            audit.report("replay of the raw topic from offset 0", (System.nanoTime() - start) / 1e9);
            assertEquals(before, after);
            assertEquals(new StoreAudit(550, 550, 0, 0, 0), audit);
        }
    }

    private static boolean caughtUp(Admin admin, String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : topics) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest).all().get();
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                // With transactions, the end offset may sit one past the last record (the commit marker).
                if (e.getValue().offset() > 0 && (c == null || c.offset() < e.getValue().offset() - 1)) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String dump(String jdbcUrl) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            for (String sql : new String[] {"SELECT * FROM articles ORDER BY id", "SELECT * FROM article_copies ORDER BY id",
                "SELECT * FROM article_entities ORDER BY article_id, type, name", "SELECT * FROM events ORDER BY id"}) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.add(md.getColumnName(i) + "=" + rs.getString(i));
                        }
                        sb.append(row.stream().collect(Collectors.joining(", "))).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
