package org.khabar.enrich.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.khabar.model.Topics;

/**
 * Typed configuration of the enrich service, validated on construction. {@code kafka} holds
 * extra client settings passed through unchanged (SASL, TLS, tuning); they override the defaults
 * here but not the settings Khabar's guarantees rest on.
 */
public record EnrichConfig(
        String bootstrapServers,
        String applicationId,
        Path stateDir,
        Duration dedupWindow,
        String processingGuarantee,
        int streamThreads,
        String rawTopic,
        String enrichedTopic,
        String duplicatesTopic,
        String eventsTopic,
        String dlqTopic,
        int maxRecordBytes,
        Duration decisionGrace,
        Duration eventGrace,
        Map<String, String> kafka) {

    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofDays(7);
    /** Below Kafka's default max.request.size and max.message.bytes (1 MiB), with room for headers. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_000_000;
    /** How long the near-duplicate verdict waits after the last bucket answer (see GatherProcessor). */
    public static final Duration DEFAULT_DECISION_GRACE = Duration.ofMillis(500);
    /**
     * How long a report waits at the event stage so reports from all upstream partitions are
     * grouped in ingest order (see EventProcessor); zero groups on arrival.
     */
    public static final Duration DEFAULT_EVENT_GRACE = Duration.ofSeconds(2);

    public EnrichConfig {
        require(bootstrapServers, "bootstrap servers (host:port,...)");
        require(applicationId, "application id");
        Objects.requireNonNull(stateDir, "state directory");
        Objects.requireNonNull(dedupWindow, "dedup window");
        if (dedupWindow.isNegative() || dedupWindow.isZero()) {
            throw new IllegalArgumentException("dedup window must be positive, got " + dedupWindow);
        }
        if (!processingGuarantee.equals(StreamsConfig.EXACTLY_ONCE_V2) && !processingGuarantee.equals(StreamsConfig.AT_LEAST_ONCE)) {
            throw new IllegalArgumentException("processing guarantee must be exactly_once_v2 or at_least_once, got "
                    + processingGuarantee);
        }
        if (streamThreads < 1) {
            throw new IllegalArgumentException("stream threads must be at least 1, got " + streamThreads);
        }
        require(rawTopic, "raw topic");
        require(enrichedTopic, "enriched topic");
        require(duplicatesTopic, "duplicates topic");
        require(eventsTopic, "events topic");
        require(dlqTopic, "dead-letter topic");
        requireNotNegative(decisionGrace, "decision grace");
        requireNotNegative(eventGrace, "event grace");
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("max record size must be at least 1024 bytes, got " + maxRecordBytes);
        }
        kafka = Map.copyOf(kafka);
    }

    /** Defaults for everything but the broker address and state directory. */
    public static EnrichConfig defaults(String bootstrapServers, Path stateDir) {
        return new EnrichConfig(bootstrapServers, "khabar-enrich", stateDir, DEFAULT_DEDUP_WINDOW,
                StreamsConfig.EXACTLY_ONCE_V2, 1, Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.EVENTS, Topics.DLQ,
                DEFAULT_MAX_RECORD_BYTES, DEFAULT_DECISION_GRACE, DEFAULT_EVENT_GRACE, Map.of());
    }

    public EnrichConfig withKafka(Map<String, String> extra) {
        return new EnrichConfig(bootstrapServers, applicationId, stateDir, dedupWindow, processingGuarantee,
                streamThreads, rawTopic, enrichedTopic, duplicatesTopic, eventsTopic, dlqTopic, maxRecordBytes,
                decisionGrace, eventGrace, extra);
    }

    /** Kafka Streams properties: pass-through settings first, then the ones Khabar relies on. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        // -1: internal topics take the broker's default replication factor (1 on the embedded broker).
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Opt in now to what becomes the default in Kafka 5.0 (and silences its start-up warning).
        p.put("processing.exception.handler.global.enabled", true);
        p.putAll(kafka);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        return p;
    }

    private static void requireNotNegative(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + d);
        }
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be set");
        }
    }
}
