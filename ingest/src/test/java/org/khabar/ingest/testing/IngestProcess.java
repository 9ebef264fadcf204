package org.khabar.ingest.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.khabar.ingest.IngestConfig;
import org.khabar.ingest.IngestListener;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.SourcesOptions;
import org.khabar.ingest.extract.ExtractionLimits;
import org.khabar.ingest.publish.TransactionalPublisher;
import org.khabar.model.RawArticle;

/**
 * An ingest instance in its own JVM, for the restart test to kill: one feed and one watched
 * folder, events printed on stdout as {@code EVENT ...} lines. With {@code halt-before-commit} it
 * dies like {@code kill -9} (no shutdown hooks, nothing flushed or closed) right after the first
 * article reached the broker inside a transaction and before that transaction commits.
 *
 * <p>Arguments: bootstrap, prefix (topics and instance id), feed URL, allowed address:port, folder, mode.
 */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1];
        String feed = args[2];
        String allow = args[3];
        Path folder = Path.of(args[4]);
        boolean halt = args[5].equals("halt-before-commit");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        IngestConfig config = new IngestConfig(bootstrap, prefix + ".raw", prefix + ".dlq", "test", Map.of(),
                ExtractionLimits.defaults().withParserProcesses(1));
        TransactionalPublisher.CommitHook hook = records -> {
            if (halt && records.stream().anyMatch(r -> r.topic().equals(prefix + ".raw"))) {
                out.println("EVENT HALT " + records.size());
                Runtime.getRuntime().halt(42);
            }
        };
        SourcesOptions options = SourcesOptions.defaults().withInstanceId(prefix).withCheckpointTopic(prefix + ".checkpoints")
                .withFeeds(List.of(feed), Duration.ofMillis(300)).withWatch(List.of(folder), Duration.ofMillis(300))
                .withFetch(List.of(allow), SourcesOptions.defaults().fetch()).withCommitHook(hook);
        IngestListener events = new IngestListener() {
            @Override
            public void published(RawArticle article, String sourceKind) {
                out.println("EVENT PUBLISHED " + sourceKind + " " + article.id());
            }

            @Override
            public void feedPolled(String url, int status, int published, int deadLettered, int pending) {
                out.println("EVENT POLLED " + status + " " + published + " " + pending);
            }

            @Override
            public void foldersScanned(int files, int ingested) {
                out.println("EVENT SCANNED " + files + " " + ingested);
            }
        };
        try (IngestSources sources = IngestSources.start(config, options, new SimpleMeterRegistry(), events)) {
            out.println("EVENT READY " + sources.checkpointCount());
            // Runs until killed, or until stdin closes.
            while (System.in.read() >= 0) {
                // keep running
            }
        }
    }
}
