package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.run.DeadLetterWatcher;
import org.khabar.app.run.Pipeline;
import org.khabar.model.RawArticle;
import org.khabar.testkit.Await;
import org.khabar.testkit.KafkaTestCluster;

/**
 * Brokers of a 3-broker cluster (replication 3, min.insync.replicas 2) are restarted one after
 * another while a few thousand articles flow: nothing may be lost or stored twice.
 */
@Timeout(300)
class BrokerRestartFaultTest {
    @TempDir
    Path dir;

    @Test
    void everyArticleIsStoredOnceThroughRepeatedBrokerRestarts() throws Exception {
        List<RawArticle> articles = SyntheticArticles.make("br", 2000, 1);
        List<DeadLetterWatcher.DeadLetter> dead = new CopyOnWriteArrayList<>();
        try (KafkaTestCluster cluster = KafkaTestCluster.start(3);
             Pipeline pipeline = Pipeline.start(new Pipeline.Settings(dir, cluster.bootstrapServers(), null, 3, "test",
                     Map.of()), new SimpleMeterRegistry(), new Pipeline.Listener() {
                         @Override
                         public void deadLettered(DeadLetterWatcher.DeadLetter d) {
                             dead.add(d);
                         }
                     })) {
            AtomicReference<Exception> ingestError = new AtomicReference<>();
            Thread feeder = new Thread(() -> {
                try {
                    pipeline.ingestJsonLines(new BufferedReader(new StringReader(SyntheticArticles.jsonLines(articles))),
                            "synthetic", "jsonl");
                } catch (Exception e) {
                    ingestError.set(e);
                } finally {
                    pipeline.tracker().ingestFinished();
                }
            });
            feeder.start();

            long threshold = 200;
            double slowestRecovery = 0;
            for (int round = 0; round < 2; round++) {
                for (int broker : cluster.brokers().keySet()) {
                    long target = threshold;
                    Await.until(Duration.ofSeconds(120), "progress before restarting broker " + broker,
                            () -> pipeline.stored() >= target || pipeline.tracker().complete());
                    long restartStart = System.nanoTime();
                    cluster.restartBroker(broker);
                    long storedAtRestart = pipeline.stored();
                    // Recovery: from the restart until articles are being stored again.
                    Await.until(Duration.ofSeconds(120), "storing again after restarting broker " + broker,
                            () -> pipeline.stored() > storedAtRestart || pipeline.tracker().complete());
                    slowestRecovery = Math.max(slowestRecovery, (System.nanoTime() - restartStart) / 1e9);
                    threshold = pipeline.stored() + 150;
                }
            }
            feeder.join();
            assertNull(ingestError.get(), () -> "ingest failed: " + ingestError.get());
            Await.until(Duration.ofSeconds(180), "every article stored or dead-lettered", () -> pipeline.tracker().complete(),
                    () -> pipeline.tracker().outstanding() + " outstanding; failure: " + pipeline.failure());
            double recovery = slowestRecovery;
            assertNull(pipeline.failure());

            StoreAudit audit = StoreAudit.of(pipeline.storeUrl(), articles.stream().map(RawArticle::id).toList(),
                    dead.stream().map(DeadLetterWatcher.DeadLetter::key).toList());
            audit.report("broker restarts (3 brokers x2; slowest)", recovery);
            assertEquals(new StoreAudit(2000, 2000, 0, 0, 0), audit);
        }
    }
}
