package org.khabar.ingest.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestListener;
import org.khabar.ingest.SourcesOptions;
import org.khabar.ingest.extract.ExtractionLimits;
import org.khabar.model.DeadLetterHeaders;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/** Configuration and record helpers for tests that run ingest sources against the shared broker. */
public final class Ingests {
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    private Ingests() {
    }

    /** Fresh raw and dead-letter topics for one test, and configuration that uses them. */
    public record Setup(String prefix, IngestConfig config, SourcesOptions options) {
        public String raw() {
            return prefix + ".raw";
        }

        public String dlq() {
            return prefix + ".dlq";
        }

        public String checkpoints() {
            return prefix + ".checkpoints";
        }
    }

    public static Setup setup(TestBroker broker, String name) {
        String prefix = broker.freshTopics(name);
        IngestConfig config = new IngestConfig(broker.bootstrapServers(), prefix + ".raw", prefix + ".dlq", "test", Map.of(),
                ExtractionLimits.defaults().withParserProcesses(1));
        SourcesOptions options = SourcesOptions.defaults().withInstanceId(prefix).withCheckpointTopic(prefix + ".checkpoints");
        return new Setup(prefix, config, options);
    }

    public static List<RawArticle> articles(TestBroker broker, String topic) {
        List<RawArticle> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : broker.readAll(topic, true)) {
            out.add(RAW.deserialize(topic, r.value()));
        }
        return out;
    }

    /** A dead letter as read back: key and reason. */
    public record Dead(String key, String reason, byte[] value) {
    }

    public static List<Dead> deadLetters(TestBroker broker, String topic) {
        List<Dead> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : broker.readAll(topic, true)) {
            out.add(new Dead(new String(r.key(), StandardCharsets.UTF_8),
                    DeadLetterHeaders.get(r.headers(), DeadLetterHeaders.REASON).orElse(null), r.value()));
        }
        return out;
    }

    /** Records what the sources report. */
    public static final class Recorder implements IngestListener {
        public final List<RawArticle> published = new CopyOnWriteArrayList<>();
        public final List<String> deadLettered = new CopyOnWriteArrayList<>();
        public final List<String> refused = new CopyOnWriteArrayList<>();
        public final List<Integer> feedStatuses = new CopyOnWriteArrayList<>();
        public final List<Integer> scans = new CopyOnWriteArrayList<>();

        @Override
        public void published(RawArticle article, String sourceKind) {
            published.add(article);
        }

        @Override
        public void deadLettered(String key, String reason, String sourceKind) {
            deadLettered.add(key + ": " + reason);
        }

        @Override
        public void refused(String what, int status, String reason, String sourceKind) {
            refused.add(status + " " + reason);
        }

        @Override
        public void feedPolled(String url, int status, int published, int deadLettered, int pending) {
            feedStatuses.add(status);
        }

        @Override
        public void foldersScanned(int files, int ingested) {
            scans.add(ingested);
        }
    }
}
