package org.khabar.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestReport;
import org.khabar.ingest.IngestService;
import org.khabar.model.KafkaTopics;
import org.khabar.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar ingest}: publishes files, folders and JSON lines to a cluster's raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Publishes articles to " + Topics.RAW + ": JSON lines files (*.jsonl, *.ndjson) line by line, "
                + "other files (HTML, plain text in any encoding) through Apache Tika. Folders are read recursively. "
                + "Returns once every article is acknowledged by Kafka or dead-lettered with its reason."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to ingest.")
    List<Path> inputs;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--source", defaultValue = "${env:KHABAR_SOURCE:-file}",
            description = "Source name for articles that do not name one (env KHABAR_SOURCE; default ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--partitions", defaultValue = "${env:KHABAR_PARTITIONS:-3}",
            description = "Partitions of Khabar's topics when this command creates them (env KHABAR_PARTITIONS; "
                    + "default ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        IngestConfig config = IngestConfig.defaults(kafka.requireBootstrapServers()).withSource(source)
                .withKafka(kafka.clientSettings());
        try (Admin admin = Admin.create(Services.adminProperties(config.bootstrapServers(), config.kafka()))) {
            KafkaTopics.ensure(admin, KafkaTopics.all(), partitions, (short) -1);
        }
        try (IngestService ingest = new IngestService(config, new SimpleMeterRegistry())) {
            IngestReport report = ingest.ingestPaths(inputs);
            System.err.printf("published %d articles to %s; %d inputs refused (see %s)%n", report.publishedIds().size(),
                    Topics.RAW, report.deadLetteredKeys().size(), Topics.DLQ);
            return report.deadLetteredKeys().isEmpty() ? 0 : 3;
        }
    }
}
