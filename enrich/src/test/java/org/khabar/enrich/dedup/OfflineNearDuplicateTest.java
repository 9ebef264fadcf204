package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khabar.enrich.dedup.Stories.MARKET_BOMBING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.offline.OfflineEnricher;
import org.khabar.model.Enrichment;

/** {@code enrich --offline} flags near copies: one line per input, a copy with duplicateOf and similarity. */
class OfflineNearDuplicateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T00:00:00Z"), ZoneOffset.UTC);

    private static String line(String id, String publishedAt, String text) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("source", "test").put("text", text);
        if (publishedAt != null) {
            o.put("publishedAt", publishedAt);
        }
        return o.toString();
    }

    private static List<JsonNode> run(List<String> lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfflineEnricher offline = new OfflineEnricher((text, at) -> Enrichment.EMPTY, Duration.ofDays(7), CLOCK);
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            offline.run(new BufferedReader(new StringReader(String.join("\n", lines))), ps,
                    new PrintStream(new ByteArrayOutputStream()));
        }
        List<JsonNode> result = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            result.add(JSON.readTree(l));
        }
        return result;
    }

    @Test
    void nearCopiesCarryDuplicateOfAndSimilarity() throws Exception {
        List<JsonNode> out = run(List.of(
                line("wire", "2025-03-11T08:00:00Z", Stories.text(MARKET_BOMBING)),
                line("other-report", "2025-03-11T08:05:00Z", Stories.text(Stories.MARKET_BOMBING_OTHER_REPORT)),
                line("site-a", "2025-03-11T09:00:00Z", Stories.framed(MARKET_BOMBING)),
                line("site-b", "2025-03-11T09:30:00Z", Stories.trimmed(MARKET_BOMBING, 4)),
                line("exact", "2025-03-11T10:00:00Z", Stories.indicDigits(Stories.text(MARKET_BOMBING))),
                line("follow-up", "2025-03-12T08:00:00Z", Stories.text(Stories.MARKET_BOMBING_FOLLOW_UP)),
                line("next-week", "2025-03-18T08:30:00Z", Stories.framed(MARKET_BOMBING.subList(0, 5)))));
        assertEquals(7, out.size());
        assertTrue(out.get(0).get("duplicateOf").isNull());
        assertTrue(out.get(1).get("duplicateOf").isNull());
        for (int i : new int[] {2, 3, 4}) {
            assertEquals("wire", out.get(i).get("duplicateOf").asText(), out.get(i).toString());
            assertTrue(out.get(i).get("similarity").asDouble() >= 0.8);
        }
        assertEquals(1.0, out.get(4).get("similarity").asDouble(), "the exact copy");
        assertTrue(out.get(5).get("duplicateOf").isNull(), "the follow-up is a story of its own");
        assertEquals("site-a", out.get(6).get("duplicateOf").asText(),
                "the wire story left the 7-day window; the earliest copy still in it is the original");
    }

    @Test
    void fileOrderIsStreamOrderWhenPublicationTimesAreEqualMissingOrOutOfOrder() throws Exception {
        List<JsonNode> out = run(List.of(
                line("z-first", "2025-03-11T08:00:00Z", Stories.text(MARKET_BOMBING)),
                line("a-second", "2025-03-11T08:00:00Z", Stories.framed(MARKET_BOMBING)),
                line("b-third", "2025-03-10T08:00:00Z", Stories.trimmed(MARKET_BOMBING, 5)),
                line("c-fourth", null, Stories.withIntro("نقلا عن مراسلنا في بابل:", MARKET_BOMBING))));
        assertTrue(out.get(0).get("duplicateOf").isNull());
        for (int i = 1; i < 4; i++) {
            assertEquals("z-first", out.get(i).get("duplicateOf").asText(), out.get(i).toString());
        }
    }

    @Test
    void replayTimesFollowPublicationTimesAndNeverGoBack() {
        ReplayClock clock = new ReplayClock(CLOCK);
        Instant t = Instant.parse("2025-01-10T08:00:00Z");
        assertEquals(CLOCK.instant(), new ReplayClock(CLOCK).next(null), "nothing before: the clock");
        assertEquals(t, clock.next(t));
        assertEquals(t.plusMillis(1), clock.next(null), "no publication time: right after the previous article");
        assertEquals(t.plusMillis(2), clock.next(t), "the same time again");
        assertEquals(t.plusMillis(3), clock.next(t.minus(Duration.ofDays(2))), "an earlier time");
        assertEquals(t.plus(Duration.ofDays(1)), clock.next(t.plus(Duration.ofDays(1))));
    }

    @Test
    void anOldArticleAndItsUndatedExactCopyAreInOneWindow() throws Exception {
        List<JsonNode> out = run(List.of(
                line("x1", "2020-01-10T08:00:00Z", "الفلوجة - قتل شخصان بانفجار عبوة ناسفة أمس."),
                line("x2", null, "الفلوجة - قُتل شخصان بانفجار عبوة ناسفة أمس")));
        assertEquals("x1", out.get(1).get("duplicateOf").asText());
    }
}
