package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.broker.EmbeddedKafkaBroker;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestService;
import org.khabar.model.KafkaTopics;
import org.khabar.model.RawArticle;
import org.khabar.testkit.Await;

/**
 * enrich and sink run in their own JVMs and are killed with SIGKILL mid-stream, then restarted:
 * every article ends up stored exactly once, and the dedup state survives the enrich kill (a copy
 * of an article sent before the kill is recognised after it).
 */
@Timeout(360)
class ProcessKillFaultTest {
    @TempDir
    Path dir;

    @Test
    void killingEnrichAndSinkLosesAndDoublesNothing() throws Exception {
        List<RawArticle> articles = SyntheticArticles.make("pk", 2000, 3);
        RawArticle original = new RawArticle("pk-orig", "outlet-a", null, null, null, "ar",
                "الحسكة - قالت مصادر محلية إن ثلاثة أشخاص قتلوا في انفجار سيارة مفخخة قرب مبنى البلدية صباح اليوم.");
        RawArticle copy = new RawArticle("pk-copy", "outlet-b", null, null, null, "ar",
                "الحسكة – قالت مصادرُ محلية إنّ ثلاثة أشخاص قُتلوا في انفجار سيارة مفخخة قرب مبنى البلدية صباح اليوم");
        String store = "jdbc:sqlite:" + dir.resolve("khabar.db");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        List<ServiceProcess> processes = new ArrayList<>();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("broker"));
             IngestService ingest = new IngestService(IngestConfig.defaults(broker.bootstrapServers()).withSource("test"),
                     new SimpleMeterRegistry())) {
            try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                KafkaTopics.ensure(admin, KafkaTopics.all(), 3, (short) -1);
            }
            String[] enrichArgs = {"enrich", "--bootstrap-servers", broker.bootstrapServers(), "--state-dir",
                dir.resolve("streams").toString()};
            String[] sinkArgs = {"sink", "--bootstrap-servers", broker.bootstrapServers(), "--store", store};
            ServiceProcess enrich = ServiceProcess.start(logs.resolve("enrich.log"), enrichArgs);
            ServiceProcess sink = ServiceProcess.start(logs.resolve("sink.log"), sinkArgs);
            processes.add(enrich);
            processes.add(sink);

            ingest.ingestJsonLines(reader(List.of(original)), "t", "jsonl");
            ingest.ingestJsonLines(reader(articles.subList(0, 1000)), "t", "jsonl");
            Await.until(Duration.ofSeconds(120), "the original and some articles stored",
                    () -> StoreAudit.count(store, "SELECT COUNT(*) FROM articles") >= 300
                            && StoreAudit.count(store, "SELECT COUNT(*) FROM articles WHERE id = 'pk-orig'") == 1);

            enrich.kill9();
            long enrichKilled = System.nanoTime();
            ingest.ingestJsonLines(reader(articles.subList(1000, 1500)), "t", "jsonl");
            enrich = ServiceProcess.start(logs.resolve("enrich.log"), enrichArgs);
            processes.add(enrich);
            // Sent after the restart: must still be recognised as a copy of the article sent before the kill.
            ingest.ingestJsonLines(reader(List.of(copy)), "t", "jsonl");
            Await.until(Duration.ofSeconds(120), "progress after the enrich restart",
                    () -> StoreAudit.count(store, "SELECT COUNT(*) FROM articles") >= 1200);
            double enrichRecovery = (System.nanoTime() - enrichKilled) / 1e9;

            sink.kill9();
            long sinkKilled = System.nanoTime();
            ingest.ingestJsonLines(reader(articles.subList(1500, 2000)), "t", "jsonl");
            sink = ServiceProcess.start(logs.resolve("sink.log"), sinkArgs);
            processes.add(sink);
            Await.until(Duration.ofSeconds(180), "every article stored after both kills",
                    () -> StoreAudit.count(store, "SELECT COUNT(*) FROM articles") >= 2001
                            && StoreAudit.count(store, "SELECT COUNT(*) FROM article_copies") >= 1,
                    () -> StoreAudit.count(store, "SELECT COUNT(*) FROM articles") + " articles, "
                            + StoreAudit.count(store, "SELECT COUNT(*) FROM article_copies") + " copies; logs in " + logs);
            double sinkRecovery = (System.nanoTime() - sinkKilled) / 1e9;

            List<String> ids = new ArrayList<>(articles.stream().map(RawArticle::id).toList());
            ids.add("pk-orig");
            ids.add("pk-copy");
            StoreAudit audit = StoreAudit.of(store, ids, List.of());
            audit.report("kill -9 enrich, then kill -9 sink", Math.max(enrichRecovery, sinkRecovery));
            assertEquals(new StoreAudit(2002, 2002, 0, 0, 0), audit);
            assertEquals(1, StoreAudit.count(store,
                    "SELECT COUNT(*) FROM article_copies WHERE id = 'pk-copy' AND duplicate_of = 'pk-orig'"));
        } finally {
            for (ServiceProcess p : processes) {
                p.close();
            }
        }
    }

    private static BufferedReader reader(List<RawArticle> articles) {
        return new BufferedReader(new StringReader(SyntheticArticles.jsonLines(articles)));
    }
}
