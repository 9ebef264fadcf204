package org.khabar.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.model.Json;

/** {@code khabar enrich --offline FILE}: one output line per input line, in order, copies flagged. */
class OfflineEnrichCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneEnrichedLinePerInputLine() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"x1\",\"publishedAt\":\"2025-01-10T08:00:00Z\",\"text\":\"الفلوجة - قتل شخصان بانفجار عبوة ناسفة أمس.\"}",
                "{\"id\":\"x2\",\"text\":\"الفلوجة - قُتل شخصان بانفجار عبوة ناسفة أمس\"}",
                "not json",
                "{\"id\":\"x3\",\"text\":\"كركوك - افتتاح معرض للكتاب.\"}") + "\n");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = KhabarCommand.commandLine().execute("enrich", "--offline", in.toString());
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertEquals("x1", first.get("id").asText());
        assertTrue(first.get("duplicateOf").isNull());
        assertTrue(first.has("entities") && first.has("dates") && first.has("casualties"));
        assertEquals("x1", Json.mapper().readTree(lines.get(1)).get("duplicateOf").asText());
        assertEquals(3, Json.mapper().readTree(lines.get(2)).get("line").asInt());
        assertEquals("x3", Json.mapper().readTree(lines.get(3)).get("id").asText());
        assertEquals(3, code, "an invalid line makes the exit code 3");
        assertNull(null);
    }
}
