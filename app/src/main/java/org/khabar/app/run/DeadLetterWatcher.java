package org.khabar.app.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.khabar.model.DeadLetterHeaders;

/**
 * Follows the dead-letter topic from the moment the run starts (no consumer group, nothing
 * committed), so the launcher can count refused records and show why they were refused.
 */
public final class DeadLetterWatcher implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong count = new AtomicLong();

    public DeadLetterWatcher(String bootstrapServers, Map<String, String> clientSettings, String topic,
                             Consumer<DeadLetter> onDeadLetter) {
        Properties p = new Properties();
        p.putAll(clientSettings);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, before anything of this run is dead-lettered
        thread = new Thread(() -> loop(onDeadLetter), "khabar-dlq-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<DeadLetter> onDeadLetter) {
        try {
            while (!stopping.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    count.incrementAndGet();
                    onDeadLetter.accept(new DeadLetter(
                            r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                            DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.STAGE).orElse("?"),
                            DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON).orElse("(no reason given)")));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    public long count() {
        return count.get();
    }

    @Override
    public void close() {
        stopping.set(true);
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A record seen on the dead-letter topic. */
    public record DeadLetter(String key, String stage, String reason) {
    }
}
