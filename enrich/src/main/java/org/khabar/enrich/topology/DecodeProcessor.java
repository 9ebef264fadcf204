package org.khabar.enrich.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.model.ArticleIds;
import org.khabar.model.RawArticle;

/** Reads raw-topic bytes into a {@link Work}: a decoded article with its fingerprint, or a decode failure. */
final class DecodeProcessor implements FixedKeyProcessor<String, byte[], Work> {
    private final int maxRecordBytes;
    private FixedKeyProcessorContext<String, Work> context;

    DecodeProcessor(int maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Work> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        Provenance.stamp(record.headers(), context.recordMetadata(), record.key());
        byte[] bytes = record.value();
        Work work;
        if (bytes != null && bytes.length > maxRecordBytes) {
            // It could not be forwarded through the dedup repartition topic: refuse it here, with the reason.
            context.forward(record.withValue(Work.failed(bytes, new Failure("decode", "the raw article is "
                    + bytes.length + " bytes, over the " + maxRecordBytes + "-byte record limit; news articles are "
                    + "far smaller, so this is probably not an article (or raise the limit)", null))));
            return;
        }
        try {
            RawArticle article = RawArticleDecoder.decode(bytes);
            work = Work.decoded(bytes, article, ArticleIds.fingerprint(article.text()));
        } catch (RawArticleDecoder.InvalidArticleException e) {
            work = Work.failed(bytes, new Failure("decode", e.getMessage(), e.getCause() != null ? e.getCause() : e));
        }
        context.forward(record.withValue(work));
    }
}
