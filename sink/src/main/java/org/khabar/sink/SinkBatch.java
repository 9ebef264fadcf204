package org.khabar.sink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;

/**
 * One poll's worth of decoded records, the offsets to commit once they are stored, and where each
 * partition's part of the batch starts (to read it again if the batch is abandoned).
 */
final class SinkBatch {
    final List<EnrichedArticle> articles = new ArrayList<>();
    final List<ConsumerRecord<byte[], byte[]>> articleRecords = new ArrayList<>();
    final List<DuplicateNotice> copies = new ArrayList<>();
    final List<ConsumerRecord<byte[], byte[]>> copyRecords = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<ConsumerRecord<byte[], byte[]>> eventRecords = new ArrayList<>();
    final List<String> deadLettered = new ArrayList<>();
    final List<Long> timestamps = new ArrayList<>();
    final Map<TopicPartition, OffsetAndMetadata> commitOffsets = new HashMap<>();
    final Map<TopicPartition, Long> startOffsets = new HashMap<>();

    void seen(ConsumerRecord<byte[], byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        startOffsets.putIfAbsent(tp, r.offset());
        commitOffsets.put(tp, new OffsetAndMetadata(r.offset() + 1));
    }

    boolean hasRows() {
        return !articles.isEmpty() || !copies.isEmpty() || !events.isEmpty();
    }
}
