package org.khabar.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.SharedBroker;
import org.khabar.model.RawArticle;
import org.khabar.testkit.Await;

/** Watched folders: every format once, refused files dead-lettered once, touched files not repeated, changes re-read. */
@ExtendWith(SharedBroker.class)
class FolderWatcherTest {
    @TempDir
    Path dir;
    private IngestSources sources;

    @AfterEach
    void stop() {
        if (sources != null) {
            sources.close();
        }
    }

    @Test
    void ingestsEachFileOnceAndRereadsOnlyWhatChanged() throws Exception {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "watch");
        Path in = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(in.resolve("a.html"), Fixtures.newsPage("<meta charset=\"utf-8\">", ""));
        Files.write(in.resolve("b.txt"), "انفجار في مستودع للوقود".getBytes(Charset.forName("windows-1256")));
        Files.write(Files.createDirectories(in.resolve("reports")).resolve("c.pdf"), Fixtures.pdf());
        Files.write(in.resolve("d.docx"), Fixtures.docx());
        Files.writeString(in.resolve("e.jsonl"), "{\"id\":\"jl-1\",\"text\":\"" + Fixtures.S3 + "\"}\n{\"title\":\"no text\"}\n");
        Files.createFile(in.resolve("empty.txt"));
        Files.write(in.resolve("bomb.docx"), Fixtures.docxZipBomb(60));
        Files.writeString(Files.createDirectories(in.resolve(".hidden")).resolve("x.txt"), "مخفي");
        Ingests.Recorder recorder = new Ingests.Recorder();
        sources = IngestSources.open(s.config(), s.options().withWatch(List.of(in), Duration.ofSeconds(1)),
                new SimpleMeterRegistry(), recorder);

        sources.runOnce();
        List<RawArticle> articles = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(5, articles.size(), articles.stream().map(RawArticle::title).toList().toString());
        List<String> texts = articles.stream().map(RawArticle::text).toList();
        assertTrue(texts.contains("انفجار في مستودع للوقود"), texts.toString());
        assertTrue(articles.stream().anyMatch(a -> a.id().equals("jl-1")));
        List<Ingests.Dead> dead = Ingests.deadLetters(SharedBroker.broker(), s.dlq());
        assertEquals(3, dead.size(), dead.toString());
        String reasons = dead.stream().map(d -> d.key() + " " + d.reason()).collect(Collectors.joining("\n"));
        assertTrue(reasons.contains("empty.txt is empty"), reasons);
        assertTrue(reasons.contains("zip bomb"), reasons);
        assertTrue(reasons.contains("e.jsonl:2"), reasons);

        sources.runOnce();
        assertEquals(5, Ingests.articles(SharedBroker.broker(), s.raw()).size(), "a file was ingested twice");
        assertEquals(3, Ingests.deadLetters(SharedBroker.broker(), s.dlq()).size());

        // Touched without change: not again. Changed: the new version is published.
        Files.setLastModifiedTime(in.resolve("a.html"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.writeString(in.resolve("b.txt"), Fixtures.S2);
        Files.setLastModifiedTime(in.resolve("b.txt"), FileTime.from(Instant.now().minusSeconds(30)));
        sources.runOnce();
        List<RawArticle> after = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(6, after.size());
        assertEquals(Fixtures.S2, after.get(5).text());

        // A deleted file's checkpoint is removed (a tombstone on the compacted topic).
        Files.delete(in.resolve("reports").resolve("c.pdf"));
        sources.runOnce();
        List<ConsumerRecord<byte[], byte[]>> cps = SharedBroker.broker().readAll(s.checkpoints(), true);
        assertTrue(cps.stream().anyMatch(r -> r.value() == null && new String(r.key(), StandardCharsets.UTF_8).endsWith("c.pdf")),
                "no tombstone for the deleted file");
    }

    @Test
    void theRunningWatcherPicksUpNewFiles() throws Exception {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "watch-live");
        Path in = Files.createDirectories(dir.resolve("live"));
        Ingests.Recorder recorder = new Ingests.Recorder();
        sources = IngestSources.start(s.config(), s.options().withWatch(List.of(in), Duration.ofMillis(200)),
                new SimpleMeterRegistry(), recorder);
        Await.until(Duration.ofSeconds(30), "a first scan", () -> !recorder.scans.isEmpty());
        Files.writeString(in.resolve("new.txt"), Fixtures.S1);
        Await.until(Duration.ofSeconds(60), "the new file to be published", () -> recorder.published.size() == 1,
                () -> recorder.published + " " + recorder.deadLettered);
        assertEquals(Fixtures.S1, Ingests.articles(SharedBroker.broker(), s.raw()).get(0).text());
    }
}
