package org.khabar.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.khabar.app.observe.Health;
import org.khabar.app.observe.MetricsOptions;
import org.khabar.app.observe.Observability;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Topics;
import org.khabar.sink.JdbcArticleStore;
import org.khabar.sink.SinkConfig;
import org.khabar.sink.SinkListener;
import org.khabar.sink.SinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khabar sink}: stores enriched records from a cluster into SQLite or PostgreSQL. */
@Command(name = "sink", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Stores " + Topics.ENRICHED + ", " + Topics.DUPLICATES + " and " + Topics.EVENTS + " into SQLite or PostgreSQL, "
                + "committing offsets only after the database commit, until stopped (Ctrl-C)."})
public final class SinkCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--store", paramLabel = "JDBC-URL", defaultValue = "${env:KHABAR_STORE:-jdbc:sqlite:khabar-data/khabar.db}",
            description = "jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=U&password=P "
                    + "(env KHABAR_STORE; default ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--group-id", defaultValue = "${env:KHABAR_SINK_GROUP_ID:-khabar-sink}",
            description = "Consumer group (env KHABAR_SINK_GROUP_ID; default ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--batch-size", defaultValue = "${env:KHABAR_SINK_BATCH_SIZE:-500}",
            description = "Most records per database transaction (env KHABAR_SINK_BATCH_SIZE; default ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    MetricsOptions metrics;

    @Override
    public Integer call() throws Exception {
        SinkConfig config = new SinkConfig(kafka.requireBootstrapServers(), groupId, store, Topics.ENRICHED,
                Topics.DUPLICATES, Topics.EVENTS, Topics.DLQ, batchSize, Duration.ofMillis(500), Duration.ofSeconds(10),
                kafka.clientSettings());
        java.nio.file.Path parent = RunCommand.sqliteParent(store);
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (Observability obs = metrics.start("sink");
             JdbcArticleStore jdbc = JdbcArticleStore.open(store);
             SinkService sink = new SinkService(config, jdbc, obs.registry(), liveEvents(obs))) {
            obs.health(() -> sink.fatalError() != null ? Health.down(String.valueOf(sink.fatalError().getMessage()))
                    : sink.isStopped() ? Health.down("stopped")
                    : Health.up(java.util.Map.of("holdingForStore", sink.isHoldingForStore())));
            obs.monitorLag(config.bootstrapServers(), config.kafka(), java.util.Map.of(config.groupId(),
                    java.util.List.of(config.enrichedTopic(), config.duplicatesTopic(), config.eventsTopic())));
            obs.followEvents(config.bootstrapServers(), config.kafka(), config.eventsTopic());
            Thread worker = new Thread(sink, "khabar-sink");
            Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "khabar-sink-shutdown"));
            worker.start();
            worker.join();
            return sink.fatalError() == null ? 0 : 1;
        }
    }

    /** What the sink stores feeds the live page's latest events. */
    private static SinkListener liveEvents(Observability obs) {
        return (articles, copies, deadLettered) -> {
            for (EnrichedArticle a : articles) {
                obs.events().stored(a);
            }
            for (DuplicateNotice c : copies) {
                obs.events().copyStored(c);
            }
        };
    }

}
