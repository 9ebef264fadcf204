package org.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.nlp.ArticleEnricher;

/**
 * Runs the full enrichment over the dev set (shared/eval/dev) and checks the quality bar.
 * The dev-set bars of the enrichment: entities F1 >= 0.90, dates F1 >= 0.95, casualty mentions
 * F1 >= 0.95, every headline killed/injured figure right. Every figure and miss is printed.
 * Tagged "quality"; skipped when the shared data is not there.
 */
@Tag("quality")
class DevSetQualityTest {
    static final double ENTITIES_F1 = 0.90;
    static final double DATES_F1 = 0.95;
    static final double CASUALTY_MENTIONS_F1 = 0.95;
    static final double HEADLINE_ACCURACY = 1.0;

    @Test
    void devSetMeetsTheBar() {
        Path gold = SharedData.eval("dev/gold.jsonl");
        Path articles = SharedData.eval("dev/articles.jsonl");
        assumeTrue(Files.isRegularFile(gold) && Files.isRegularFile(articles), "shared dev set not available");
        EvalReport r = Evaluator.evaluate(gold, articles, new ArticleEnricher());
        System.out.print(r.format());
        System.out.print(r.formatLog());
        assertTrue(r.entities().f1() >= ENTITIES_F1, "entities F1 " + r.entities().f1() + " < " + ENTITIES_F1);
        assertTrue(r.dates().f1() >= DATES_F1, "dates F1 " + r.dates().f1() + " < " + DATES_F1);
        assertTrue(r.casualtyMentions().f1() >= CASUALTY_MENTIONS_F1,
                "casualty mentions F1 " + r.casualtyMentions().f1() + " < " + CASUALTY_MENTIONS_F1);
        assertTrue(r.headlineKilledAccuracy() >= HEADLINE_ACCURACY, "headline killed accuracy " + r.headlineKilledAccuracy());
        assertTrue(r.headlineInjuredAccuracy() >= HEADLINE_ACCURACY,
                "headline injured accuracy " + r.headlineInjuredAccuracy());
    }
}
