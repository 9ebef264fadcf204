package org.khabar.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
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
        description = {"Stores " + Topics.ENRICHED + " and " + Topics.DUPLICATES + " into SQLite or PostgreSQL, "
                + "committing offsets only after the database commit, until stopped (Ctrl-C)."})
public final class SinkCommand implements java.util.concurrent.Callable<Integer> {
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

    @Override
    public Integer call() throws Exception {
        SinkConfig config = new SinkConfig(kafka.requireBootstrapServers(), groupId, store, Topics.ENRICHED,
                Topics.DUPLICATES, Topics.EVENTS, Topics.DLQ, batchSize, Duration.ofMillis(500), Duration.ofSeconds(10),
                kafka.clientSettings());
        java.nio.file.Path parent = RunCommand.sqliteParent(store);
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (JdbcArticleStore jdbc = JdbcArticleStore.open(store);
             SinkService sink = new SinkService(config, jdbc, new SimpleMeterRegistry(), SinkListener.NONE)) {
            Thread worker = new Thread(sink, "khabar-sink");
            Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "khabar-sink-shutdown"));
            worker.start();
            worker.join();
            return sink.fatalError() == null ? 0 : 1;
        }
    }

    @SuppressWarnings("unused")
    private static Callable<Integer> unused() {
        return null;
    }
}
