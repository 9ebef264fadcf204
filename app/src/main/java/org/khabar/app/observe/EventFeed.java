package org.khabar.app.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.khabar.model.Event;
import org.khabar.model.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the events topic for the live page: no consumer group and nothing committed, starting
 * a few records before the end of each partition so that a freshly opened page is not empty.
 */
final class EventFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final JsonSerde<Event> EVENT = JsonSerde.of(Event.class);
    private static final int BACKLOG_PER_PARTITION = 20;

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final LiveEvents events;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread thread;

    EventFeed(String bootstrapServers, Map<String, String> clientSettings, String topic, LiveEvents events, String clientId) {
        Properties p = new Properties();
        clientSettings.forEach((k, v) -> {
            if (ConsumerConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.events = events;
        this.thread = new Thread(this::loop, "khabar-live-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (!stopping.get() && !assign()) {
                Thread.sleep(2_000);
            }
            while (!stopping.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        Event e = EVENT.deserialize(r.topic(), r.value());
                        if (e != null) {
                            events.event(e);
                        }
                    } catch (RuntimeException bad) {
                        LOG.debug("skipping an unreadable event at {}-{}@{}", r.topic(), r.partition(), r.offset());
                    }
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // closing
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                LOG.warn("live page: stopped following {}: {}", topic, e.toString());
            }
        } finally {
            consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** Assigns every partition of the topic once it exists, a few records before the end. */
    private boolean assign() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos == null || infos.isEmpty()) {
            return false;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        infos.forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
        consumer.assign(partitions);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        consumer.endOffsets(partitions).forEach((tp, end) ->
                consumer.seek(tp, Math.max(begin.getOrDefault(tp, 0L), end - BACKLOG_PER_PARTITION)));
        return true;
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
}
