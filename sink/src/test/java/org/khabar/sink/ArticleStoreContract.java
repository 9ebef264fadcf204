package org.khabar.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.Casualties;
import org.khabar.model.CasualtyKind;
import org.khabar.model.CasualtyMention;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;
import org.khabar.model.RawArticle;

/** Behaviour every store must have; run against real SQLite and a real PostgreSQL server. */
abstract class ArticleStoreContract {
    static final Instant T = Instant.parse("2025-06-01T10:15:30Z");

    abstract String jdbcUrl();

    static EnrichedArticle article(String id, String text, Integer killed) {
        RawArticle raw = new RawArticle(id, "outlet", "https://example.org/" + id, "عنوان " + id, T, "ar", text);
        Casualties c = new Casualties(killed, null, killed == null ? List.of()
                : List.of(new CasualtyMention(CasualtyKind.KILLED, killed, null, "مقتل " + killed, 0, 5, true)));
        return EnrichedArticle.of(raw, "fp-" + id, new Enrichment(List.of(), List.of(), c), T);
    }

    @Test
    void upsertsAreIdempotentAndCopiesAreKeptAsEvidence() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(article("a", "نص أول", 3), article("b", "نص ثان", null)), List.of());
            store.write(List.of(article("a", "نص أول معدل", 4)),
                    List.of(new DuplicateNotice("c", "a", 0.93, "other", null, null, T, T)));
            store.write(List.of(article("a", "نص أول معدل", 4)),
                    List.of(new DuplicateNotice("c", "a", 0.93, "other", null, null, T, T)));
            assertEquals(2, store.countArticles());
            assertEquals(1, store.countCopies());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT text, killed, injured, source, url, title, language, published_at,"
                     + " event_id, enriched_json FROM articles WHERE id = 'a'")) {
            assertTrue(rs.next());
            assertEquals("نص أول معدل", rs.getString("text"));
            assertEquals(4, rs.getInt("killed"));
            rs.getInt("injured");
            assertTrue(rs.wasNull());
            assertEquals("outlet", rs.getString("source"));
            assertTrue(rs.getString("enriched_json").contains("\"killed\":4") || rs.getString("enriched_json").contains("\"killed\": 4"));
            assertTrue(rs.getString("published_at").startsWith("2025-06-01"));
        }
    }

    /** Enrich may correct an early verdict: a copy notice for an article already stored moves it to the copies. */
    @Test
    void aCopyNoticeForAStoredArticleMovesItInEitherOrder() throws Exception {
        RawArticle raw = new RawArticle("late", "outlet", null, null, T, "ar", "نص المقال المتأخر عن حلب");
        EnrichedArticle stored = EnrichedArticle.of(raw, "fp-late", new Enrichment(
                List.of(new org.khabar.model.Entity(org.khabar.model.EntityType.LOCATION, "حلب", List.of())),
                List.of(), new Casualties(null, null, List.of())), T);
        DuplicateNotice correction = new DuplicateNotice("late", "early", 0.97, "outlet", null, null, T, T);
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(stored, article("early", "نص المقال الأسبق", 2)), List.of());
            store.write(List.of(), List.of(correction));
            assertEquals(1, store.countArticles());
            assertEquals(1, store.countCopies());
            // The other order (the two topics are read in no fixed order), and a replay of both.
            store.write(List.of(stored), List.of());
            store.write(List.of(stored), List.of(correction));
            assertEquals(1, store.countArticles());
            assertEquals(1, store.countCopies());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM article_entities WHERE article_id = 'late'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aReplayWithTheSameContentChangesNothingNotEvenTimestamps() throws Exception {
        EnrichedArticle first = withEntity(article("r", "نص", 2), "بغداد");
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), java.time.Clock.fixed(T, java.time.ZoneOffset.UTC))) {
            store.write(List.of(first), List.of(new DuplicateNotice("rc", "r", 1.0, "o", null, null, T, T)));
        }
        String before = rowDump("r");
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), java.time.Clock.fixed(T.plusSeconds(3600), java.time.ZoneOffset.UTC))) {
            // Same findings, enriched again later: only enrichedAt differs.
            store.write(List.of(first.withEnrichedAt(T.plusSeconds(3600))),
                    List.of(new DuplicateNotice("rc", "r", 1.0, "o", null, null, T, T.plusSeconds(3600))));
        }
        assertEquals(before, rowDump("r"));
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), java.time.Clock.fixed(T.plusSeconds(7200), java.time.ZoneOffset.UTC))) {
            store.write(List.of(withEntity(article("r", "نص", 5), "الموصل")), List.of());
        }
        String after = rowDump("r");
        assertTrue(after.contains("killed=5"), after);
        assertTrue(after.contains("LOCATION:الموصل:موصل"), after);
        assertFalse(after.contains("بغداد"), after);
    }

    static EnrichedArticle withEntity(EnrichedArticle a, String place) {
        var e = new org.khabar.model.Entity(org.khabar.model.EntityType.LOCATION, place,
                List.of(new org.khabar.model.Mention(place, 0, place.length())));
        return new EnrichedArticle(a.schemaVersion(), a.id(), a.source(), a.url(), a.title(), a.publishedAt(),
                a.language(), a.text(), a.fingerprint(), a.duplicateOf(), a.similarity(), a.eventId(), List.of(e),
                a.dates(), a.casualties(), a.enrichedAt());
    }

    private String rowDump(String id) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT killed, updated_at, enriched_json FROM articles WHERE id = '" + id + "'")) {
                rs.next();
                sb.append("killed=").append(rs.getInt(1)).append(" updated=").append(rs.getString(2))
                        .append(" json=").append(rs.getString(3));
            }
            try (ResultSet rs = st.executeQuery("SELECT type, name, name_key FROM article_entities WHERE article_id = '"
                    + id + "' ORDER BY name")) {
                while (rs.next()) {
                    sb.append(' ').append(rs.getString(1)).append(':').append(rs.getString(2)).append(':').append(rs.getString(3));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT detected_at FROM article_copies WHERE duplicate_of = '" + id + "'")) {
                while (rs.next()) {
                    sb.append(" copy-detected=").append(rs.getString(1));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void queriesByDateRangePlaceEntityAndSource() throws Exception {
        RawArticle r1 = new RawArticle("q1", "وكالة أ", null, "أ", Instant.parse("2025-01-10T08:00:00Z"), "ar", "نص أ");
        RawArticle r2 = new RawArticle("q2", "وكالة ب", null, "ب", Instant.parse("2025-01-12T08:00:00.250Z"), "ar", "نص ب");
        EnrichedArticle a1 = withEntity(EnrichedArticle.of(r1, "f1", org.khabar.model.Enrichment.EMPTY, T), "بغداد");
        EnrichedArticle a2 = withEntity(EnrichedArticle.of(r2, "f2", org.khabar.model.Enrichment.EMPTY, T), "الموصل");
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(a1, a2), List.of());
        }
        try (ArticleQuery q = new ArticleQuery(jdbcUrl())) {
            assertEquals(List.of("q2", "q1"), ids(q.articles(new ArticleQuery.Filter(Instant.parse("2025-01-01T00:00:00Z"),
                    Instant.parse("2025-02-01T00:00:00Z"), null, null, null, 10))));
            assertEquals(List.of("q1"), ids(q.articles(new ArticleQuery.Filter(null, Instant.parse("2025-01-12T08:00:00.100Z"),
                    null, null, null, 10))));
            assertEquals(List.of("q1"), ids(q.articles(new ArticleQuery.Filter(null, null, "ببغداد", null, null, 10))));
            assertEquals(List.of("q2"), ids(q.articles(new ArticleQuery.Filter(null, null, null, "موصل", null, 10))));
            assertEquals(List.of("q2"), ids(q.articles(new ArticleQuery.Filter(null, null, null, null, "وكالة ب", 10))));
            ArticleQuery.Row row = q.articles(new ArticleQuery.Filter(null, null, null, null, "وكالة ب", 1)).get(0);
            assertEquals(Instant.parse("2025-01-12T08:00:00.250Z"), row.publishedAt());
            assertTrue(row.enrichedJson().contains("\"id\""));
        }
    }

    private static List<String> ids(List<ArticleQuery.Row> rows) {
        return rows.stream().filter(r -> r.id().startsWith("q")).map(ArticleQuery.Row::id).toList();
    }

    @Test
    void eventsKeepTheirLatestVersion() throws Exception {
        var report = new org.khabar.model.EventReport("e-a", "وكالة", null, T, T, "2025-06-01", 3, null);
        var figures = new org.khabar.model.CasualtyFigures(3, 5, 5, true, 2);
        var v2 = new org.khabar.model.Event(1, "ev-1", 2, "2025-06-01", "الموصل", "bombing", figures,
                org.khabar.model.CasualtyFigures.NONE, List.of(report, report), List.of("الموصل"), T, T.plusSeconds(60));
        var v1 = new org.khabar.model.Event(1, "ev-1", 1, "2025-06-01", "الموصل", "bombing",
                new org.khabar.model.CasualtyFigures(3, 3, 3, false, 1), org.khabar.model.CasualtyFigures.NONE,
                List.of(report), List.of("الموصل"), T, T);
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(), List.of(), List.of(v2));
            store.write(List.of(), List.of(), List.of(v1)); // an older state replayed late
            assertEquals(1, store.countEvents());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, killed_max, reports, place_key, sources FROM events WHERE id = 'ev-1'")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getLong(1));
            assertEquals(5, rs.getInt(2));
            assertEquals(2, rs.getInt(3));
            assertEquals("موصل", rs.getString(4));
            assertEquals("وكالة", rs.getString(5));
        }
        try (ArticleQuery q = new ArticleQuery(jdbcUrl())) {
            var rows = q.events(new ArticleQuery.Filter(Instant.parse("2025-06-01T00:00:00Z"),
                    Instant.parse("2025-06-02T00:00:00Z"), "الموصل", null, null, 10));
            assertEquals(1, rows.size());
            assertEquals(5, rows.get(0).killedMax());
            assertTrue(rows.get(0).killedDisputed());
            assertTrue(q.events(new ArticleQuery.Filter(null, null, "بغداد", null, null, 10)).isEmpty());
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateTwice() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(article("x", "نص", null)), List.of());
        }
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            assertTrue(store.countArticles() >= 1);
        }
    }

    @Test
    void nulBytesAndBrokenSurrogatesAreCleanedNotFatal() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            store.write(List.of(article("nul", "قبل\u0000بعد \ud800 نهاية", null)), List.of());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT text FROM articles WHERE id = 'nul'")) {
            assertTrue(rs.next());
            assertEquals("قبل\ufffdبعد \ufffd نهاية", rs.getString(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void anEmptyWriteDoesNothing() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl())) {
            long before = store.countArticles();
            store.write(List.of(), List.of());
            assertEquals(before, store.countArticles());
        }
    }
}
