package org.khabar.enrich.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.khabar.enrich.RawArticleDecoder;
import org.khabar.enrich.dedup.DuplicateDetector;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicateConfig;
import org.khabar.enrich.dedup.ReplayClock;
import org.khabar.enrich.event.InMemoryEventIndex;
import org.khabar.enrich.nlp.Enricher;
import org.khabar.model.ArticleIds;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;
import org.khabar.model.Json;
import org.khabar.model.JsonSerde;
import org.khabar.model.RawArticle;

/**
 * {@code khabar enrich --offline}: raw-article JSON lines in, one enriched JSON line out per
 * input line, in input order, with the same decoding, duplicate and enrichment logic as the
 * topology and no Kafka. A copy (exact, or near: see {@link org.khabar.enrich.dedup.NearDuplicates})
 * carries {@code duplicateOf} and {@code similarity} and is not enriched; a line that is not a
 * valid raw article prints {@code {"line": N, "error": "..."}} and a warning.
 *
 * <p>The file order is the stream order: first-seen times come from a
 * {@link org.khabar.enrich.dedup.ReplayClock}.
 */
public final class OfflineEnricher {
    private static final JsonSerde<EnrichedArticle> OUT = JsonSerde.of(EnrichedArticle.class);

    private final Enricher enricher;
    private final DuplicateDetector duplicates;
    private final Clock clock;
    private final InMemoryEventIndex events;
    private final ReplayClock firstSeen;

    public OfflineEnricher(Enricher enricher, Duration dedupWindow, Clock clock) {
        this.enricher = enricher;
        this.duplicates = new DuplicateDetector(NearDuplicateConfig.DEFAULT.withWindow(dedupWindow));
        this.clock = clock;
        this.events = new InMemoryEventIndex(dedupWindow);
        this.firstSeen = new ReplayClock(clock);
    }

    public Summary run(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        long lines = 0;
        long enriched = 0;
        long copies = 0;
        long invalid = 0;
        // Events are grouped in processing time (1 ms per line), like the topology's ingest timestamps:
        // matching compares the incident dates the text gives, so a file out of date order groups as well.
        java.time.Instant processed = clock.instant();
        java.util.Map<String, String> eventOfArticle = new java.util.HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            if (line.isBlank()) {
                continue;
            }
            try {
                RawArticle article = RawArticleDecoder.decode(line.getBytes(StandardCharsets.UTF_8));
                String fingerprint = ArticleIds.fingerprint(article.text());
                DuplicateVerdict verdict = duplicates.check(article.id(), fingerprint, article.text(),
                        firstSeen.next(article.publishedAt()));
                EnrichedArticle record;
                processed = processed.plusMillis(1);
                if (verdict instanceof DuplicateVerdict.CopyOf copy) {
                    // A copy is not enriched; it belongs to its original's event.
                    record = EnrichedArticle.of(article, fingerprint, Enrichment.EMPTY, clock.instant())
                            .asDuplicateOf(copy.originalId(), copy.similarity())
                            .withEventId(eventOfArticle.get(copy.originalId()));
                    copies++;
                } else {
                    record = EnrichedArticle.of(article, fingerprint,
                            enricher.enrich(article.text(), article.publishedAt()), clock.instant());
                    String eventId = events.assign(record, processed);
                    eventOfArticle.put(article.id(), eventId);
                    record = record.withEventId(eventId);
                    enriched++;
                }
                out.println(OUT.toJson(record));
            } catch (RawArticleDecoder.InvalidArticleException | RuntimeException e) {
                invalid++;
                err.println("line " + lines + ": " + e.getMessage());
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("line", lines);
                error.put("error", e.getMessage());
                out.println(Json.mapper().writeValueAsString(error));
            }
        }
        out.flush();
        return new Summary(lines, enriched, copies, invalid);
    }

    /** Counts of one offline run. */
    public record Summary(long lines, long enriched, long duplicates, long invalid) {
    }
}
