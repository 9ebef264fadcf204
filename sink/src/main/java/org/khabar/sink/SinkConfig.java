package org.khabar.sink;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.khabar.model.Topics;

/**
 * Typed configuration of the sink, validated on construction. {@code kafka} holds client settings
 * passed through unchanged (SASL, TLS, tuning); the settings the sink's guarantees rest on
 * (manual commits, read_committed) cannot be overridden.
 */
public record SinkConfig(
        String bootstrapServers,
        String groupId,
        String storeUrl,
        String enrichedTopic,
        String duplicatesTopic,
        String eventsTopic,
        String dlqTopic,
        int maxBatch,
        Duration pollTimeout,
        Duration maxRetryBackoff,
        Map<String, String> kafka) {

    public SinkConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers (host:port,...) must be set");
        }
        if (storeUrl == null || storeUrl.isBlank()) {
            throw new IllegalArgumentException("store must be set: jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB");
        }
        SqlDialect.of(storeUrl); // validates the URL kind
        if (maxBatch < 1) {
            throw new IllegalArgumentException("max batch must be at least 1, got " + maxBatch);
        }
        kafka = Map.copyOf(kafka);
    }

    public static SinkConfig defaults(String bootstrapServers, String storeUrl) {
        return new SinkConfig(bootstrapServers, "khabar-sink", storeUrl, Topics.ENRICHED, Topics.DUPLICATES,
                Topics.EVENTS, Topics.DLQ, 500, Duration.ofMillis(500), Duration.ofSeconds(10), Map.of());
    }

    public SinkConfig withKafka(Map<String, String> extra) {
        return new SinkConfig(bootstrapServers, groupId, storeUrl, enrichedTopic, duplicatesTopic, eventsTopic, dlqTopic, maxBatch,
                pollTimeout, maxRetryBackoff, extra);
    }

    Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch);
        p.putAll(kafka);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // enrich writes with exactly-once transactions: never store records of aborted ones.
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    Properties producerProperties() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, groupId + "-dlq");
        return p;
    }
}
