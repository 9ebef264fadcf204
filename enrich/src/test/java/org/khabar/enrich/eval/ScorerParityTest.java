package org.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.Json;

/**
 * The Java scorer and shared/eval/score.py must report the same figures on the same predictions.
 * Runs python3 when it and the shared data are there; skips otherwise.
 */
class ScorerParityTest {
    @TempDir
    Path dir;

    private static Path scorePy() {
        return SharedData.eval("score.py");
    }

    private static JsonNode python(Path gold, Path pred) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorePy().toString(), gold.toString(), pred.toString(), "--json")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return Json.mapper().readTree(out);
    }

    private static List<String> pythonLog(Path gold, Path pred) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorePy().toString(), gold.toString(), pred.toString(), "--verbose")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    private static String pythonSummary(Path gold, Path pred) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorePy().toString(), gold.toString(), pred.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static void assertSame(Path gold, Path pred) throws IOException, InterruptedException {
        EvalReport java = Scorer.score(gold, pred);
        assertEquals(python(gold, pred), java.toJson());
        assertEquals(pythonSummary(gold, pred), java.format());
        assertEquals(pythonLog(gold, pred), java.log());
    }

    @Test
    void sameFiguresOnTheDevSetEnrichedByThisBuild() throws Exception {
        Path gold = SharedData.eval("dev/gold.jsonl");
        Path articles = SharedData.eval("dev/articles.jsonl");
        assumeTrue(Files.isRegularFile(gold) && Files.isRegularFile(scorePy()) && SharedData.python3Available(),
                "shared eval data or python3 not available");
        Map<String, JsonNode> records = Evaluator.predict(articles, new ArticleEnricher());
        Path pred = dir.resolve("pred.jsonl");
        Evaluator.write(records, pred);
        assertSame(gold, pred);
    }

    @Test
    void sameFiguresOnEdgeCases() throws Exception {
        assumeTrue(Files.isRegularFile(scorePy()) && SharedData.python3Available(), "score.py or python3 not available");
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(ScorerTest.GOLD_A, ScorerTest.GOLD_B,
                "{\"id\":7,\"entities\":[{\"type\":\"LOCATION\",\"names\":[\"للبنان\",\"لبنان\"],\"optional\":false}],"
                        + "\"dates\":[{\"value\":\"2021-06\",\"optional\":false}],"
                        + "\"casualties\":{\"headline\":{\"killed\":2,\"injured\":4},\"mentions\":[{\"kind\":\"KILLED\",\"count\":2,\"optional\":false}]}}"));
        Path pred = dir.resolve("pred.jsonl");
        Files.write(pred, List.of(
                "{\"id\":\"a\",\"entities\":[{\"type\":\"person\",\"canonical\":\"والدليمي\"},{\"type\":\"GPE\",\"text\":\"الرمادي\"},"
                        + "{\"type\":\"LOC\",\"text\":\"\"},{\"type\":null,\"text\":\"x\"},{\"type\":\"ORGANISATION\",\"text\":\"الجيش\"}],"
                        + "\"dates\":[{\"value\":\" 2023-03-14 \"},{\"value\":\"\"},{\"value\":null},{}],"
                        + "\"casualties\":{\"killed\":3.0,\"injured\":false,\"mentions\":[{\"kind\":\"KILLED\",\"count\":3.7},"
                        + "{\"kind\":\"Injured\",\"count\":\"2\"},{\"count\":5},{\"kind\":null,\"count\":6}]}}",
                "{\"id\":\"7\",\"entities\":[{\"type\":\"LOCATION\",\"text\":\"وللبنان\"}],\"dates\":[{\"value\":\"2021-06-01\"}],"
                        + "\"casualties\":{\"killed\":2,\"injured\":4,\"mentions\":[{\"kind\":\"KILLED\",\"count\":2}]}}",
                "{\"id\":\"unknown\",\"entities\":[]}"));
        assertSame(gold, pred);
    }

    @Test
    void sameFiguresOnRandomPredictions() throws Exception {
        assumeTrue(Files.isRegularFile(scorePy()) && SharedData.python3Available(), "score.py or python3 not available");
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(ScorerTest.GOLD_A, ScorerTest.GOLD_B));
        String[] names = {"سامر الدليمي", "الدليمي", "الرمادي", "بالرمادي", "الفلوجة", "وزارة الصحة", "الجيش العراقي", "هيت"};
        String[] types = {"PERSON", "LOCATION", "ORGANIZATION", "ORG", "MISC"};
        String[] dates = {"2023-03-14", "2023", "2022-01", "2023-03-14T10:00"};
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            List<String> lines = new ArrayList<>();
            for (String id : new String[] {"a", "b"}) {
                StringBuilder b = new StringBuilder("{\"id\":\"" + id + "\",\"entities\":[");
                int n = random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    b.append(k > 0 ? "," : "").append("{\"type\":\"").append(types[random.nextInt(types.length)])
                            .append("\",\"text\":\"").append(names[random.nextInt(names.length)]).append("\"}");
                }
                b.append("],\"dates\":[");
                int d = random.nextInt(3);
                for (int k = 0; k < d; k++) {
                    b.append(k > 0 ? "," : "").append("{\"value\":\"").append(dates[random.nextInt(dates.length)]).append("\"}");
                }
                b.append("],\"casualties\":{\"killed\":").append(random.nextBoolean() ? "3" : "null")
                        .append(",\"injured\":null,\"mentions\":[{\"kind\":\"KILLED\",\"count\":").append(random.nextInt(4))
                        .append("}]}}");
                lines.add(b.toString());
            }
            Path pred = dir.resolve("pred" + round + ".jsonl");
            Files.write(pred, lines);
            assertSame(gold, pred);
        }
    }
}
