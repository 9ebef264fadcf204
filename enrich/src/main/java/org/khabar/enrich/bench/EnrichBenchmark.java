package org.khabar.enrich.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.RawArticle;

/**
 * Enrichment throughput on a corpus of raw-article JSON lines, on one thread: MB of text (UTF-8)
 * per second, articles per second, and the share of each stage. A benchmark, not a test: it
 * prints what it measured and asserts nothing.
 */
public final class EnrichBenchmark {
    private EnrichBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EnrichBenchmark CORPUS.jsonl [ROUNDS]");
            System.exit(2);
        }
        run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3, System.out);
    }

    public static void run(Path corpus, int rounds, PrintStream out) throws IOException {
        List<RawArticle> articles = Corpus.load(corpus).articles();
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf(Locale.ROOT, "corpus: %s, %d articles, %.1f MB of text (UTF-8)%n", corpus, articles.size(), bytes / 1e6);

        Map<ArticleEnricher.Stage, long[]> stageNanos = new EnumMap<>(ArticleEnricher.Stage.class);
        for (ArticleEnricher.Stage s : ArticleEnricher.Stage.values()) {
            stageNanos.put(s, new long[1]);
        }
        ArticleEnricher enricher = new ArticleEnricher((stage, nanos) -> stageNanos.get(stage)[0] += nanos);

        // Warm-up: one pass so the JIT has compiled the hot paths before timing.
        long checksum = pass(enricher, articles);
        stageNanos.values().forEach(a -> a[0] = 0);

        double best = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            checksum += pass(enricher, articles);
            double seconds = (System.nanoTime() - start) / 1e9;
            double mbPerSecond = bytes / 1e6 / seconds;
            best = Math.max(best, mbPerSecond);
            out.printf(Locale.ROOT, "round %d: %.2f s, %.1f MB/s, %.0f articles/s%n", round, seconds, mbPerSecond,
                    articles.size() / seconds);
        }
        long total = stageNanos.values().stream().mapToLong(a -> a[0]).sum();
        StringBuilder stages = new StringBuilder("time by stage:");
        stageNanos.forEach((stage, nanos) -> stages.append(String.format(Locale.ROOT, " %s %.0f%%",
                stage.name().toLowerCase(Locale.ROOT), 100.0 * nanos[0] / Math.max(1, total))));
        out.println(stages);
        out.printf(Locale.ROOT, "best: %.1f MB/s of text per core (one thread); %d mentions found (checksum)%n", best, checksum);
    }

    private static long pass(ArticleEnricher enricher, List<RawArticle> articles) {
        long found = 0;
        for (RawArticle a : articles) {
            var e = enricher.enrich(a.text(), a.publishedAt() == null ? Instant.EPOCH : a.publishedAt());
            found += e.entities().size() + e.dates().size() + e.casualties().mentions().size();
        }
        return found;
    }
}
