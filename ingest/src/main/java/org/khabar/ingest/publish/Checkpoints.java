package org.khabar.ingest.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.khabar.model.Json;

/**
 * Source checkpoints on a compacted Kafka topic, written in the same transaction as the articles
 * they acknowledge and read back with {@code read_committed} at start: a checkpoint exists exactly
 * when its article (or dead letter) was committed. Keys are {@code INSTANCE/KIND/ID}; values JSON;
 * a tombstone removes a checkpoint.
 */
public final class Checkpoints {
    /** The default topic. */
    public static final String TOPIC = "khabar.ingest.checkpoints";

    private final String topic;
    private final String instance;
    private final Map<String, byte[]> values;

    private Checkpoints(String topic, String instance, Map<String, byte[]> values) {
        this.topic = topic;
        this.instance = instance;
        this.values = values;
    }

    /** Creates the compacted topic when missing (one partition: checkpoints are few and small). */
    public static void ensureTopic(Admin admin, String topic) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                return;
            }
            NewTopic t = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the checkpoint topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every committed checkpoint of {@code instance} (call after the transactional producer's
     * {@code initTransactions()}, which aborts a crashed predecessor's open transaction).
     */
    public static Checkpoints restore(Properties consumerProperties, String topic, String instance, Duration timeout) {
        Properties p = new Properties();
        p.putAll(consumerProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, byte[]> values = new HashMap<>();
        String prefix = instance + "/";
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, timeout)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the checkpoints on " + topic + " within "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    String key = new String(r.key(), StandardCharsets.UTF_8);
                    if (!key.startsWith(prefix)) {
                        continue;
                    }
                    if (r.value() == null) {
                        values.remove(key);
                    } else {
                        values.put(key, r.value());
                    }
                }
            }
        }
        return new Checkpoints(topic, instance, values);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** An empty set (tests, and sources that keep no checkpoints). */
    public static Checkpoints empty(String topic, String instance) {
        return new Checkpoints(topic, instance, new HashMap<>());
    }

    public String topic() {
        return topic;
    }

    public String instance() {
        return instance;
    }

    public static String key(String instance, String kind, String id) {
        return instance + "/" + kind + "/" + id;
    }

    /** The committed value of a checkpoint, or null. */
    public synchronized <T> T get(String kind, String id, Class<T> type) {
        byte[] v = values.get(key(instance, kind, id));
        if (v == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(v, type);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Ids of the checkpoints of one kind whose id starts with {@code idPrefix}. */
    public synchronized List<String> ids(String kind, String idPrefix) {
        String p = key(instance, kind, idPrefix);
        int cut = key(instance, kind, "").length();
        List<String> out = new ArrayList<>();
        for (String k : values.keySet()) {
            if (k.startsWith(p)) {
                out.add(k.substring(cut));
            }
        }
        return out;
    }

    /** The record that sets a checkpoint; {@link #committed} records it locally once the transaction committed. */
    public ProducerRecord<byte[], byte[]> put(String kind, String id, Object value) {
        try {
            return new ProducerRecord<>(topic, key(instance, kind, id).getBytes(StandardCharsets.UTF_8),
                    Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("checkpoint value is not serialisable: " + e.getMessage(), e);
        }
    }

    /** The tombstone that removes a checkpoint. */
    public ProducerRecord<byte[], byte[]> delete(String kind, String id) {
        return new ProducerRecord<>(topic, key(instance, kind, id).getBytes(StandardCharsets.UTF_8), null);
    }

    /** Applies committed checkpoint records to the in-memory view (after the transaction committed). */
    public synchronized void committed(List<ProducerRecord<byte[], byte[]>> records) {
        for (ProducerRecord<byte[], byte[]> r : records) {
            if (!topic.equals(r.topic()) || r.key() == null) {
                continue;
            }
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
                values.remove(key);
            } else {
                values.put(key, r.value());
            }
        }
    }

    public synchronized int size() {
        return values.size();
    }
}
