package org.khabar.ingest.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.khabar.ingest.Articles;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.extract.DocumentInput;
import org.khabar.ingest.extract.ExtractedDocument;
import org.khabar.ingest.publish.Checkpoints;
import org.khabar.ingest.publish.Outbox;
import org.khabar.ingest.source.InputFiles;
import org.khabar.ingest.source.JsonLineParser;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders (recursively, hidden entries skipped) for new and changed files and ingests
 * each once: a file is done when its checkpoint (path, size, modification time, SHA-256) is
 * committed in the same transaction as its article or dead letter. A file is read only once it
 * has stopped changing (same size and time on two scans, or untouched for the settle time); a
 * file touched without changing its content only gets its checkpoint updated; a deleted file's
 * checkpoint is removed. Scans every {@code interval}; polling works on every file system
 * (network shares included), where change notifications do not.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    static final String KIND = "file";
    private static final String SOURCE_KIND = "folder";
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

    /** The checkpoint of a watched file. */
    public record FileCheckpoint(long size, long modifiedMillis, String sha256, String articleId, String outcome,
                                 Instant at) {
    }

    private record Seen(long size, long modifiedMillis) {
    }

    /** Reports the end of each scan (tests wait on it instead of sleeping). */
    public interface ScanListener {
        void scanned(int files, int ingested);
    }

    private final List<Path> roots;
    private final Duration interval;
    private final Outbox outbox;
    private final DocumentExtractor extractor;
    private final String source;
    private final ScanListener scanListener;
    private final Map<Path, Seen> lastScan = new HashMap<>();
    private final Object wake = new Object();
    private volatile boolean running;
    private Thread thread;

    public FolderWatcher(List<Path> roots, Duration interval, Outbox outbox, DocumentExtractor extractor, String source,
                         ScanListener scanListener) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.interval = interval;
        this.outbox = outbox;
        this.extractor = extractor;
        this.source = source;
        this.scanListener = scanListener == null ? (files, ingested) -> {
        } : scanListener;
    }

    public void start() {
        running = true;
        thread = new Thread(this::loop, "khabar-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                scanOnce();
            } catch (RuntimeException e) {
                LOG.warn("scan of {} failed, retrying: {}", roots, e.toString());
            }
            synchronized (wake) {
                if (!running) {
                    break;
                }
                try {
                    wake.wait(interval.toMillis());
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
    }

    /** One pass over every folder; returns the number of files ingested (published or dead-lettered). */
    public int scanOnce() {
        int files = 0;
        int ingested = 0;
        Set<Path> present = new HashSet<>();
        Map<Path, Seen> thisScan = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                LOG.warn("watched folder {} does not exist (yet)", root);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !hidden(root, p)).filter(Files::isRegularFile).sorted().forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("cannot list {}: {}", root, e.toString());
                continue;
            }
            for (Path file : found) {
                if (!running && thread != null) {
                    return ingested;
                }
                files++;
                present.add(file);
                try {
                    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    Seen seen = new Seen(attrs.size(), attrs.lastModifiedTime().toMillis());
                    thisScan.put(file, seen);
                    if (handle(file, seen)) {
                        ingested++;
                    }
                } catch (NoSuchFileException gone) {
                    // removed while scanning: the next scan removes its checkpoint
                } catch (IOException e) {
                    LOG.warn("cannot read {}: {}", file, e.toString());
                } catch (RetryLater e) {
                    LOG.warn("could not publish {}; will retry: {}", file, e.getMessage());
                    lastScan.clear();
                    lastScan.putAll(thisScan);
                    scanListener.scanned(files, ingested);
                    return ingested;
                }
            }
        }
        forgetRemoved(present);
        lastScan.clear();
        lastScan.putAll(thisScan);
        scanListener.scanned(files, ingested);
        return ingested;
    }

    private boolean handle(Path file, Seen seen) throws IOException {
        String id = file.toString();
        Checkpoints cps = outbox.checkpoints();
        FileCheckpoint done = cps.get(KIND, id, FileCheckpoint.class);
        if (done != null && done.size() == seen.size() && done.modifiedMillis() == seen.modifiedMillis()) {
            return false;
        }
        boolean settled = seen.equals(lastScan.get(file))
                || System.currentTimeMillis() - seen.modifiedMillis() >= SETTLE.toMillis();
        if (!settled) {
            return false;
        }
        // A file too large to parse is refused unread; hashing it would read it all.
        String sha = seen.size() > extractor.limits().maxDocumentBytes() ? null : sha256(file);
        if (done != null && sha != null && sha.equals(done.sha256())) {
            await(outbox.checkpoint(List.of(cps.put(KIND, id, new FileCheckpoint(seen.size(), seen.modifiedMillis(),
                    sha, done.articleId(), done.outcome(), Instant.now())))), file);
            return false;
        }
        if (InputFiles.isJsonLines(file)) {
            ingestJsonLines(file, seen, sha);
        } else {
            ingestDocument(file, seen, sha);
        }
        return true;
    }

    private void ingestDocument(Path file, Seen seen, String sha) throws IOException {
        String id = file.toString();
        Checkpoints cps = outbox.checkpoints();
        ExtractedDocument doc;
        try {
            doc = extractor.extract(DocumentInput.of(file));
        } catch (DocumentExtractor.ExtractionException e) {
            if (e.retryable()) {
                LOG.warn("could not parse {} now, will retry: {}", file, e.getMessage());
                throw new RetryLater(e.getMessage());
            }
            Outbox.DeadLetter dl = new Outbox.DeadLetter("file:" + id, smallFileBytes(file, seen.size()),
                    e.getMessage(), e.getCause());
            await(outbox.deadLetter(dl, SOURCE_KIND, List.of(cps.put(KIND, id, new FileCheckpoint(seen.size(),
                    seen.modifiedMillis(), sha, null, "dead_lettered", Instant.now())))), file);
            return;
        }
        RawArticle article = Articles.fromDocument(doc, source, null, null,
                Instant.ofEpochMilli(seen.modifiedMillis()), null);
        List<ProducerRecord<byte[], byte[]>> cp = List.of(cps.put(KIND, id, new FileCheckpoint(seen.size(),
                seen.modifiedMillis(), sha, article.id(), "published", Instant.now())));
        try {
            await(outbox.publish(article, SOURCE_KIND, cp), file);
        } catch (Outbox.ArticleTooLargeException e) {
            await(outbox.deadLetter(new Outbox.DeadLetter("file:" + id, smallFileBytes(file, seen.size()),
                    e.getMessage(), e), SOURCE_KIND, cp), file);
        }
    }

    private void ingestJsonLines(Path file, Seen seen, String sha) throws IOException {
        String id = file.toString();
        if (seen.size() > extractor.limits().maxDocumentBytes()) {
            // One file is one transaction: a bigger one belongs on `khabar ingest FILE`.
            await(outbox.deadLetter(new Outbox.DeadLetter("file:" + id, null, id + " is " + seen.size()
                    + " bytes, more than the " + extractor.limits().maxDocumentBytes() + "-byte limit for a watched "
                    + "file; ingest it with `khabar ingest " + file.getFileName() + "`", null), "jsonl",
                    List.of(outbox.checkpoints().put(KIND, id, new FileCheckpoint(seen.size(), seen.modifiedMillis(),
                            sha, null, "dead_lettered", Instant.now())))), file);
            return;
        }
        List<RawArticle> articles = new ArrayList<>();
        List<Outbox.DeadLetter> dead = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    RawArticle a = JsonLineParser.parse(line, source);
                    outbox.serialize(a);
                    articles.add(a);
                } catch (JsonLineParser.InvalidInputException | Outbox.ArticleTooLargeException e) {
                    dead.add(new Outbox.DeadLetter(id + ":" + number, line.getBytes(StandardCharsets.UTF_8),
                            "line " + number + " of " + id + " is not a usable raw article: " + e.getMessage(), e));
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            dead.clear();
            articles.clear();
            dead.add(new Outbox.DeadLetter("file:" + id, smallFileBytes(file, seen.size()),
                    id + " is not UTF-8 JSON lines", e));
        }
        await(outbox.publishAll(articles, dead, "jsonl", List.of(outbox.checkpoints().put(KIND, id,
                new FileCheckpoint(seen.size(), seen.modifiedMillis(), sha, null, "published", Instant.now())))), file);
    }

    private void forgetRemoved(Set<Path> present) {
        List<ProducerRecord<byte[], byte[]>> tombstones = new ArrayList<>();
        Checkpoints cps = outbox.checkpoints();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
            for (String id : cps.ids(KIND, prefix)) {
                if (!present.contains(Path.of(id))) {
                    tombstones.add(cps.delete(KIND, id));
                }
            }
        }
        if (!tombstones.isEmpty()) {
            try {
                await(outbox.checkpoint(tombstones), null);
            } catch (RetryLater e) {
                LOG.debug("could not remove checkpoints of deleted files yet: {}", e.getMessage());
            }
        }
    }

    private static void await(java.util.concurrent.CompletableFuture<Void> f, Path file) {
        try {
            f.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLater("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new RetryLater((file == null ? "" : file + ": ") + cause);
        }
    }

    private static byte[] smallFileBytes(Path file, long size) {
        if (size > Outbox.MAX_DEAD_LETTER_BYTES) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Nudges the watcher to scan now. */
    public void wakeUp() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    @Override
    public void close() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Publishing or parsing did not complete; the file stays pending and is retried on the next scan. */
    private static final class RetryLater extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetryLater(String message) {
            super(message);
        }
    }
}
