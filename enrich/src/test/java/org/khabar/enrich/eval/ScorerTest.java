package org.khabar.enrich.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyKind;
import org.khabar.model.CasualtyMention;
import org.khabar.model.DateGranularity;
import org.khabar.model.DateMention;
import org.khabar.model.Enrichment;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;

/** The scorer's matching rules on small hand-made gold and predictions about fictional events. */
class ScorerTest {
    @TempDir
    Path dir;

    static final String GOLD_A = """
            {"id":"a","entities":[
              {"type":"PERSON","names":["سامر الدليمي","الدليمي"],"optional":false},
              {"type":"LOCATION","names":["الرمادي"],"optional":false},
              {"type":"ORGANIZATION","names":["الجيش العراقي"],"optional":true}],
             "dates":[{"value":"2023-03-14","optional":false},{"value":"2023","optional":true}],
             "casualties":{"headline":{"killed":3,"injured":null},
               "mentions":[{"kind":"KILLED","count":3,"optional":false},{"kind":"INJURED","count":1,"optional":true}]}}
            """.replace("\n", " ");
    static final String GOLD_B = """
            {"id":"b","entities":[{"type":"ORGANIZATION","names":["وزارة الصحة"],"optional":false}],
             "dates":[],"casualties":{"headline":{"killed":null,"injured":null,"acceptKilled":[null,1]},"mentions":[]}}
            """.replace("\n", " ");

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines));
        return p;
    }

    @Test
    void matchesNamesAfterNormalisationAndCountsEachFalseHitOnce() throws IOException {
        Path gold = write("gold.jsonl", GOLD_A, GOLD_B);
        Path pred = write("pred.jsonl",
                "{\"id\":\"a\",\"entities\":[{\"type\":\"PER\",\"text\":\"الدليمي\"},{\"type\":\"LOCATION\",\"text\":\"بالرمادي\"},"
                        + "{\"type\":\"LOCATION\",\"text\":\"الفلوجة\"},{\"type\":\"LOCATION\",\"text\":\"الفلوجة\"},"
                        + "{\"type\":\"ORGANIZATION\",\"text\":\"الجيش العراقي\"},{\"type\":\"DATE\",\"text\":\"أمس\"}],"
                        + "\"dates\":[{\"value\":\"2023-03-14T08:00:00Z\"},{\"value\":\"2023\"},{\"value\":\"2022-01\"}],"
                        + "\"casualties\":{\"killed\":3,\"injured\":null,\"mentions\":[{\"kind\":\"killed\",\"count\":\"3\"},"
                        + "{\"kind\":\"INJURED\",\"count\":1},{\"kind\":\"INJURED\",\"count\":null}]}}",
                "{\"id\":\"b\",\"entities\":[{\"type\":\"ORGANIZATION\",\"name\":\"لوزارة الصحة\"}],\"casualties\":{\"killed\":1}}");
        EvalReport r = Scorer.score(gold, pred);
        // لوزارة keeps its ل: score.py drops a preposition only before ال (بالرمادي → رمادي).
        assertEquals(new Prf(2, 2, 1), r.entities());
        assertEquals(new Prf(1, 1, 0), r.dates());
        assertEquals(new Prf(1, 0, 0), r.casualtyMentions());
        assertEquals(1.0, r.headlineKilledAccuracy());
        assertEquals(1.0, r.headlineInjuredAccuracy());
        assertEquals(0, r.missing());
        assertTrue(r.log().contains("  entity FP  LOCATION     الفلوجة"), r.log().toString());
        assertTrue(r.log().contains("  date FP     2022-01"), r.log().toString());
        assertTrue(r.log().contains("  entity FP  ORGANIZATION لوزارة الصحة"), r.log().toString());
    }

    @Test
    void missingArticlesCountAsEmptyPredictions() throws IOException {
        Path gold = write("gold.jsonl", GOLD_A, GOLD_B);
        Path pred = write("pred.jsonl", "{\"id\":\"b\",\"entities\":[]}");
        EvalReport r = Scorer.score(gold, pred);
        assertEquals(1, r.missing());
        assertEquals(new Prf(0, 0, 3), r.entities());
        assertEquals(0.5, r.headlineKilledAccuracy());
        assertEquals(1.0, r.headlineInjuredAccuracy());
        assertTrue(r.log().contains("  headline killed: got None want 3"), r.log().toString());
        assertTrue(r.log().contains("  casualty FN ('KILLED', 3)"), r.log().toString());
    }

    @Test
    void formatsLikeScorePy() {
        EvalReport r = new EvalReport(5, 0, new Prf(13, 3, 3), new Prf(1, 0, 15), Prf.ZERO, 0.8, 1.0, List.of());
        assertEquals("""
                entities           P=0.812 R=0.812 F1=0.812  (tp=13 fp=3 fn=3)
                dates              P=1.000 R=0.062 F1=0.118  (tp=1 fp=0 fn=15)
                casualty_mentions  P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=0)
                headline killed acc=0.800  injured acc=1.000  articles=5 missing=0
                """, r.format());
        assertEquals(0.8125, r.entities().precision());
        assertEquals(0.1176, r.dates().f1());
    }

    @Test
    void scoresEnrichmentsDirectly() throws IOException {
        Path gold = write("gold.jsonl", GOLD_A);
        String text = "قتل ثلاثة أشخاص في الرمادي";
        Enrichment e = new Enrichment(
                List.of(new Entity(EntityType.LOCATION, "الرمادي", List.of(new Mention("الرمادي", 20, 27)))),
                List.of(new DateMention("14 آذار 2023", 0, 5, "2023-03-14", DateGranularity.DAY, "GREGORIAN", false)),
                new Casualties(3, null, List.of(new CasualtyMention(CasualtyKind.KILLED, 3, null, text, 0, 15, true))));
        EvalReport r = Evaluator.score(gold, Map.of("a", e));
        assertEquals(new Prf(1, 0, 1), r.entities());
        assertEquals(new Prf(1, 0, 0), r.dates());
        assertEquals(new Prf(1, 0, 0), r.casualtyMentions());
        JsonNode rec = Evaluator.record("a", e);
        assertEquals("LOCATION", rec.get("entities").get(0).get("type").asText());
        assertEquals("2023-03-14", rec.get("dates").get(0).get("value").asText());
    }

    @Test
    void pythonValueRules() {
        assertEquals(3L, PyValues.parseInt(" 3 "));
        assertEquals(3L, PyValues.parseInt("٣"));
        assertEquals(1000L, PyValues.parseInt("1_000"));
        assertEquals(null, PyValues.parseInt("3.0"));
        assertEquals(null, PyValues.parseInt(""));
        assertEquals("2.0", PyValues.floatRepr(2.0));
        assertEquals("0.0001", PyValues.floatRepr(0.0001));
        assertEquals("'KILLED'", PyValues.repr("KILLED"));
        assertEquals(0.1235, PyValues.round(0.12345, 4));
        assertEquals("0.062", PyValues.fixed(0.0625, 3));
    }
}
