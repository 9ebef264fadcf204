package org.khabar.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.khabar.ingest.extract.DocumentExtractor;
import org.khabar.ingest.extract.DocumentInput;
import org.khabar.ingest.extract.ExtractedDocument;
import org.khabar.ingest.publish.Outbox;
import org.khabar.ingest.source.InputFiles;
import org.khabar.ingest.source.JsonLineParser;
import org.khabar.model.DeadLetterPublisher;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes raw articles from files, folders and JSON lines to the raw topic, once (the one-shot
 * {@code khabar ingest INPUT...}; the long-running sources are {@link IngestSources}). An input
 * counts as handled only once the broker has acknowledged it (acks=all, idempotent producer) or it
 * has been dead-lettered with its reason. Documents are parsed in Tika child processes
 * ({@link DocumentExtractor}), which start on the first document and stop on {@link #close()}.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);
    /** Files up to this size are copied whole into a dead-letter record; larger ones are named only. */
    private static final long MAX_DEAD_LETTER_BYTES = 1024 * 1024;

    private final IngestConfig config;
    private final KafkaProducer<byte[], byte[]> producer;
    private final DeadLetterPublisher deadLetters;
    private final DocumentExtractor extractor;
    private final IngestMetrics metrics;

    public IngestService(IngestConfig config, MeterRegistry registry) {
        this.config = config;
        this.producer = new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        this.deadLetters = new DeadLetterPublisher(producer, config.dlqTopic());
        this.metrics = new IngestMetrics(registry);
        this.extractor = new DocumentExtractor(config.extraction());
    }

    /** Ingests files and folders (recursively): JSON lines files line by line, other files as documents. */
    public IngestReport ingestPaths(List<Path> inputs) throws IOException {
        IngestReport report = new IngestReport();
        for (Path file : InputFiles.expand(inputs)) {
            if (InputFiles.isJsonLines(file)) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    ingestJsonLines(reader, file.toString(), "jsonl", report);
                }
            } else {
                ingestDocument(file, report);
            }
        }
        return report;
    }

    /** Ingests raw-article JSON lines from a reader; {@code origin} names it in dead-letter keys. */
    public IngestReport ingestJsonLines(BufferedReader reader, String origin, String sourceKind) throws IOException {
        IngestReport report = new IngestReport();
        ingestJsonLines(reader, origin, sourceKind, report);
        return report;
    }

    private void ingestJsonLines(BufferedReader reader, String origin, String sourceKind, IngestReport report)
            throws IOException {
        List<Pending> pending = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                RawArticle article = JsonLineParser.parse(line, config.defaultSource());
                pending.add(send(article, sourceKind));
                if (pending.size() >= 1_000) {
                    awaitAll(pending, report);
                }
            } catch (JsonLineParser.InvalidInputException | Outbox.ArticleTooLargeException e) {
                deadLetter(origin + ":" + number, line.getBytes(StandardCharsets.UTF_8),
                        "line " + number + " of " + origin + " is not a usable raw article: " + e.getMessage(), e,
                        sourceKind, report);
            }
        }
        awaitAll(pending, report);
    }

    private void ingestDocument(Path file, IngestReport report) throws IOException {
        String key = "file:" + file.toAbsolutePath();
        ExtractedDocument doc;
        try {
            doc = extractor.extract(DocumentInput.of(file));
        } catch (DocumentExtractor.ExtractionException e) {
            deadLetter(key, fileBytes(file), e.getMessage(), e.getCause(), "file", report);
            return;
        }
        RawArticle article = Articles.fromDocument(doc, config.defaultSource(), null, null,
                Files.getLastModifiedTime(file).toInstant(), null);
        Pending sent;
        try {
            sent = send(article, "file");
        } catch (Outbox.ArticleTooLargeException e) {
            deadLetter(key, fileBytes(file), e.getMessage(), e, "file", report);
            return;
        }
        awaitAll(new ArrayList<>(List.of(sent)), report);
    }

    private Pending send(RawArticle article, String sourceKind) {
        byte[] key = article.id().getBytes(StandardCharsets.UTF_8);
        byte[] value = RAW.serialize(config.rawTopic(), article);
        if (value.length > Outbox.MAX_RECORD_BYTES) {
            throw new Outbox.ArticleTooLargeException("article " + article.id() + " is " + value.length
                    + " bytes of JSON, more than the " + Outbox.MAX_RECORD_BYTES + "-byte limit of one record");
        }
        Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(config.rawTopic(), null,
                org.khabar.ingest.publish.IngestClock.shared().next(), key, value));
        return new Pending(article.id(), sourceKind, ack);
    }

    /** Waits for the broker to acknowledge each pending record; a record the broker refuses is an error, never silent. */
    private void awaitAll(List<Pending> pending, IngestReport report) {
        for (Pending p : pending) {
            try {
                p.ack().get(2, TimeUnit.MINUTES);
                report.published(p.id());
                metrics.count(p.sourceKind(), "published");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka to acknowledge " + p.id(), e);
            } catch (ExecutionException | TimeoutException e) {
                metrics.count(p.sourceKind(), "failed");
                throw new IllegalStateException("Kafka did not accept article " + p.id() + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                        + ". Check that the broker at " + config.bootstrapServers() + " is up; nothing after this "
                        + "input was published.", e);
            }
        }
        pending.clear();
    }

    private void deadLetter(String key, byte[] value, String reason, Throwable error, String sourceKind,
                            IngestReport report) {
        LOG.warn("refused {}: {}", key, reason);
        deadLetters.send(key.getBytes(StandardCharsets.UTF_8), value, "ingest", reason, error, null, -1, -1);
        report.deadLettered(key);
        metrics.count(sourceKind, "dead_lettered");
    }

    private static byte[] fileBytes(Path file) {
        try {
            return Files.size(file) <= MAX_DEAD_LETTER_BYTES ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            extractor.close();
        } finally {
            producer.close(Duration.ofSeconds(30));
        }
    }

    private record Pending(String id, String sourceKind, Future<RecordMetadata> ack) {
    }
}
