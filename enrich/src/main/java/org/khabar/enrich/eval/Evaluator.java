package org.khabar.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.Enrichment;
import org.khabar.model.Json;
import org.khabar.model.RawArticle;

/**
 * Runs the enrichment over raw articles and scores the result against a gold file, the Java
 * counterpart of enriching a set and running {@code score.py} on it. Backs {@code khabar eval}.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** Enriches every article of {@code articlesJsonl} and scores the records against {@code goldJsonl}. */
    public static EvalReport evaluate(Path goldJsonl, Path articlesJsonl, ArticleEnricher enricher) {
        return Scorer.score(Scorer.load(goldJsonl), predict(articlesJsonl, enricher));
    }

    /**
     * The records score.py reads, by article id, for every raw article of a JSON-lines file
     * ({@code id, publishedAt, text, ...}): id plus the enrichment's entities, dates and casualties.
     */
    public static Map<String, JsonNode> predict(Path articlesJsonl, ArticleEnricher enricher) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(articlesJsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                RawArticle article;
                try {
                    article = Json.mapper().readValue(line, RawArticle.class);
                } catch (IOException | RuntimeException bad) {
                    throw new IllegalArgumentException(articlesJsonl + ":" + n + ": not a raw article: "
                            + bad.getMessage(), bad);
                }
                Enrichment e = enricher.enrich(article.text(), article.publishedAt());
                out.put(article.id(), record(article.id(), e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Scores enrichments already computed, keyed by article id. */
    public static EvalReport score(Path goldJsonl, Map<String, Enrichment> enrichments) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        enrichments.forEach((id, e) -> records.put(id, record(id, e)));
        return Scorer.score(Scorer.load(goldJsonl), records);
    }

    /** One scorer-readable record: {@code {"id", "entities", "dates", "casualties"}}. */
    public static ObjectNode record(String id, Enrichment e) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id);
        ObjectNode tree = Json.mapper().valueToTree(e);
        o.setAll(tree);
        return o;
    }

    /** Writes records as JSON lines (e.g. to feed score.py). */
    public static void write(Map<String, JsonNode> records, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (JsonNode rec : records.values()) {
                w.write(Json.mapper().writeValueAsString(rec));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
