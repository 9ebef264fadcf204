package org.khabar.ingest;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.khabar.ingest.extract.ExtractionLimits;
import org.khabar.model.Topics;

/**
 * Typed configuration of the ingest service. {@code kafka} holds client settings passed through
 * unchanged (SASL, TLS, tuning); idempotence and acks=all cannot be overridden.
 */
public record IngestConfig(
        String bootstrapServers,
        String rawTopic,
        String dlqTopic,
        String defaultSource,
        Map<String, String> kafka,
        ExtractionLimits extraction) {

    public IngestConfig {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers (host:port,...) must be set");
        }
        if (defaultSource == null || defaultSource.isBlank()) {
            throw new IllegalArgumentException("source name must not be empty");
        }
        kafka = Map.copyOf(kafka);
        if (extraction == null) {
            extraction = ExtractionLimits.defaults();
        }
    }

    public IngestConfig(String bootstrapServers, String rawTopic, String dlqTopic, String defaultSource,
                        Map<String, String> kafka) {
        this(bootstrapServers, rawTopic, dlqTopic, defaultSource, kafka, ExtractionLimits.defaults());
    }

    public static IngestConfig defaults(String bootstrapServers) {
        return new IngestConfig(bootstrapServers, Topics.RAW, Topics.DLQ, "file", Map.of(), ExtractionLimits.defaults());
    }

    public IngestConfig withKafka(Map<String, String> extra) {
        return new IngestConfig(bootstrapServers, rawTopic, dlqTopic, defaultSource, extra, extraction);
    }

    public IngestConfig withSource(String source) {
        return new IngestConfig(bootstrapServers, rawTopic, dlqTopic, source, kafka, extraction);
    }

    /** Limits on parsing one document (size, text, time, parser memory). */
    public IngestConfig withExtraction(ExtractionLimits limits) {
        return new IngestConfig(bootstrapServers, rawTopic, dlqTopic, defaultSource, kafka, limits);
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
        p.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return p;
    }

    /** Consumer settings for reading checkpoints: the pass-through ones a consumer understands. */
    Properties consumerProperties() {
        Properties p = new Properties();
        kafka.forEach((k, v) -> {
            if (org.apache.kafka.clients.consumer.ConsumerConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }

    /** Admin settings: the pass-through ones an admin client understands. */
    Properties adminProperties() {
        Properties p = new Properties();
        kafka.forEach((k, v) -> {
            if (org.apache.kafka.clients.admin.AdminClientConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return p;
    }
}
