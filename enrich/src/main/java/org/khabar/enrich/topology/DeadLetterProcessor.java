package org.khabar.enrich.topology;

import java.util.function.Consumer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.khabar.model.DeadLetterHeaders;

/** Turns a failed {@link Work} back into the original record (key and bytes) with the failure headers. */
final class DeadLetterProcessor implements Processor<String, Work, String, byte[]> {
    private final Consumer<Failure> onDeadLetter;
    private final int maxRecordBytes;
    private ProcessorContext<String, byte[]> context;

    DeadLetterProcessor(Consumer<Failure> onDeadLetter, int maxRecordBytes) {
        this.onDeadLetter = onDeadLetter;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Work> record) {
        Failure failure = record.value().failure();
        var headers = record.headers();
        DeadLetterHeaders.describe(headers, failure.stage(), failure.reason(), failure.error(),
                Provenance.topic(headers), Provenance.partition(headers), Provenance.offset(headers));
        String originalKey = Provenance.key(headers).orElse(record.key());
        byte[] value = record.value().rawBytes();
        if (value != null && value.length > maxRecordBytes) {
            // Too large for any topic with default limits: keep the key, reason and raw-topic coordinates
            // (the record itself stays readable there) rather than failing the dead-letter write.
            DeadLetterHeaders.valueOmitted(headers, value.length);
            value = null;
        }
        onDeadLetter.accept(failure);
        context.forward(new Record<>(originalKey, value, record.timestamp(), headers));
    }
}
