package org.khabar.enrich.topology;

import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;

/**
 * Enriches originals (copies pass through untouched). Any exception from the enrichment library
 * is caught here and turns into a dead-letter record: one bad article must not stop the stream.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, Work, Work> {
    private final Enricher enricher;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Work> context;

    EnrichProcessor(Enricher enricher, Clock clock) {
        this.enricher = enricher;
        this.clock = clock;
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
            result = work.with(EnrichedArticle.of(work.article(), work.fingerprint(), enrichment, clock.instant()));
        } catch (RuntimeException | StackOverflowError e) {
            result = work.with(new Failure("enrich", "enrichment failed on this article: " + e, e));
        }
        context.forward(record.withValue(result));
    }
}
