package org.khabar.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates Khabar's topics when they are missing (existing topics are left as they are). */
public final class KafkaTopics {
    private KafkaTopics() {
    }

    /**
     * @param partitions partitions of each new topic
     * @param replication replication factor, or -1 for the broker's default
     */
    public static void ensure(Admin admin, Collection<String> names, int partitions, short replication) {
        try {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, Optional.of(partitions),
                            replication < 0 ? Optional.empty() : Optional.of(replication));
                    if (name.equals(Topics.EVENTS)) {
                        // Each record is an event's latest state: keep the last one per event id.
                        topic.configs(java.util.Map.of("cleanup.policy", "compact"));
                    }
                    missing.add(topic);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Kafka topics " + names + ": " + e.getMessage()
                    + ". Check --bootstrap-servers and that the broker is up.", e);
        }
    }

    public static List<String> all() {
        return List.of(Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.EVENTS, Topics.DLQ);
    }
}
