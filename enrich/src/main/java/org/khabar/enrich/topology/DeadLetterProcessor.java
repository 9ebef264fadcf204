package org.khabar.enrich.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.khabar.model.DeadLetterHeaders;

/** Turns a failed {@link Work} back into the original record (key and bytes) with the failure headers. */
final class DeadLetterProcessor implements Processor<String, Work, String, byte[]> {
    private final java.util.function.Consumer<Failure> onDeadLetter;
    private ProcessorContext<String, byte[]> context;

    DeadLetterProcessor(java.util.function.Consumer<Failure> onDeadLetter) {
        this.onDeadLetter = onDeadLetter;
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
        onDeadLetter.accept(failure);
        context.forward(new Record<>(originalKey, record.value().rawBytes(), record.timestamp(), headers));
    }
}
