package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.IngestProcess;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.SharedBroker;
import org.khabar.ingest.testing.TestBroker;
import org.khabar.ingest.testing.WebServer;
import org.khabar.testkit.Await;

/**
 * A feed item and a watched file are each ingested exactly once across kills: an ingest process
 * killed between sending an article and committing it (the article is on the broker, uncommitted),
 * and one killed right after committing, are restarted on the same checkpoints; every article is
 * committed once.
 */
@ExtendWith(SharedBroker.class)
class RestartExactlyOnceTest {
    @TempDir
    Path dir;
    private final List<Process> processes = new ArrayList<>();
    private WebServer web;

    @AfterEach
    void stop() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        if (web != null) {
            web.close();
        }
    }

    /** A running ingest JVM and the EVENT lines it printed. */
    private record Child(Process process, List<String> events) {
        long count(String prefix) {
            return events.stream().filter(e -> e.startsWith(prefix)).count();
        }
    }

    private Child launch(String prefix, Path folder, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Its temporary files (the parser's spool) go under the test's folder: a killed process cannot delete them.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), SharedBroker.broker().bootstrapServers(), prefix, web.url("/feed.rss"),
                web.allowEntry(), folder.toString(), mode);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        processes.add(p);
        List<String> events = new CopyOnWriteArrayList<>();
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("EVENT ")) {
                        events.add(line.substring(6));
                    } else {
                        log.add(line);
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process died
            }
        });
        reader.setDaemon(true);
        reader.start();
        return new Child(p, events);
    }

    private static Map<String, Integer> committedIds(TestBroker broker, String topic) {
        Map<String, Integer> counts = new HashMap<>();
        for (String k : broker.committedKeys(topic)) {
            counts.merge(k, 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aFeedItemAndAFileAreIngestedExactlyOnceAcrossKills() throws Exception {
        TestBroker broker = SharedBroker.broker();
        String prefix = broker.freshTopics("restart");
        web = new WebServer();
        String itemText = "أعلن مجلس البلدة تأجيل افتتاح السوق الأسبوعي إلى يوم الخميس بسبب أعمال صيانة في الساحة العامة.";
        web.put("/news/1", WebServer.Page.of("text/html; charset=utf-8", ("<html><body><article><p>" + itemText
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
        web.put("/feed.rss", new WebServer.Page(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"e1\""),
                Fixtures.rss("", Fixtures.rssItem("item-1", web.url("/news/1"), "تأجيل السوق",
                        "Tue, 11 Mar 2025 08:00:00 GMT", "x")).getBytes(StandardCharsets.UTF_8)));
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("report.txt"), Fixtures.S1);

        // 1. Killed between send and commit: the article is on the broker, in a transaction never committed.
        Child first = launch(prefix, folder, "halt-before-commit");
        assertTrue(first.process().waitFor(120, TimeUnit.SECONDS), "the first process did not die");
        assertEquals(42, first.process().exitValue(), "it died of something else: " + first.events());
        int uncommitted = broker.readAll(prefix + ".raw", false).size();
        assertTrue(uncommitted >= 1, "nothing reached the broker before the kill");
        assertEquals(Map.of(), committedIds(broker, prefix + ".raw"));

        // 2. Restarted: the open transaction is aborted, both inputs are ingested; killed right after the commits.
        Child second = launch(prefix, folder, "normal");
        Await.until(Duration.ofSeconds(120), "the feed item and the file to be committed",
                () -> committedIds(broker, prefix + ".raw").size() == 2, () -> second.events().toString());
        Await.until(Duration.ofSeconds(30), "the checkpoints to be committed",
                () -> broker.committedKeys(prefix + ".checkpoints").size() >= 2);
        second.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // 3. Restarted again: nothing is repeated, and new input still flows.
        Child third = launch(prefix, folder, "normal");
        Await.until(Duration.ofSeconds(120), "the third process to poll the feed and scan the folder twice",
                () -> third.count("POLLED") >= 1 && third.count("SCANNED") >= 2, () -> third.events().toString());
        assertEquals(0, third.count("PUBLISHED"), "the restarted process published again: " + third.events());
        Files.writeString(folder.resolve("later.txt"), Fixtures.S3);
        Await.until(Duration.ofSeconds(60), "a new file to be ingested by the restarted process",
                () -> third.count("PUBLISHED folder") == 1, () -> third.events().toString());
        third.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<String, Integer> committed = committedIds(broker, prefix + ".raw");
        assertEquals(3, committed.size(), committed.toString());
        committed.forEach((id, n) -> assertEquals(1, n, id + " committed " + n + " times"));
        List<String> texts = Ingests.articles(broker, prefix + ".raw").stream().map(a -> a.text()).toList();
        assertTrue(texts.contains(itemText) && texts.contains(Fixtures.S1) && texts.contains(Fixtures.S3), texts.toString());
        System.out.printf("restart test: %d raw records written in all (read_uncommitted), %d committed; first process "
                + "events %s%n", broker.readAll(prefix + ".raw", false).size(), committed.size(), first.events());
    }
}
