package org.khabar.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.app.run.Pipeline;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;
import org.khabar.testkit.Await;

/**
 * The same articles through the real pipeline with 1 and with 4 partitions give the same
 * duplicates and the same events: no stage depends on the partition count.
 */
@Timeout(300)
class PartitionIndependenceTest {
    @TempDir
    Path dir;

    private static final String STORY_A = "الفاشر - قال مسؤولون في الإدارة المحلية إن قصفا مدفعيا استهدف سوق المواشي في مدينة الفاشر "
            + "صباح أمس الثلاثاء، ما أسفر عن مقتل سبعة أشخاص وإصابة عشرين آخرين بينهم نساء وأطفال. وأضاف المسؤولون أن فرق الهلال "
            + "الأحمر السوداني نقلت الجرحى إلى المستشفى الجنوبي الذي يعاني نقصا حادا في الأدوية والكوادر. وطالبت لجان المقاومة "
            + "المحلية بحماية المدنيين وفتح ممرات آمنة لإيصال المساعدات إلى الأحياء المحاصرة في شمال المدينة.";
    private static final String STORY_B = "الفاشر - أفادت مصادر طبية في مدينة الفاشر بأن حصيلة القصف الذي طال سوق المواشي أمس "
            + "الثلاثاء بلغت سبعة قتلى وعشرين جريحا، وأن الهلال الأحمر السوداني يواصل البحث تحت الأنقاض. وقال طبيب في المستشفى "
            + "الجنوبي إن غرف العمليات امتلأت بالمصابين وإن الطواقم تعمل دون توقف منذ الصباح وسط انقطاع متكرر للكهرباء.";
    private static final String STORY_C = "نيالا - افتتحت السلطات المحلية في مدينة نيالا معرضا للكتاب بمشاركة عشرات دور النشر "
            + "من ولايات دارفور المختلفة، وقال منظمو المعرض إن الإقبال فاق التوقعات رغم الظروف الصعبة التي تمر بها المنطقة، "
            + "وإن الفعاليات تتضمن ندوات ثقافية وأمسيات شعرية وورشا لتعليم الأطفال القراءة والكتابة.";

    private static List<RawArticle> articles() {
        List<RawArticle> list = new ArrayList<>();
        String published = "2025-05-14T09:00:00Z";
        list.add(raw("a-original", "وكالة أ", published, STORY_A));
        list.add(raw("b-other-outlet", "صحيفة ب", published, STORY_B)); // same incident, own wording: same event, not a copy
        list.add(raw("a-exact", "موقع ج", published, STORY_A.replace("مقتل", "مَقتل")));
        // Re-run under another header line with its last sentence dropped: a near copy.
        list.add(raw("a-trimmed", "إذاعة د", published, "الخرطوم (وكالات)\n" + STORY_A.substring(0, STORY_A.indexOf("وطالبت"))));
        list.add(raw("c-unrelated", "صحيفة ب", published, STORY_C));
        list.add(raw("c-exact", "وكالة أ", published, STORY_C + " "));
        return list;
    }

    private static RawArticle raw(String id, String source, String publishedAt, String text) {
        return new RawArticle(id, source, null, null, java.time.Instant.parse(publishedAt), "ar", text);
    }

    /** What a run decided: copies (id -> original) and events (groups of article ids). */
    private record Outcome(Map<String, String> copies, Set<Set<String>> events) {
    }

    private Outcome run(int partitions, List<RawArticle> input) throws Exception {
        Path data = dir.resolve("p" + partitions);
        JsonSerde<RawArticle> json = JsonSerde.of(RawArticle.class);
        StringBuilder lines = new StringBuilder();
        input.forEach(a -> lines.append(json.toJson(a)).append('\n'));
        try (Pipeline pipeline = Pipeline.start(new Pipeline.Settings(data, null, null, partitions, "test", Map.of()),
                new SimpleMeterRegistry(), Pipeline.Listener.NONE)) {
            pipeline.ingestJsonLines(new BufferedReader(new StringReader(lines.toString())), "test", "jsonl");
            pipeline.tracker().ingestFinished();
            Await.until(Duration.ofSeconds(120), "all stored with " + partitions + " partitions",
                    () -> pipeline.tracker().complete(), () -> pipeline.tracker().outstandingIds().toString());
            Map<String, String> copies = new TreeMap<>();
            Map<String, Set<String>> byEvent = new HashMap<>();
            try (Connection c = DriverManager.getConnection(pipeline.storeUrl()); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, duplicate_of FROM article_copies")) {
                    while (rs.next()) {
                        copies.put(rs.getString(1), rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, event_id FROM articles")) {
                    while (rs.next()) {
                        byEvent.computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(1));
                    }
                }
            }
            return new Outcome(copies, Set.copyOf(byEvent.values()));
        }
    }

    /** The rule of score_dedup.py: the first article of a cluster in stream order is the original, every later one copies a member. */
    private static void assertDedupGold(Map<String, String> copies, Path articles, Path gold) throws Exception {
        JsonSerde<RawArticle> json = JsonSerde.of(RawArticle.class);
        Map<String, String> cluster = new HashMap<>();
        for (String line : Files.readAllLines(gold)) {
            if (!line.isBlank()) {
                var node = org.khabar.model.Json.mapper().readTree(line);
                cluster.put(node.get("id").asText(), node.get("cluster").asText());
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String line : Files.readAllLines(articles)) {
            if (line.isBlank()) {
                continue;
            }
            String id = json.fromJson(line).id();
            String c = cluster.get(id);
            boolean shouldCopy = !seen.add(c);
            String original = copies.get(id);
            if (shouldCopy) {
                assertEquals(c, cluster.get(original), id + " should copy a member of " + c + ", got " + original);
            } else {
                assertEquals(null, original, id + " is the first of its story, not a copy");
            }
        }
    }

    @Test
    void duplicatesAndEventsDoNotDependOnThePartitionCount() throws Exception {
        List<RawArticle> input = new ArrayList<>(articles());
        Path dedupSet = Path.of(System.getProperty("khabar.shared.dir", "../../shared"), "eval/dedup/articles.jsonl");
        if (Files.exists(dedupSet)) {
            // The shared dedup set too (read at test time, never copied into the project).
            JsonSerde<RawArticle> json = JsonSerde.of(RawArticle.class);
            for (String line : Files.readAllLines(dedupSet)) {
                if (!line.isBlank()) {
                    input.add(json.fromJson(line));
                }
            }
        }
        Outcome one = run(1, input);
        Outcome four = run(4, input);
        assertEquals(one.copies(), four.copies());
        assertEquals(one.events(), four.events());
        if (Files.exists(dedupSet)) {
            assertDedupGold(four.copies(), dedupSet, dedupSet.resolveSibling("gold.jsonl"));
        }

        assertEquals("a-original", one.copies().get("a-exact"));
        assertEquals("a-original", one.copies().get("a-trimmed"));
        assertEquals("c-unrelated", one.copies().get("c-exact"));
        Collection<Set<String>> events = one.events();
        Set<String> incident = events.stream().filter(e -> e.contains("a-original")).findFirst().orElseThrow();
        assertEquals(true, incident.contains("b-other-outlet"), "two outlets' reports of one incident: " + events);
        assertNotEquals(incident, events.stream().filter(e -> e.contains("c-unrelated")).findFirst().orElseThrow());
    }
}
