package org.khabar.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khabar.enrich.eval.EvalReport;
import org.khabar.enrich.eval.Evaluator;
import org.khabar.enrich.nlp.ArticleEnricher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar eval GOLD ARTICLES}: enrichment quality against annotated gold, scored like ../shared/eval/score.py. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Enriches ARTICLES (raw-article JSON lines) and scores them against GOLD: precision, recall "
                + "and F1 for entities, dates and casualty mentions, and the accuracy of the headline killed/injured "
                + "figures, with the same matching rules as the shared scorer (eval/score.py).",
            "Example: ./khabar eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl --verbose"})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold annotations, JSON lines.")
    Path gold;

    @Parameters(index = "1", paramLabel = "ARTICLES", description = "The raw articles the gold annotates, JSON lines.")
    Path articles;

    @Option(names = "--verbose", description = "Also list every miss and false hit.")
    boolean verbose;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EvalReport report = Evaluator.evaluate(gold, articles, new ArticleEnricher());
        if (verbose) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8).println(report.formatLog());
        }
        out.println(json ? report.toJson().toString() : report.format());
        return 0;
    }
}
