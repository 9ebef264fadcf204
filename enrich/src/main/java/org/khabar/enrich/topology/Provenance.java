package org.khabar.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.khabar.model.DeadLetterHeaders;

/**
 * Where a record entered the topology (raw topic, partition, offset, key), written as headers
 * when it is first read. Headers travel through repartition topics, so a record that fails after
 * the dedup repartition is still dead-lettered with its raw-topic coordinates and key.
 */
final class Provenance {
    static final String TOPIC = "khabar.source.topic";
    static final String PARTITION = "khabar.source.partition";
    static final String OFFSET = "khabar.source.offset";
    static final String KEY = "khabar.source.key";

    private Provenance() {
    }

    static void stamp(Headers headers, Optional<RecordMetadata> metadata, String key) {
        metadata.ifPresent(m -> {
            put(headers, TOPIC, m.topic());
            put(headers, PARTITION, Integer.toString(m.partition()));
            put(headers, OFFSET, Long.toString(m.offset()));
        });
        if (key != null) {
            put(headers, KEY, key);
        }
    }

    static String topic(Headers headers) {
        return DeadLetterHeaders.get(headers, TOPIC).orElse(null);
    }

    static int partition(Headers headers) {
        return DeadLetterHeaders.get(headers, PARTITION).map(Integer::parseInt).orElse(-1);
    }

    static long offset(Headers headers) {
        return DeadLetterHeaders.get(headers, OFFSET).map(Long::parseLong).orElse(-1L);
    }

    static Optional<String> key(Headers headers) {
        return DeadLetterHeaders.get(headers, KEY);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
