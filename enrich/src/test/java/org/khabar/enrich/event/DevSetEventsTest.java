package org.khabar.enrich.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.enrich.nlp.ArticleEnricher;
import org.khabar.model.ArticleIds;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.RawArticle;

/**
 * The dev set's reports of the 4 January 2024 strike in Baghdad (000, 002, 003, 004) form one event
 * and the 7 February one (001) another, with the production enrichment and grouping. Runs when
 * ../shared is present.
 */
class DevSetEventsTest {
    @Test
    void theDevSetsReportsGroupIntoTheirIncidents() throws Exception {
        Path shared = Path.of(System.getProperty("khabar.shared.dir", "../../shared"));
        Path articles = shared.resolve("eval/dev/articles.jsonl");
        assumeTrue(Files.exists(articles), "no shared dev set at " + articles);
        ArticleEnricher enricher = new ArticleEnricher();
        InMemoryEventIndex events = new InMemoryEventIndex(Duration.ofDays(7));
        Map<String, String> eventOf = new HashMap<>();
        // "Seen" is processing time (an ingest timestamp), not publication: the file is not in date order,
        // and matching compares incident dates, which the enrichment finds in the text.
        java.time.Instant seen = java.time.Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                RawArticle raw = RawArticleDecoder.decode(line.getBytes(StandardCharsets.UTF_8));
                EnrichedArticle a = EnrichedArticle.of(raw, ArticleIds.fingerprint(raw.text()),
                        enricher.enrich(raw.text(), raw.publishedAt()), raw.publishedAt());
                seen = seen.plusMillis(1);
                eventOf.put(raw.id().substring(0, 3), events.assign(a, seen));
            }
        }
        System.out.println("dev-set events: " + eventOf);
        assertEquals(eventOf.get("000"), eventOf.get("002"));
        assertEquals(eventOf.get("000"), eventOf.get("003"));
        assertEquals(eventOf.get("000"), eventOf.get("004"));
        assertNotEquals(eventOf.get("000"), eventOf.get("001"));
        assertEquals("2024-01-04", events.events().get(eventOf.get("000")).date());
    }
}
