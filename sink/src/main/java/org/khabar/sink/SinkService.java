package org.khabar.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.khabar.model.DeadLetterPublisher;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;
import org.khabar.model.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes enriched records and duplicate notices and stores them.
 * <ul>
 * <li>Each poll is one database transaction; offsets are committed only after it commits, so a
 * crash replays at most the last batch, which the idempotent upsert absorbs.</li>
 * <li>A transient store error (connection lost, server down, lock) holds the batch: the consumer
 * pauses its partitions and keeps polling, so it stays in its group (no rebalance) while the
 * write is retried with capped exponential backoff. Nothing is dead-lettered for an outage.</li>
 * <li>A permanent error splits the batch: records that store on their own are stored, the ones
 * that fail alone go to the dead-letter topic with the reason. So does a record that cannot be
 * decoded.</li>
 * <li>If partitions are revoked while a batch is held, the batch is dropped uncommitted and read
 * again by whoever owns the partitions next.</li>
 * </ul>
 */
public final class SinkService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);
    private static final JsonSerde<DuplicateNotice> NOTICE = JsonSerde.of(DuplicateNotice.class);
    private static final JsonSerde<Event> EVENT = JsonSerde.of(Event.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

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
    private volatile boolean holding;

    /** The batch waiting for the store to come back, or null. Only touched by the polling thread. */
    private SinkBatch held;
    private Duration backoff = FIRST_BACKOFF;
    private long retryAtNanos;

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
            consumer.subscribe(List.of(config.enrichedTopic(), config.duplicatesTopic(), config.eventsTopic()),
                    new RevocationGuard());
            LOG.info("sink writing {} and {} to {}", config.enrichedTopic(), config.duplicatesTopic(),
                    store instanceof JdbcArticleStore j ? j.redacted() : store);
            while (!stopping.get()) {
                if (held != null) {
                    retryHeld();
                    continue;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(config.pollTimeout());
                if (!records.isEmpty()) {
                    store(decode(records));
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
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
            } finally {
                stopped.countDown();
            }
        }
    }

    private SinkBatch decode(ConsumerRecords<byte[], byte[]> records) {
        SinkBatch batch = new SinkBatch();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            batch.seen(r);
            try {
                if (r.topic().equals(config.enrichedTopic())) {
                    EnrichedArticle a = ARTICLE.deserialize(r.topic(), r.value());
                    if (a == null || a.id() == null || a.text() == null) {
                        throw new IllegalArgumentException("enriched record without id or text");
                    }
                    batch.articles.add(a);
                    batch.articleRecords.add(r);
                } else if (r.topic().equals(config.eventsTopic())) {
                    if (r.value() == null) {
                        continue; // a tombstone: nothing to store
                    }
                    Event e = EVENT.deserialize(r.topic(), r.value());
                    if (e == null || e.id() == null || e.reports() == null) {
                        throw new IllegalArgumentException("event without id or reports");
                    }
                    batch.events.add(e);
                    batch.eventRecords.add(r);
                    continue; // events are not articles: no latency sample, no completion
                } else {
                    DuplicateNotice n = NOTICE.deserialize(r.topic(), r.value());
                    if (n == null || n.id() == null || n.duplicateOf() == null) {
                        throw new IllegalArgumentException("duplicate notice without id or duplicateOf");
                    }
                    batch.copies.add(n);
                    batch.copyRecords.add(r);
                }
                batch.timestamps.add(r.timestamp());
            } catch (RuntimeException e) {
                deadLetter(r, "cannot read this record: " + e.getMessage(), e, batch);
            }
        }
        return batch;
    }

    /** Stores a batch and commits its offsets, or holds it when the store is temporarily unavailable. */
    private void store(SinkBatch batch) throws StoreException {
        try {
            long start = System.nanoTime();
            store.write(batch.articles, batch.copies, batch.events);
            metrics.batchWrite.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } catch (StoreException e) {
            if (e.isTransient()) {
                hold(batch, e);
                return;
            }
            LOG.warn("batch refused by the store ({}); storing its records one by one", e.getMessage());
            try {
                storeOneByOne(batch);
            } catch (StoreException outage) {
                hold(batch, outage);
                return;
            }
        }
        committed(batch);
    }

    private void hold(SinkBatch batch, StoreException e) {
        held = batch;
        holding = true;
        consumer.pause(consumer.assignment());
        metrics.retries.increment();
        retryAtNanos = System.nanoTime() + backoff.toNanos();
        LOG.warn("store unavailable ({}); holding {} records, partitions paused, retrying in {} ms", e.getMessage(),
                batch.articles.size() + batch.copies.size(), backoff.toMillis());
    }

    private void retryHeld() {
        long wait = retryAtNanos - System.nanoTime();
        if (wait > 0) {
            // Paused: returns nothing, but keeps the consumer in its group and runs rebalance callbacks.
            consumer.poll(Duration.ofNanos(Math.min(wait, config.pollTimeout().toNanos())));
            return;
        }
        SinkBatch batch = held;
        held = null;
        try {
            try {
                store.write(batch.articles, batch.copies, batch.events);
            } catch (StoreException e) {
                if (e.isTransient()) {
                    throw e;
                }
                storeOneByOne(batch);
            }
        } catch (StoreException e) {
            backoff = min(backoff.multipliedBy(2), config.maxRetryBackoff());
            held = batch;
            metrics.retries.increment();
            retryAtNanos = System.nanoTime() + backoff.toNanos();
            LOG.warn("store still unavailable ({}); next try in {} ms", e.getMessage(), backoff.toMillis());
            return;
        }
        LOG.info("store available again; resuming");
        backoff = FIRST_BACKOFF;
        holding = false;
        committed(batch);
        consumer.resume(consumer.paused());
    }

    /** After a permanent batch failure: store what can be stored, dead-letter what cannot. */
    private void storeOneByOne(SinkBatch batch) throws StoreException {
        SinkBatch kept = new SinkBatch();
        for (int i = 0; i < batch.articles.size(); i++) {
            try {
                store.write(List.of(batch.articles.get(i)), List.of());
                kept.articles.add(batch.articles.get(i));
            } catch (StoreException e) {
                if (e.isTransient()) {
                    throw e;
                }
                deadLetter(batch.articleRecords.get(i), "the store refused this record: " + e.getMessage(), e, batch);
            }
        }
        for (int i = 0; i < batch.copies.size(); i++) {
            try {
                store.write(List.of(), List.of(batch.copies.get(i)));
                kept.copies.add(batch.copies.get(i));
            } catch (StoreException e) {
                if (e.isTransient()) {
                    throw e;
                }
                deadLetter(batch.copyRecords.get(i), "the store refused this record: " + e.getMessage(), e, batch);
            }
        }
        for (int i = 0; i < batch.events.size(); i++) {
            try {
                store.write(List.of(), List.of(), List.of(batch.events.get(i)));
                kept.events.add(batch.events.get(i));
            } catch (StoreException e) {
                if (e.isTransient()) {
                    throw e;
                }
                deadLetter(batch.eventRecords.get(i), "the store refused this event: " + e.getMessage(), e, batch);
            }
        }
        batch.articles.retainAll(kept.articles);
        batch.copies.retainAll(kept.copies);
        batch.events.retainAll(kept.events);
    }

    private void committed(SinkBatch batch) {
        consumer.commitSync(batch.commitOffsets);
        long now = System.currentTimeMillis();
        for (long ts : batch.timestamps) {
            metrics.endToEnd.record(Math.max(0, now - ts), TimeUnit.MILLISECONDS);
        }
        metrics.articles.increment(batch.articles.size());
        metrics.copies.increment(batch.copies.size());
        listener.stored(batch.articles, batch.copies, batch.deadLettered);
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> r, String reason, Throwable e, SinkBatch batch) {
        deadLetters.send(r.key(), r.value(), "sink", reason, e, r.topic(), r.partition(), r.offset());
        metrics.deadLettered.increment();
        batch.deadLettered.add(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
    }

    /** Drops a held batch when its partitions are taken away: the next owner reads it from the committed offsets. */
    private final class RevocationGuard implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (held == null) {
                return;
            }
            Set<TopicPartition> kept = new java.util.HashSet<>(consumer.assignment());
            kept.removeAll(partitions);
            // Partitions we keep must be read again from the batch start, since the batch is dropped.
            for (TopicPartition tp : kept) {
                Long start = held.startOffsets.get(tp);
                if (start != null) {
                    consumer.seek(tp, start);
                }
            }
            LOG.warn("partitions revoked while the store was unavailable; {} held records will be read again",
                    held.articles.size() + held.copies.size());
            held = null;
            holding = false;
            backoff = FIRST_BACKOFF;
            consumer.resume(consumer.paused());
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (held != null) {
                consumer.pause(partitions);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The error that stopped the sink, or null. */
    public Throwable fatalError() {
        return fatal;
    }

    /** True while a batch waits for the store to come back. */
    public boolean isHoldingForStore() {
        return holding;
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
