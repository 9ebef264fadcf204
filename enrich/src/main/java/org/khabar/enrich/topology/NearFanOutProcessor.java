package org.khabar.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicates;
import org.khabar.enrich.dedup.Sketch;

/**
 * Sends an article that is not an exact copy to near-duplicate detection: one PROBE with its
 * sketch to each of its LSH band buckets (keyed by band key), and the article itself, keyed by
 * id, to where the verdict is decided once every bucket has answered.
 */
final class NearFanOutProcessor implements Processor<String, Work, String, NearMessage> {
    private final NearDuplicates near;
    private ProcessorContext<String, NearMessage> context;

    NearFanOutProcessor(NearDuplicates near) {
        this.near = near;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Work> record) {
        Work work = record.value();
        String id = work.article().id();
        // An exact copy of an earlier article needs no near probes: that match decides it.
        Sketch sketch = work.earlierExactCopy() ? null : near.sketch(work.article().text());
        List<String> bands = sketch == null || sketch.isEmpty() ? List.of() : near.bandKeys(sketch.signature());
        boolean redelivery = work.verdict() instanceof DuplicateVerdict.Redelivery;
        if (!bands.isEmpty()) {
            byte[] bytes = sketch.toBytes();
            for (String band : bands) {
                context.forward(record.withKey(band).withValue(NearMessage.probe(id, work.firstSeen(), work.delivery(), bytes)));
            }
        }
        // The exact stage counts as one more bucket: its answers and its done go with the article.
        context.forward(record.withKey(id).withValue(NearMessage.article(id, work.firstSeen(), work.delivery(),
                bands.size() + 1, work.rawBytes(), work.fingerprint(), redelivery, provenance(record))));
        for (NearMessage answer : work.exactAnswers()) {
            context.forward(record.withKey(answer.articleId()).withValue(answer));
        }
    }

    private static Map<String, String> provenance(Record<String, Work> record) {
        Map<String, String> out = new HashMap<>();
        for (Header h : record.headers()) {
            if (h.key().startsWith("khabar.source.") && h.value() != null) {
                out.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
