package org.khabar.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.run.DeadLetterWatcher;
import org.khabar.app.run.Pipeline;
import org.khabar.model.RawArticle;
import org.khabar.testkit.Await;
import org.khabar.testkit.LocalPostgres;

/**
 * PostgreSQL is stopped mid-stream and started again after an outage (30 s by default;
 * -Dkhabar.fault.outage=PT10S shortens it): the sink holds its batch with its partitions paused,
 * sends nothing to the dead-letter topic, and stores everything once the database is back.
 */
@Timeout(300)
class PostgresOutageFaultTest {
    @TempDir
    Path dir;

    @Test
    void theSinkWaitsOutADatabaseOutageAndLosesNothing() throws Exception {
        Duration outage = Duration.parse(System.getProperty("khabar.fault.outage", "PT30S"));
        List<RawArticle> articles = SyntheticArticles.make("pg", 2000, 2);
        List<DeadLetterWatcher.DeadLetter> dead = new CopyOnWriteArrayList<>();
        try (LocalPostgres pg = LocalPostgres.start();
             Pipeline pipeline = Pipeline.start(new Pipeline.Settings(dir, null, pg.jdbcUrl(), 3, "test", Map.of()),
                     new SimpleMeterRegistry(), new Pipeline.Listener() {
                         @Override
                         public void deadLettered(DeadLetterWatcher.DeadLetter d) {
                             dead.add(d);
                         }
                     })) {
            Thread feeder = new Thread(() -> {
                try {
                    pipeline.ingestJsonLines(new BufferedReader(new StringReader(SyntheticArticles.jsonLines(articles))),
                            "synthetic", "jsonl");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    pipeline.tracker().ingestFinished();
                }
            });
            feeder.start();
            Await.until(Duration.ofSeconds(120), "some articles stored", () -> pipeline.stored() >= 200);
            pg.stopServer();
            long down = System.nanoTime();
            Await.until(Duration.ofSeconds(60), "the sink noticing the outage", pipeline::sinkHoldingForStore);
            long storedDuringOutage = pipeline.stored();
            // The outage lasts a set time; meanwhile the sink must hold, not fail or dead-letter.
            Await.until(outage.plusSeconds(30), "the outage to last " + outage.toSeconds() + " s",
                    () -> System.nanoTime() - down >= outage.toNanos() || pipeline.failure() != null);
            assertNull(pipeline.failure());
            assertTrue(pipeline.sinkHoldingForStore());
            assertEquals(storedDuringOutage, pipeline.stored());
            assertEquals(0, dead.size(), () -> "dead-lettered during the outage: " + dead);

            pg.startServer();
            long back = System.nanoTime();
            feeder.join();
            Await.until(Duration.ofSeconds(180), "every article stored after the outage", () -> pipeline.tracker().complete(),
                    () -> pipeline.tracker().outstanding() + " outstanding; failure: " + pipeline.failure());
            double recovery = (System.nanoTime() - back) / 1e9;

            StoreAudit audit = StoreAudit.of(pg.jdbcUrl(), articles.stream().map(RawArticle::id).toList(),
                    dead.stream().map(DeadLetterWatcher.DeadLetter::key).toList());
            audit.report("postgres down " + outage.toSeconds() + " s", recovery);
            assertEquals(new StoreAudit(2000, 2000, 0, 0, 0), audit);
        }
    }
}
