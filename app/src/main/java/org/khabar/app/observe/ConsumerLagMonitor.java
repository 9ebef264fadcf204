package org.khabar.app.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumer lag of Khabar's consumer groups, as gauges {@code khabar.consumer.lag{group, topic}}:
 * per topic, the sum over its partitions of the last stable offset minus the group's committed
 * offset (the log start when nothing is committed yet). Measured from outside the consumers with
 * an admin client every few seconds, so it is right even while a consumer is stuck; every
 * instance of a scaled service reports the same figure (dashboards take the max).
 * The value is NaN until the first measurement.
 */
public final class ConsumerLagMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerLagMonitor.class);

    private final Admin admin;
    private final Map<String, List<String>> topicsByGroup;
    private final Map<String, Lag> lags = new ConcurrentHashMap<>();
    private final Thread thread;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Duration period;
    private final Map<String, List<TopicPartition>> partitions = new HashMap<>();
    private long partitionsFetchedNanos;
    private volatile boolean warned;

    /** Holds one gauge's value. */
    private static final class Lag {
        volatile double value = Double.NaN;

        double value() {
            return value;
        }
    }

    public ConsumerLagMonitor(MeterRegistry registry, Properties adminProperties, Map<String, List<String>> topicsByGroup,
                              Duration period) {
        this.topicsByGroup = new LinkedHashMap<>(topicsByGroup);
        this.period = period;
        topicsByGroup.forEach((group, topics) -> topics.forEach(topic -> {
            Lag lag = new Lag();
            lags.put(group + '\u0000' + topic, lag);
            Gauge.builder(MeterNames.CONSUMER_LAG, lag, Lag::value)
                    .description("Records of the topic not yet processed by the consumer group")
                    .baseUnit("records")
                    .tag("group", group)
                    .tag("topic", topic)
                    .register(registry);
        }));
        this.admin = Admin.create(adminProperties);
        this.thread = new Thread(this::loop, "khabar-consumer-lag");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stopping.get()) {
            try {
                measure();
                warned = false;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!stopping.get() && !warned) {
                    LOG.warn("cannot measure consumer lag yet: {}", e.toString());
                    warned = true;
                }
            }
            try {
                Thread.sleep(period.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One measurement of every group; public for tests. */
    public synchronized void measure() throws Exception {
        long timeout = Math.max(2_000, period.toMillis() * 2);
        refreshPartitions(timeout);
        for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
            List<TopicPartition> tps = new ArrayList<>();
            for (String topic : group.getValue()) {
                tps.addAll(partitions.getOrDefault(topic, List.of()));
            }
            if (tps.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (TopicPartition tp : tps) {
                latest.put(tp, OffsetSpec.latest());
                if (committed.get(tp) == null) {
                    earliest.put(tp, OffsetSpec.earliest());
                }
            }
            ListOffsetsOptions readCommitted = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest, readCommitted).all().get(timeout, TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = earliest.isEmpty() ? Map.of()
                    : admin.listOffsets(earliest, readCommitted).all().get(timeout, TimeUnit.MILLISECONDS);
            Map<String, Long> byTopic = new HashMap<>();
            for (TopicPartition tp : tps) {
                OffsetAndMetadata c = committed.get(tp);
                long from = c != null ? c.offset() : starts.get(tp).offset();
                long end = ends.get(tp).offset();
                byTopic.merge(tp.topic(), Math.max(0, end - from), Long::sum);
            }
            byTopic.forEach((topic, lag) -> lags.get(group.getKey() + '\u0000' + topic).value = lag);
        }
    }

    /** Partitions of the watched topics, looked up again every minute (and while a topic is missing). */
    private void refreshPartitions(long timeout) throws Exception {
        boolean missing = topicsByGroup.values().stream().flatMap(List::stream).anyMatch(t -> !partitions.containsKey(t));
        if (!missing && System.nanoTime() - partitionsFetchedNanos < TimeUnit.MINUTES.toNanos(1)) {
            return;
        }
        List<String> topics = topicsByGroup.values().stream().flatMap(List::stream).distinct().toList();
        Map<String, TopicDescription> found = new HashMap<>();
        for (var e : admin.describeTopics(topics).topicNameValues().entrySet()) {
            try {
                found.put(e.getKey(), e.getValue().get(timeout, TimeUnit.MILLISECONDS));
            } catch (java.util.concurrent.ExecutionException notYet) {
                // e.g. the Streams repartition topic before enrich first starts: measured once it exists
            }
        }
        partitions.clear();
        found.forEach((topic, d) -> partitions.put(topic,
                d.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList()));
        partitionsFetchedNanos = System.nanoTime();
    }

    /** The last measured lag of a group on a topic; NaN before the first measurement. */
    public double lag(String group, String topic) {
        Lag lag = lags.get(group + '\u0000' + topic);
        return lag == null ? Double.NaN : lag.value;
    }

    @Override
    public void close() {
        stopping.set(true);
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
