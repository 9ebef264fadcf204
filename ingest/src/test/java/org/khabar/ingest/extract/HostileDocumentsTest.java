package org.khabar.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.ingest.testing.Fixtures;

/**
 * Documents built to hurt the parser: zip bombs, a page that exhausts the parser's memory, a
 * 100 MB file. Each is refused or cut with a clear reason, and the service keeps working.
 */
class HostileDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void refusesZipBombs() throws Exception {
        try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults().withParserProcesses(1))) {
            byte[] docxBomb = Fixtures.docxZipBomb(60);
            assertTrue(docxBomb.length < 1024 * 1024, "the bomb is " + docxBomb.length + " bytes");
            long t0 = System.nanoTime();
            DocumentExtractor.ExtractionException e = assertThrows(DocumentExtractor.ExtractionException.class,
                    () -> extractor.extract(new ByteArrayInputStream(docxBomb), "bomb.docx"));
            assertTrue(e.getMessage().toLowerCase().contains("zip bomb"), e.getMessage());
            assertFalse(e.retryable());
            System.out.printf("docx zip bomb (%d KB -> 60 MB) refused in %d ms: %s%n", docxBomb.length / 1024,
                    (System.nanoTime() - t0) / 1_000_000, e.getMessage());

            byte[] zipBomb = Fixtures.zipBomb(20);
            e = assertThrows(DocumentExtractor.ExtractionException.class,
                    () -> extractor.extract(new ByteArrayInputStream(zipBomb), "archive.zip"));
            assertTrue(e.getMessage().contains("application/zip") && e.getMessage().contains("not a format"),
                    e.getMessage());

            // The parser is still there for ordinary documents.
            assertEquals(Fixtures.S1, extractor.extract(new ByteArrayInputStream(Fixtures.S1.getBytes(StandardCharsets.UTF_8)),
                    "after.txt").text());
        }
    }

    @Test
    void aDocumentThatExhaustsTheParserIsRefusedAndTheNextOneParses() throws Exception {
        ExtractionLimits small = ExtractionLimits.defaults().withParserProcesses(1).withParserHeapMb(64)
                .withTimeout(Duration.ofSeconds(60));
        try (DocumentExtractor extractor = new DocumentExtractor(small)) {
            Path huge = dir.resolve("huge.html");
            try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
                w.write("<html><body>");
                for (int i = 0; i < 900_000; i++) {
                    w.write("<p><b>ب</b></p>");
                }
                w.write("</body></html>");
            }
            DocumentExtractor.ExtractionException e = assertThrows(DocumentExtractor.ExtractionException.class,
                    () -> extractor.extract(DocumentInput.of(huge)));
            assertTrue(e.getMessage().contains("memory") || e.getMessage().contains("crashed")
                    || e.getMessage().contains("longer than"), e.getMessage());
            System.out.println("memory-exhausting page refused: " + e.getMessage());
            ExtractedDocument next = extractor.extract(new ByteArrayInputStream(("<p>" + Fixtures.S3 + "</p>")
                    .getBytes(StandardCharsets.UTF_8)), "next.html");
            assertEquals(Fixtures.S3, next.text());
        }
    }

    @Test
    void a100MegabyteFileIsRefusedByDefaultAndStreamedWithBoundedMemoryWhenAllowed() throws Exception {
        Path big = dir.resolve("big.txt");
        long t0 = System.nanoTime();
        byte[] line = (Fixtures.S1 + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            long written = 0;
            while (written < 100L * 1024 * 1024) {
                out.write(line);
                written += line.length;
            }
        }
        System.out.printf("wrote %d MB in %d ms%n", Files.size(big) >> 20, (System.nanoTime() - t0) / 1_000_000);

        try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults().withParserProcesses(1))) {
            long t1 = System.nanoTime();
            DocumentExtractor.ExtractionException e = assertThrows(DocumentExtractor.ExtractionException.class,
                    () -> extractor.extract(DocumentInput.of(big)));
            assertTrue(e.getMessage().contains("larger than the 67108864-byte limit"), e.getMessage());
            System.out.printf("100 MB file refused by the default 64 MiB limit in %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        }

        ExtractionLimits allowed = ExtractionLimits.defaults().withParserProcesses(1).withMaxDocumentBytes(200L << 20);
        try (DocumentExtractor extractor = new DocumentExtractor(allowed)) {
            long before = heapUsedAfterGc();
            resetPeaks();
            long t2 = System.nanoTime();
            ExtractedDocument doc = extractor.extract(DocumentInput.of(big));
            long ms = (System.nanoTime() - t2) / 1_000_000;
            long peak = heapPeak();
            assertTrue(doc.truncated(), "the text was not cut at the write limit");
            assertTrue(doc.text().length() <= allowed.maxTextChars(), "text of " + doc.text().length() + " chars");
            assertTrue(doc.text().startsWith(Fixtures.S1));
            System.out.printf("100 MB file with the limit raised: %d chars kept (truncated), %d ms, this JVM's heap "
                            + "%d MB used before, peak %d MB during (the file is read by the %d MiB parser process)%n",
                    doc.text().length(), ms, before >> 20, peak >> 20, allowed.parserHeapMb());
        }
    }

    private static long heapUsedAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
