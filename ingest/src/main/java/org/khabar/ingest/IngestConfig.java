package org.khabar.ingest;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.khabar.model.Topics;

/**
 * Typed configuration of the ingest service. {@code kafka} holds producer settings passed through
 * unchanged (SASL, TLS, tuning); idempotence and acks=all cannot be overridden.
 */
public record IngestConfig(
        String bootstrapServers,
        String rawTopic,
        String dlqTopic,
        String defaultSource,
        Map<String, String> kafka) {

    public IngestConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers (host:port,...) must be set");
        }
        if (defaultSource == null || defaultSource.isBlank()) {
            throw new IllegalArgumentException("source name must not be empty");
        }
        kafka = Map.copyOf(kafka);
    }

    public static IngestConfig defaults(String bootstrapServers) {
        return new IngestConfig(bootstrapServers, Topics.RAW, Topics.DLQ, "file", Map.of());
    }

    public IngestConfig withKafka(Map<String, String> extra) {
        return new IngestConfig(bootstrapServers, rawTopic, dlqTopic, defaultSource, extra);
    }

    public IngestConfig withSource(String source) {
        return new IngestConfig(bootstrapServers, rawTopic, dlqTopic, source, kafka);
    }

    Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        p.putAll(kafka);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return p;
    }
}
