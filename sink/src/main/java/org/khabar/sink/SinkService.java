package org.khabar.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.khabar.model.DeadLetterPublisher;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes enriched records and duplicate notices and stores them. Each poll is one database
 * transaction; offsets are committed only after it commits, so a crash replays at most the last
 * batch, which the idempotent upsert absorbs. A record that cannot be decoded goes to the
 * dead-letter topic; a transient store error is retried from the same offsets with capped
 * exponential backoff.
 */
public final class SinkService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);
    private static final JsonSerde<DuplicateNotice> NOTICE = JsonSerde.of(DuplicateNotice.class);

    private final SinkConfig config;
    private final ArticleStore store;
    private final SinkListener listener;
    private final SinkMetrics metrics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> dlqProducer;
    private final DeadLetterPublisher deadLetters;
    private final KafkaClientMetrics consumerMetrics;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Throwable fatal;

    public SinkService(SinkConfig config, ArticleStore store, MeterRegistry registry, SinkListener listener) {
        this.config = config;
        this.store = store;
        this.listener = listener;
        this.metrics = new SinkMetrics(registry);
        this.consumer = new KafkaConsumer<>(config.consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.dlqProducer = new KafkaProducer<>(config.producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        this.deadLetters = new DeadLetterPublisher(dlqProducer, config.dlqTopic());
        this.consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(registry);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(config.enrichedTopic(), config.duplicatesTopic()));
            LOG.info("sink writing {} and {} to {}", config.enrichedTopic(), config.duplicatesTopic(),
                    store instanceof JdbcArticleStore j ? j.redacted() : store);
            Duration backoff = Duration.ofMillis(200);
            while (!stopping.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    handle(records);
                    backoff = Duration.ofMillis(200);
                } catch (StoreException e) {
                    if (!e.isTransient()) {
                        throw e;
                    }
                    metrics.retries.increment();
                    LOG.warn("store unavailable ({}); retrying the batch in {} ms", e.getMessage(), backoff.toMillis());
                    rewind(records);
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxRetryBackoff());
                }
            }
        } catch (WakeupException e) {
            if (!stopping.get()) {
                fatal = e;
            }
        } catch (Exception e) {
            fatal = e;
            LOG.error("sink stopped: {}. Uncommitted records are read again on restart.", e.getMessage(), e);
        } finally {
            try {
                consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(10)));
            } finally {
                stopped.countDown();
            }
        }
    }

    private void handle(ConsumerRecords<byte[], byte[]> records) throws StoreException {
        List<EnrichedArticle> articles = new ArrayList<>();
        List<DuplicateNotice> copies = new ArrayList<>();
        List<String> deadLettered = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        long oldestTimestamp = Long.MAX_VALUE;
        List<Long> timestamps = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            try {
                if (r.topic().equals(config.enrichedTopic())) {
                    EnrichedArticle a = ARTICLE.deserialize(r.topic(), r.value());
                    if (a == null || a.id() == null) {
                        throw new IllegalArgumentException("enriched record without id");
                    }
                    articles.add(a);
                } else {
                    DuplicateNotice n = NOTICE.deserialize(r.topic(), r.value());
                    if (n == null || n.id() == null || n.duplicateOf() == null) {
                        throw new IllegalArgumentException("duplicate notice without id or duplicateOf");
                    }
                    copies.add(n);
                }
                timestamps.add(r.timestamp());
                oldestTimestamp = Math.min(oldestTimestamp, r.timestamp());
            } catch (RuntimeException e) {
                deadLetters.send(r.key(), r.value(), "sink", "cannot store this record: " + e.getMessage(), e,
                        r.topic(), r.partition(), r.offset());
                metrics.deadLettered.increment();
                deadLettered.add(r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        long start = System.nanoTime();
        store.write(articles, copies);
        metrics.batchWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        consumer.commitSync(offsets);
        long now = System.currentTimeMillis();
        for (long ts : timestamps) {
            metrics.endToEnd.record(Math.max(0, now - ts), TimeUnit.MILLISECONDS);
        }
        metrics.articles.increment(articles.size());
        metrics.copies.increment(copies.size());
        listener.stored(articles, copies, deadLettered);
    }

    /** Seeks every partition of the failed batch back to its first record, so the batch is read again. */
    private void rewind(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).get(0).offset());
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The error that stopped the sink, or null. */
    public Throwable fatalError() {
        return fatal;
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    @Override
    public void close() {
        stopping.set(true);
        consumer.wakeup();
        try {
            stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dlqProducer.close(Duration.ofSeconds(10));
        consumerMetrics.close();
    }
}
