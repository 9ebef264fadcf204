package org.khabar.model;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends refused records to the dead-letter topic from the plain-client services (ingest, sink),
 * with the same headers the topology writes. Waits for the broker's acknowledgement: a record is
 * only considered handled once it is safely dead-lettered.
 */
public final class DeadLetterPublisher {
    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public DeadLetterPublisher(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public void send(byte[] key, byte[] value, String stage, String reason, Throwable error,
                     String sourceTopic, int sourcePartition, long sourceOffset) {
        RecordHeaders headers = new RecordHeaders();
        DeadLetterHeaders.describe(headers, stage, reason, error, sourceTopic, sourcePartition, sourceOffset);
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering a record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write to the dead-letter topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
