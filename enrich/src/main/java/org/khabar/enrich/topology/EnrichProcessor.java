package org.khabar.enrich.topology;

import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;
import org.khabar.model.JsonSerde;

/**
 * Enriches originals (copies pass through untouched). Any exception from the enrichment library
 * is caught here and turns into a dead-letter record: one bad article must not stop the stream.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, Work, Work> {
    private static final JsonSerde<EnrichedArticle> JSON = JsonSerde.of(EnrichedArticle.class);

    private final Enricher enricher;
    private final Clock clock;
    private final int maxRecordBytes;
    private FixedKeyProcessorContext<String, Work> context;

    EnrichProcessor(Enricher enricher, Clock clock, int maxRecordBytes) {
        this.enricher = enricher;
        this.clock = clock;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Work> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Work> record) {
        Work work = record.value();
        if (work.isFailed() || work.isCopy()) {
            context.forward(record);
            return;
        }
        Work result;
        try {
            Enrichment enrichment = enricher.enrich(work.article().text(), work.article().publishedAt());
            EnrichedArticle enriched = EnrichedArticle.of(work.article(), work.fingerprint(), enrichment, clock.instant());
            byte[] json = JSON.serialize(null, enriched);
            // The margin leaves room for what the event stage adds (the event id).
            if (json.length > maxRecordBytes - 1024) {
                // Sent anyway, it would fail in the producer and stop the stream thread.
                result = work.with(new Failure("enrich", "the enriched record is " + json.length + " bytes, over the "
                        + maxRecordBytes + "-byte limit of the enriched topic; split the article or raise "
                        + "max.request.size and the topic's max.message.bytes", null));
            } else {
                result = work.with(enriched);
            }
        } catch (RuntimeException | StackOverflowError e) {
            result = work.with(new Failure("enrich", "enrichment failed on this article: " + e, e));
        }
        context.forward(record.withValue(result));
    }
}
