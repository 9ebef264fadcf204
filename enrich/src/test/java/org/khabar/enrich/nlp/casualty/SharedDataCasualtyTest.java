package org.khabar.enrich.nlp.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyMention;

/**
 * Runs the extractor over the shared data when it is there (../shared): the dev set, scored the
 * way eval/score.py scores casualties, and the news corpus, for robustness (nothing throws,
 * every span is the original text) and speed. Article texts stay in ../shared.
 */
class SharedDataCasualtyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path shared() {
        return Path.of(System.getProperty("khabar.shared.dir", "../shared"));
    }

    @Test
    void devSet() throws IOException {
        Path articles = shared().resolve("eval/dev/articles.jsonl");
        Path gold = shared().resolve("eval/dev/gold.jsonl");
        assumeTrue(Files.isRegularFile(articles) && Files.isRegularFile(gold), "no dev set");
        Map<String, JsonNode> golds = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            JsonNode g = JSON.readTree(line);
            golds.put(g.get("id").asText(), g.get("casualties"));
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int headlines = 0;
        int headlinesRight = 0;
        List<String> log = new ArrayList<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            JsonNode a = JSON.readTree(line);
            String id = a.get("id").asText();
            Casualties c = CasualtyTestSupport.EXTRACTOR.extract(ArabicNormalizer.normalize(a.get("text").asText()),
                    Instant.parse(a.get("publishedAt").asText()));
            JsonNode g = golds.get(id);
            Set<String> required = new HashSet<>();
            Set<String> optional = new HashSet<>();
            for (JsonNode m : g.get("mentions")) {
                (m.get("optional").asBoolean() ? optional : required).add(m.get("kind").asText() + m.get("count").asInt());
            }
            optional.removeAll(required);
            Set<String> got = new HashSet<>();
            for (CasualtyMention m : c.mentions()) {
                got.add(m.kind().name() + m.count());
            }
            got.removeAll(optional);
            for (String s : got) {
                if (required.contains(s)) {
                    tp++;
                } else {
                    fp++;
                    log.add(id + " false " + s);
                }
            }
            for (String s : required) {
                if (!got.contains(s)) {
                    fn++;
                    log.add(id + " missed " + s);
                }
            }
            JsonNode h = g.get("headline");
            for (String kind : new String[] {"killed", "injured"}) {
                Integer value = "killed".equals(kind) ? c.killed() : c.injured();
                JsonNode accept = h.get("accept" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
                boolean ok = false;
                if (accept != null) {
                    for (JsonNode v : accept) {
                        ok |= v.isNull() ? value == null : value != null && v.asInt() == value;
                    }
                } else {
                    JsonNode v = h.get(kind);
                    ok = v == null || v.isNull() ? value == null : value != null && v.asInt() == value;
                }
                headlines++;
                headlinesRight += ok ? 1 : 0;
                if (!ok) {
                    log.add(id + " headline " + kind + " got " + value + " want " + v(h.get(kind)));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "dev casualty mentions P=%.3f R=%.3f F1=%.3f; headlines %d/%d%n", p, r, f1,
                headlinesRight, headlines);
        log.forEach(System.out::println);
        assertTrue(f1 >= 0.95, "mention F1 " + f1 + " " + log);
        assertEquals(headlines, headlinesRight, log.toString());
    }

    private static String v(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    @Test
    void corpusRobustnessAndSpeed() throws IOException {
        Path dir = shared().resolve("corpus");
        assumeTrue(Files.isDirectory(dir), "no corpus");
        List<NormalizedText> texts = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    JsonNode a = JSON.readTree(line);
                    String text = a.path("text").asText("");
                    texts.add(ArabicNormalizer.normalize(text));
                    dates.add(a.hasNonNull("publishedAt") ? Instant.parse(a.get("publishedAt").asText()) : null);
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                }
            }
        }
        assumeTrue(!texts.isEmpty(), "empty corpus");
        int mentions = 0;
        for (int i = 0; i < texts.size(); i++) { // once for correctness (and warm-up)
            Casualties c = CasualtyTestSupport.EXTRACTOR.extract(texts.get(i), dates.get(i));
            for (CasualtyMention m : c.mentions()) {
                String original = texts.get(i).original();
                assertEquals(original.substring(m.start(), m.end()), m.text());
                assertTrue(m.count() >= 1);
                mentions++;
            }
            assertTrue(c.killed() == null || c.killed() >= 1);
            assertTrue(c.injured() == null || c.injured() >= 1);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (int i = 0; i < texts.size(); i++) {
                sink += Objects.hashCode(CasualtyTestSupport.EXTRACTOR.extract(texts.get(i), dates.get(i)).killed());
            }
            best = Math.min(best, System.nanoTime() - t0);
            assertTrue(sink != 42 || true);
        }
        double mbPerSecond = bytes / 1e6 / (best / 1e9);
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d mentions, casualty extraction %.1f MB/s%n",
                texts.size(), mentions, mbPerSecond);
        assertTrue(mbPerSecond > 5, "casualty extraction alone must leave room in the 5 MB/s budget: " + mbPerSecond);
    }
}
