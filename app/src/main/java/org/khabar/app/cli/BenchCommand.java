package org.khabar.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.enrich.bench.EnrichBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar bench}: measures on this machine and prints the figures (benchmarks, not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Measures Khabar on this machine and prints the figures.",
            "  enrich CORPUS   enrichment throughput on one thread (MB of text per second per core)",
            "  dedup CORPUS    near-duplicate recall and precision against exact Jaccard >= 0.8 pairs, and times"})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "WHAT", description = "enrich or dedup")
    String what;

    @Parameters(index = "1", paramLabel = "CORPUS", description = "Raw-article JSON lines, e.g. ../shared/corpus/*.jsonl.")
    Path corpus;

    @Option(names = "--rounds", defaultValue = "${env:KHABAR_BENCH_ROUNDS:-3}",
            description = "Timed passes after one warm-up pass (env KHABAR_BENCH_ROUNDS; default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "enrich" -> EnrichBenchmark.run(corpus, rounds, System.out);
            case "dedup" -> org.khabar.enrich.bench.DedupBenchmark.run(corpus, System.out);
            default -> throw new IllegalArgumentException("unknown benchmark '" + what + "': use enrich or dedup");
        }
        return 0;
    }
}
