package org.khabar.enrich.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.enrich.nlp.Enricher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich topology: starts, reports its state, stops. */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final EnrichConfig config;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics kafkaMetrics;
    private final EnrichMetrics metrics;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile Throwable fatal;

    public EnrichService(EnrichConfig config, MeterRegistry registry) {
        this(config, registry, null);
    }

    /** With {@code enricher} null, the enrichment library; another one only to inject failures in tests. */
    public EnrichService(EnrichConfig config, MeterRegistry registry, Enricher enricherOverride) {
        this.config = config;
        this.metrics = new EnrichMetrics(registry);
        Enricher enricher = enricherOverride != null ? enricherOverride : new ArticleEnricher(metrics);
        this.streams = new KafkaStreams(EnrichTopology.build(config, enricher, metrics, Clock.systemUTC()),
                config.streamsProperties());
        this.kafkaMetrics = new KafkaStreamsMetrics(streams);
        kafkaMetrics.bindTo(registry);
        streams.setStateListener((now, before) -> {
            LOG.info("enrich {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(this::onUncaught);
    }

    /**
     * Transient broker trouble: replace the thread and carry on. Anything else is a bug or a
     * misconfiguration: stop the client visibly rather than spin on the same record.
     */
    private StreamThreadExceptionResponse onUncaught(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException) {
                LOG.warn("enrich stream thread failed on a transient error; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
        }
        fatal = e;
        LOG.error("enrich stopped: {}. Fix the cause and restart; committed progress and dedup state are kept.", e.toString(), e);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    public void start() {
        LOG.info("enrich starting: {} -> {} (application id {}, state {})", config.rawTopic(), config.enrichedTopic(),
                config.applicationId(), config.stateDir());
        streams.start();
    }

    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The error that stopped the service, or null. */
    public Throwable fatalError() {
        return fatal;
    }

    public EnrichMetrics metrics() {
        return metrics;
    }

    /**
     * Stops and leaves the consumer group, so that a restarted instance is given the partitions at
     * once instead of after the session timeout (45 s). A crashed instance cannot leave; then the
     * timeout applies, as it should.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        kafkaMetrics.close();
    }
}
