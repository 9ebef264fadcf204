package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.bench.DedupBenchmark;
import org.khabar.enrich.offline.OfflineEnricher;
import org.khabar.model.Enrichment;

/**
 * On the shared data when it is there (../shared, system property {@code khabar.shared.dir}):
 * the offline mode over eval/dedup scored exactly as eval/score_dedup.py scores it, and the
 * corpus benchmark's quality figures. Article texts stay in ../shared; nothing here is tuned to them.
 */
class SharedDedupDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path shared() {
        return Path.of(System.getProperty("khabar.shared.dir", "../../shared"));
    }

    @Test
    void offlineModeScoresF1OneOnTheDedupSet() throws IOException {
        Path dir = shared().resolve("eval/dedup");
        Path articles = dir.resolve("articles.jsonl");
        Path gold = dir.resolve("gold.jsonl");
        assumeTrue(Files.isRegularFile(articles) && Files.isRegularFile(gold), "no eval/dedup set");
        String input = Files.readString(articles, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfflineEnricher offline = new OfflineEnricher((text, at) -> Enrichment.EMPTY, Duration.ofDays(7), Clock.systemUTC());
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            offline.run(new BufferedReader(new StringReader(input)), ps, new PrintStream(new ByteArrayOutputStream()));
        }
        List<String> predicted = out.toString(StandardCharsets.UTF_8).lines().toList();

        // score_dedup.py: stream order from ARTICLES, the first article of a cluster is the original,
        // every later one must carry duplicateOf = an earlier member of its cluster.
        Map<String, String> cluster = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode g = JSON.readTree(line);
                cluster.put(g.get("id").asText(), g.get("cluster").asText());
            }
        }
        Map<String, String> pred = new HashMap<>();
        for (String line : predicted) {
            JsonNode p = JSON.readTree(line);
            JsonNode d = p.get("duplicateOf");
            pred.put(p.path("id").asText(), d == null || d.isNull() ? null : d.asText());
        }
        Set<String> seen = new HashSet<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> log = new ArrayList<>();
        for (String line : input.lines().filter(l -> !l.isBlank()).toList()) {
            String id = JSON.readTree(line).get("id").asText();
            String c = cluster.get(id);
            boolean wantDup = !seen.add(c);
            if (!pred.containsKey(id)) {
                fn += wantDup ? 1 : 0;
                log.add("missing " + id);
                continue;
            }
            String got = pred.get(id);
            if (got != null && !got.isEmpty() && c.equals(cluster.get(got)) && !got.equals(id)) {
                if (wantDup) {
                    tp++;
                } else {
                    fp++;
                    log.add("FP " + id + ": original flagged as copy of " + got);
                }
            } else if (got != null && !got.isEmpty()) {
                fp++;
                fn += wantDup ? 1 : 0;
                log.add("FP " + id + ": flagged as copy of " + got + ", another story");
            } else if (wantDup) {
                fn++;
                log.add("FN " + id + ": copy not flagged");
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        assertEquals(predicted.size(), input.lines().filter(l -> !l.isBlank()).count(), "one line per input");
        assertTrue(tp > 0, "the set has copies");
        assertEquals(1.0, f1, 1e-9, "dedup P=" + p + " R=" + r + " " + log);
    }

    @Test
    void corpusBenchmarkMeetsTheQualityBars() throws IOException {
        Path corpus = shared().resolve("corpus/saudinewsnet-2015-08-06_07.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "no corpus");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DedupBenchmark.Result r;
        try (PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            r = DedupBenchmark.run(corpus, ps);
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(r.exactJaccardPairs() > 100, report);
        // The detector reproduces its own rule computed exactly (LSH and pre-filter lose nothing).
        assertTrue(r.productionVsRule().recall() >= 0.98, report);
        assertTrue(r.productionVsRule().precision() >= 0.99, report);
        // With the containment rule off, it reproduces the exact Jaccard >= 0.8 pairs.
        assertTrue(r.jaccardOnlyVsJaccard().recall() >= 0.98, report);
        assertTrue(r.jaccardOnlyVsJaccard().precision() >= 0.99, report);
        // The production detector finds the Jaccard pairs; its extra links are containment copies.
        assertTrue(r.productionVsJaccard().recall() >= 0.98, report);
        Score s = new Score(r.productionVsJaccard());
        assertEquals(s.wrong(), r.extraLinksThatAreRulePairs(), report);
    }

    private record Score(DedupBenchmark.Score s) {
        int wrong() {
            return s.links() - s.correctLinks();
        }
    }
}
