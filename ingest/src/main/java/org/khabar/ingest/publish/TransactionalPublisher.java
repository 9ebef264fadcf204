package org.khabar.ingest.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes groups of records atomically with one transactional producer: an article and the
 * checkpoint saying its source item is done, or a dead letter and its checkpoint, become visible
 * to {@code read_committed} readers together or not at all. A group's future completes only after
 * the commit.
 *
 * <p>Group commit: whatever was submitted while a transaction was being committed goes into the
 * next one, so many sources (feeds, folders, HTTP requests) share one producer without waiting
 * for each other's commits. A failed transaction is aborted and fails every group in it; the
 * sources retry (their checkpoints did not advance). A producer fenced by another instance with
 * the same transactional id stops this publisher for good: two instances must never share an id.
 */
public final class TransactionalPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalPublisher.class);
    private static final int MAX_RECORDS_PER_TRANSACTION = 2_000;

    /** Test seam: called after a transaction's records reached the broker and before its commit. */
    public interface CommitHook {
        CommitHook NONE = records -> {
        };

        void beforeCommit(List<ProducerRecord<byte[], byte[]>> records);
    }

    private record Work(List<ProducerRecord<byte[], byte[]>> records, CompletableFuture<Void> done) {
    }

    private final Properties properties;
    private final CommitHook hook;
    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
    private final Thread loop;
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile long lastFailureNanos;
    private Producer<byte[], byte[]> producer;

    /**
     * Creates the producer and calls {@code initTransactions()}, which aborts whatever a previous
     * instance with the same transactional id left open (a crash mid-transaction) and fences it.
     */
    public TransactionalPublisher(Properties producerProperties, CommitHook hook) {
        if (producerProperties.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG) == null) {
            throw new IllegalArgumentException("a transactional.id is required");
        }
        this.properties = producerProperties;
        this.hook = hook == null ? CommitHook.NONE : hook;
        this.producer = newProducer();
        this.loop = new Thread(this::run, "khabar-ingest-publisher");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    private Producer<byte[], byte[]> newProducer() {
        KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer());
        try {
            p.initTransactions();
        } catch (RuntimeException e) {
            p.close(Duration.ZERO);
            throw e;
        }
        return p;
    }

    /** Publishes {@code records} in one transaction; completes after the commit, or exceptionally. */
    public CompletableFuture<Void> submit(List<ProducerRecord<byte[], byte[]>> records) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Throwable f = fatal.get();
        if (f != null) {
            done.completeExceptionally(new IllegalStateException("the ingest publisher stopped: " + f.getMessage(), f));
            return done;
        }
        if (!running) {
            done.completeExceptionally(new IllegalStateException("the ingest publisher is closed"));
            return done;
        }
        queue.add(new Work(List.copyOf(records), done));
        return done;
    }

    /** Why the publisher stopped for good, or null. */
    public Throwable fatalError() {
        return fatal.get();
    }

    /** True when the last transaction within {@code window} failed: callers may answer "unavailable" at once. */
    public boolean recentlyFailed(Duration window) {
        long t = lastFailureNanos;
        return t != 0 && System.nanoTime() - t < window.toNanos();
    }

    /** Groups waiting for a transaction. */
    public int pending() {
        return queue.size();
    }

    private void run() {
        while (running) {
            Work first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                continue;
            }
            List<Work> batch = new ArrayList<>();
            batch.add(first);
            int count = first.records().size();
            Work next;
            while (count < MAX_RECORDS_PER_TRANSACTION && (next = queue.peek()) != null
                    && count + next.records().size() <= MAX_RECORDS_PER_TRANSACTION) {
                batch.add(queue.poll());
                count += next.records().size();
            }
            commit(batch);
        }
        Throwable closed = new IllegalStateException("the ingest publisher is closed");
        Work w;
        while ((w = queue.poll()) != null) {
            w.done().completeExceptionally(closed);
        }
    }

    private void commit(List<Work> batch) {
        AtomicReference<Exception> sendError = new AtomicReference<>();
        try {
            producer.beginTransaction();
            List<ProducerRecord<byte[], byte[]>> all = new ArrayList<>();
            for (Work w : batch) {
                for (ProducerRecord<byte[], byte[]> r : w.records()) {
                    producer.send(r, (meta, e) -> {
                        if (e != null) {
                            sendError.compareAndSet(null, e);
                        }
                    });
                    all.add(r);
                }
            }
            if (hook != CommitHook.NONE) {
                producer.flush();
                hook.beforeCommit(all);
            }
            producer.commitTransaction();
            if (sendError.get() != null) {
                throw new KafkaException("a record was refused: " + sendError.get().getMessage(), sendError.get());
            }
            for (Work w : batch) {
                w.done().complete(null);
            }
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            fail(batch, e);
            fatal.set(new IllegalStateException("another ingest instance with transactional id "
                    + properties.getProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG) + " took over; this one stops "
                    + "publishing. Give every ingest instance its own --ingest-id.", e));
            LOG.error(fatal.get().getMessage());
            running = false;
        } catch (OutOfOrderSequenceException | AuthorizationException | UnsupportedVersionException e) {
            fail(batch, e);
            restartProducer(e);
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("transaction of {} record groups failed, aborted; the sources will retry: {}", batch.size(),
                    e.toString());
            try {
                producer.abortTransaction();
            } catch (KafkaException | IllegalStateException abortFailed) {
                restartProducer(abortFailed);
            }
            fail(batch, e);
        }
    }

    private void restartProducer(Exception cause) {
        LOG.warn("restarting the transactional producer after: {}", cause.toString());
        try {
            producer.close(Duration.ofSeconds(5));
        } catch (RuntimeException ignored) {
            // already broken
        }
        while (running) {
            try {
                producer = newProducer();
                return;
            } catch (ProducerFencedException e) {
                fatal.set(e);
                running = false;
                return;
            } catch (KafkaException e) {
                LOG.warn("cannot restart the transactional producer yet: {}", e.toString());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void fail(List<Work> batch, Exception e) {
        lastFailureNanos = System.nanoTime();
        for (Work w : batch) {
            w.done().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            // Let a transaction being committed finish; the loop ends within its poll interval after that.
            loop.join(30_000);
            if (loop.isAlive()) {
                loop.interrupt();
                loop.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            producer.close(Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.debug("closing the producer: {}", e.toString());
        }
    }
}
