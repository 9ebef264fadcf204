package org.khabar.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.khabar.ingest.IngestListener;
import org.khabar.ingest.IngestMetrics;
import org.khabar.model.DeadLetterHeaders;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the long-running sources hand their results: an article or a dead letter, each with the
 * checkpoint records that acknowledge its source item, published in one transaction. When the
 * returned future completes the commit has happened, the checkpoints are applied to the in-memory
 * view, the outcome is counted and the listener told.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);
    /** Largest article value published: under the producers' 8 MiB request limit with room for headers. */
    public static final int MAX_RECORD_BYTES = 7 * 1024 * 1024;
    /** Bytes of a refused input copied into its dead letter. */
    public static final int MAX_DEAD_LETTER_BYTES = 1024 * 1024;

    private final TransactionalPublisher publisher;
    private final Checkpoints checkpoints;
    private final String rawTopic;
    private final String dlqTopic;
    private final IngestMetrics metrics;
    private final IngestListener listener;

    public Outbox(TransactionalPublisher publisher, Checkpoints checkpoints, String rawTopic, String dlqTopic,
                  IngestMetrics metrics, IngestListener listener) {
        this.publisher = publisher;
        this.checkpoints = checkpoints;
        this.rawTopic = rawTopic;
        this.dlqTopic = dlqTopic;
        this.metrics = metrics;
        this.listener = listener;
    }

    public Checkpoints checkpoints() {
        return checkpoints;
    }

    public TransactionalPublisher publisher() {
        return publisher;
    }

    /** The serialized article, or an exception saying why it cannot be published (too large). */
    public byte[] serialize(RawArticle article) {
        byte[] value = RAW.serialize(rawTopic, article);
        if (value.length > MAX_RECORD_BYTES) {
            throw new ArticleTooLargeException("article " + article.id() + " is " + value.length
                    + " bytes of JSON, more than the " + MAX_RECORD_BYTES + "-byte limit of one record");
        }
        return value;
    }

    /** Publishes an article with its checkpoints. */
    public CompletableFuture<Void> publish(RawArticle article, String sourceKind,
                                           List<ProducerRecord<byte[], byte[]>> checkpointRecords) {
        byte[] value = serialize(article);
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(1 + checkpointRecords.size());
        records.add(new ProducerRecord<>(rawTopic, null, IngestClock.shared().next(),
                article.id().getBytes(StandardCharsets.UTF_8), value));
        records.addAll(checkpointRecords);
        return publisher.submit(records).whenComplete((ok, e) -> {
            if (e == null) {
                checkpoints.committed(checkpointRecords);
                metrics.count(sourceKind, "published");
                listener.published(article, sourceKind);
            } else {
                metrics.count(sourceKind, "failed");
            }
        });
    }

    /** Publishes many articles and dead letters with their checkpoints in one transaction (a JSON lines file). */
    public CompletableFuture<Void> publishAll(List<RawArticle> articles, List<DeadLetter> deadLetters, String sourceKind,
                                              List<ProducerRecord<byte[], byte[]>> checkpointRecords) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (RawArticle a : articles) {
            records.add(new ProducerRecord<>(rawTopic, null, IngestClock.shared().next(),
                    a.id().getBytes(StandardCharsets.UTF_8), serialize(a)));
        }
        for (DeadLetter d : deadLetters) {
            records.add(deadLetterRecord(d));
        }
        records.addAll(checkpointRecords);
        return publisher.submit(records).whenComplete((ok, e) -> {
            if (e == null) {
                checkpoints.committed(checkpointRecords);
                for (RawArticle a : articles) {
                    metrics.count(sourceKind, "published");
                    listener.published(a, sourceKind);
                }
                for (DeadLetter d : deadLetters) {
                    metrics.count(sourceKind, "dead_lettered");
                    listener.deadLettered(d.key(), d.reason(), sourceKind);
                }
            } else {
                metrics.count(sourceKind, "failed");
            }
        });
    }

    /** A refused input, its bytes (cut to 1 MiB, or null) and why. */
    public record DeadLetter(String key, byte[] value, String reason, Throwable error) {
    }

    /** Dead-letters a refused input with its checkpoints. */
    public CompletableFuture<Void> deadLetter(DeadLetter d, String sourceKind,
                                              List<ProducerRecord<byte[], byte[]>> checkpointRecords) {
        LOG.warn("refused {}: {}", d.key(), d.reason());
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(1 + checkpointRecords.size());
        records.add(deadLetterRecord(d));
        records.addAll(checkpointRecords);
        return publisher.submit(records).whenComplete((ok, e) -> {
            if (e == null) {
                checkpoints.committed(checkpointRecords);
                metrics.count(sourceKind, "dead_lettered");
                listener.deadLettered(d.key(), d.reason(), sourceKind);
            } else {
                metrics.count(sourceKind, "failed");
            }
        });
    }

    /** Checkpoints alone (a feed's ETag, a touched file, removed files). */
    public CompletableFuture<Void> checkpoint(List<ProducerRecord<byte[], byte[]>> checkpointRecords) {
        if (checkpointRecords.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return publisher.submit(checkpointRecords).whenComplete((ok, e) -> {
            if (e == null) {
                checkpoints.committed(checkpointRecords);
            }
        });
    }

    private ProducerRecord<byte[], byte[]> deadLetterRecord(DeadLetter d) {
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.describe(headers, "ingest", d.reason(), d.error(), null, -1, -1);
        byte[] value = d.value();
        if (value != null && value.length > MAX_DEAD_LETTER_BYTES) {
            value = java.util.Arrays.copyOf(value, MAX_DEAD_LETTER_BYTES);
        }
        return new ProducerRecord<>(dlqTopic, null, d.key().getBytes(StandardCharsets.UTF_8), value, headers);
    }

    /** An article whose JSON exceeds one record's limit. */
    public static final class ArticleTooLargeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public ArticleTooLargeException(String message) {
            super(message);
        }
    }
}
