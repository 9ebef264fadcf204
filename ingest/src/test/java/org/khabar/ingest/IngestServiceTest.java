package org.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.SharedBroker;
import org.khabar.model.RawArticle;

/** The one-shot API the app calls ({@code khabar ingest INPUT...}, {@code run} inputs): documents go through the isolated parser. */
@ExtendWith(SharedBroker.class)
class IngestServiceTest {
    @TempDir
    Path dir;

    @Test
    void publishesFilesAndFoldersAndDeadLettersWhatItCannotRead() throws Exception {
        Ingests.Setup s = Ingests.setup(SharedBroker.broker(), "oneshot");
        Files.writeString(dir.resolve("a.html"), Fixtures.newsPage("<meta charset=\"utf-8\">", ""));
        Files.write(dir.resolve("b.pdf"), Fixtures.pdf());
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"x-1\",\"text\":\"" + Fixtures.S2 + "\"}\n[1]\n");
        Files.write(dir.resolve("d.zip"), Fixtures.zipBomb(2));
        try (IngestService ingest = new IngestService(s.config(), new SimpleMeterRegistry())) {
            IngestReport report = ingest.ingestPaths(List.of(dir));
            assertEquals(3, report.publishedIds().size(), report.publishedIds().toString());
            assertEquals(2, report.deadLetteredKeys().size(), report.deadLetteredKeys().toString());
            IngestReport lines = ingest.ingestJsonLines(new BufferedReader(new StringReader("{\"text\":\"" + Fixtures.S3
                    + "\"}\n")), "stdin", "jsonl");
            assertEquals(1, lines.publishedIds().size());
        }
        List<RawArticle> raw = Ingests.articles(SharedBroker.broker(), s.raw());
        assertEquals(4, raw.size());
        assertTrue(raw.get(0).text().startsWith(Fixtures.S1), "only the article's text: " + raw.get(0).text());
        String reasons = Ingests.deadLetters(SharedBroker.broker(), s.dlq()).toString();
        assertTrue(reasons.contains("application/zip"), reasons);
    }
}
