package org.khabar.sink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.khabar.model.ArabicFolding;
import org.khabar.model.ArticleIds;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.CasualtyFigures;
import org.khabar.model.Entity;
import org.khabar.model.Event;
import org.khabar.model.EventReport;
import org.khabar.model.Json;
import org.khabar.model.EnrichedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ArticleStore} over JDBC for SQLite and PostgreSQL. The schema is created and upgraded by
 * Flyway's versioned migrations; writes are batched upserts by id in one transaction.
 */
public final class JdbcArticleStore implements ArticleStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcArticleStore.class);

    private final String url;
    private final SqlDialect dialect;
    private final Clock clock;
    private final String upsertArticle;
    private final String upsertCopy;
    private final String upsertEvent;
    private Connection connection;

    private JdbcArticleStore(String url, Clock clock) {
        this.url = url;
        this.dialect = SqlDialect.of(url);
        this.clock = clock;
        this.upsertArticle = """
                INSERT INTO articles (id, source, url, title, text, published_at, language, killed, injured,
                                      event_id, fingerprint, enriched_json, content_hash, stored_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    source = excluded.source, url = excluded.url, title = excluded.title, text = excluded.text,
                    published_at = excluded.published_at, language = excluded.language, killed = excluded.killed,
                    injured = excluded.injured, event_id = excluded.event_id, fingerprint = excluded.fingerprint,
                    enriched_json = excluded.enriched_json, content_hash = excluded.content_hash,
                    updated_at = excluded.updated_at
                WHERE articles.content_hash IS DISTINCT FROM excluded.content_hash
                """.formatted(dialect.jsonParameter());
        this.upsertCopy = """
                INSERT INTO article_copies (id, duplicate_of, similarity, source, url, title, published_at,
                                            detected_at, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    duplicate_of = excluded.duplicate_of, similarity = excluded.similarity, source = excluded.source,
                    url = excluded.url, title = excluded.title, published_at = excluded.published_at,
                    detected_at = excluded.detected_at
                WHERE article_copies.duplicate_of IS DISTINCT FROM excluded.duplicate_of
                   OR article_copies.similarity IS DISTINCT FROM excluded.similarity
                """;
        this.upsertEvent = eventUpsert(dialect);
    }

    private static String eventUpsert(SqlDialect dialect) {
        return """
                INSERT INTO events (id, version, event_date, place, place_key, kind, killed_min, killed_max, killed_latest,
                                    killed_disputed, injured_min, injured_max, injured_latest, injured_disputed, reports,
                                    sources, first_seen, last_seen, event_json, stored_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    version = excluded.version, event_date = excluded.event_date, place = excluded.place,
                    place_key = excluded.place_key, kind = excluded.kind, killed_min = excluded.killed_min,
                    killed_max = excluded.killed_max, killed_latest = excluded.killed_latest,
                    killed_disputed = excluded.killed_disputed, injured_min = excluded.injured_min,
                    injured_max = excluded.injured_max, injured_latest = excluded.injured_latest,
                    injured_disputed = excluded.injured_disputed, reports = excluded.reports, sources = excluded.sources,
                    first_seen = excluded.first_seen, last_seen = excluded.last_seen, event_json = excluded.event_json,
                    updated_at = excluded.updated_at
                WHERE excluded.version > events.version
                """.formatted(dialect.jsonParameter());
    }

    private void bindEvent(PreparedStatement ps, Event e, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, e.id());
        ps.setLong(i++, e.version());
        ps.setString(i++, e.date());
        ps.setString(i++, TextCleaner.clean(e.place()));
        ps.setString(i++, e.place() == null ? null : ArabicFolding.nameKey(e.place()));
        ps.setString(i++, e.kind());
        i = bindFigures(ps, i, e.killed());
        i = bindFigures(ps, i, e.injured());
        ps.setInt(i++, e.reports().size());
        ps.setString(i++, TextCleaner.clean(e.reports().stream().map(EventReport::source).filter(java.util.Objects::nonNull)
                .distinct().collect(java.util.stream.Collectors.joining(", "))));
        dialect.setInstant(ps, i++, e.firstSeen());
        dialect.setInstant(ps, i++, e.lastSeen());
        try {
            ps.setString(i++, TextCleaner.clean(Json.mapper().writeValueAsString(e)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new SQLException("cannot write event " + e.id() + " as JSON", "22000", x);
        }
        dialect.setInstant(ps, i++, now);
        dialect.setInstant(ps, i, now);
    }

    private int bindFigures(PreparedStatement ps, int i, CasualtyFigures f) throws SQLException {
        CasualtyFigures figures = f == null ? CasualtyFigures.NONE : f;
        setInteger(ps, i++, figures.min());
        setInteger(ps, i++, figures.max());
        setInteger(ps, i++, figures.latest());
        if (dialect == SqlDialect.SQLITE) {
            ps.setInt(i++, figures.disputed() ? 1 : 0);
        } else {
            ps.setBoolean(i++, figures.disputed());
        }
        return i;
    }

    /** Opens the store, creating or upgrading its schema first. */
    public static JdbcArticleStore open(String jdbcUrl) throws StoreException {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static JdbcArticleStore open(String jdbcUrl, Clock clock) throws StoreException {
        JdbcArticleStore store = new JdbcArticleStore(jdbcUrl, clock);
        store.migrate();
        store.connect();
        return store;
    }

    private void migrate() throws StoreException {
        try {
            var result = Flyway.configure()
                    .dataSource(url, null, null)
                    .locations(dialect.migrationLocation())
                    .loggers("slf4j")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("store schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (RuntimeException e) {
            throw new StoreException("cannot create or upgrade the schema of " + redacted() + ": " + e.getMessage(), e,
                    isConnectionProblem(e));
        }
    }

    private void connect() throws StoreException {
        try {
            connection = DriverManager.getConnection(url);
            if (dialect == SqlDialect.SQLITE) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA journal_mode=WAL");
                    st.execute("PRAGMA busy_timeout=10000");
                    st.execute("PRAGMA synchronous=NORMAL");
                    st.execute("PRAGMA foreign_keys=ON");
                }
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw classify("cannot connect to " + redacted(), e);
        }
    }

    @Override
    public void write(List<EnrichedArticle> articles, List<DuplicateNotice> copies, List<Event> events)
            throws StoreException {
        if (articles.isEmpty() && copies.isEmpty() && events.isEmpty()) {
            return;
        }
        try {
            if (connection == null || connection.isClosed()) {
                connect();
            }
            Instant now = clock.instant();
            int[] changed;
            try (PreparedStatement ps = connection.prepareStatement(upsertArticle)) {
                for (EnrichedArticle a : articles) {
                    bindArticle(ps, a, now);
                    ps.addBatch();
                }
                changed = ps.executeBatch();
            }
            replaceEntities(articles, changed);
            try (PreparedStatement ps = connection.prepareStatement(upsertCopy)) {
                for (DuplicateNotice c : copies) {
                    bindCopy(ps, c, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            dropArticlesThatAreCopies(articles, copies);
            if (!events.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement(upsertEvent)) {
                    for (Event e : events) {
                        bindEvent(ps, e, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw classify("cannot write " + articles.size() + " articles, " + copies.size() + " copies and "
                    + events.size() + " events to " + redacted(), e);
        }
    }

    private void bindArticle(PreparedStatement ps, EnrichedArticle a, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, a.id());
        ps.setString(i++, TextCleaner.clean(a.source()));
        ps.setString(i++, TextCleaner.clean(a.url()));
        ps.setString(i++, TextCleaner.clean(a.title()));
        ps.setString(i++, TextCleaner.clean(a.text()));
        dialect.setInstant(ps, i++, a.publishedAt());
        ps.setString(i++, TextCleaner.clean(a.language()));
        setInteger(ps, i++, a.casualties() == null ? null : a.casualties().killed());
        setInteger(ps, i++, a.casualties() == null ? null : a.casualties().injured());
        ps.setString(i++, a.eventId());
        ps.setString(i++, a.fingerprint());
        try {
            ps.setString(i++, TextCleaner.ARTICLE_WRITER.writeValueAsString(a));
            // Everything but the enrichment time: a replay that finds the same things changes nothing.
            ps.setString(i++, ArticleIds.sha256Hex(TextCleaner.ARTICLE_WRITER.writeValueAsString(a.withEnrichedAt(null))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("cannot write the enriched record of " + a.id() + " as JSON", "22000", e);
        }
        dialect.setInstant(ps, i++, now);
        dialect.setInstant(ps, i, now);
    }

    /** Rewrites the entity rows of the articles whose row the upsert inserted or changed. */
    /**
     * An id recorded as a copy is never also an article. Enrich can correct an early verdict (an
     * article decided original before its earlier copy reached the buckets, under backlog): it then
     * sends a copy notice for an article already stored, and the two topics are read in no fixed
     * order, so both are checked in this transaction.
     */
    private void dropArticlesThatAreCopies(List<EnrichedArticle> articles, List<DuplicateNotice> copies)
            throws SQLException {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        copies.forEach(c -> ids.add(c.id()));
        articles.forEach(a -> ids.add(a.id()));
        if (ids.isEmpty()) {
            return;
        }
        String copied = " AND EXISTS (SELECT 1 FROM article_copies c WHERE c.id = ?)";
        try (PreparedStatement entities = connection.prepareStatement("DELETE FROM article_entities WHERE article_id = ?" + copied);
             PreparedStatement rows = connection.prepareStatement("DELETE FROM articles WHERE id = ?" + copied)) {
            for (String id : ids) {
                for (PreparedStatement ps : List.of(entities, rows)) {
                    ps.setString(1, id);
                    ps.setString(2, id);
                    ps.addBatch();
                }
            }
            entities.executeBatch();
            rows.executeBatch();
        }
    }

    private void replaceEntities(List<EnrichedArticle> articles, int[] changed) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article_entities WHERE article_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO article_entities (article_id, type, name, name_key, mentions) VALUES (?, ?, ?, ?, ?)"
                             + " ON CONFLICT (article_id, type, name) DO UPDATE SET mentions = article_entities.mentions + excluded.mentions")) {
            for (int k = 0; k < articles.size(); k++) {
                // Drivers may answer SUCCESS_NO_INFO (-2) instead of a count: then rewrite to be safe.
                if (changed[k] == 0) {
                    continue;
                }
                EnrichedArticle a = articles.get(k);
                delete.setString(1, a.id());
                delete.addBatch();
                if (a.entities() != null) {
                    for (Entity e : a.entities()) {
                        insert.setString(1, a.id());
                        insert.setString(2, e.type().name());
                        insert.setString(3, TextCleaner.clean(e.text()));
                        insert.setString(4, ArabicFolding.nameKey(e.text()));
                        insert.setInt(5, e.mentions() == null ? 0 : e.mentions().size());
                        insert.addBatch();
                    }
                }
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }

    private void bindCopy(PreparedStatement ps, DuplicateNotice c, Instant now) throws SQLException {
        int i = 1;
        ps.setString(i++, c.id());
        ps.setString(i++, c.duplicateOf());
        ps.setDouble(i++, c.similarity());
        ps.setString(i++, TextCleaner.clean(c.source()));
        ps.setString(i++, TextCleaner.clean(c.url()));
        ps.setString(i++, TextCleaner.clean(c.title()));
        dialect.setInstant(ps, i++, c.publishedAt());
        dialect.setInstant(ps, i++, c.detectedAt());
        dialect.setInstant(ps, i, now);
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    @Override
    public long countArticles() throws StoreException {
        return count("SELECT COUNT(*) FROM articles");
    }

    public long countEvents() throws StoreException {
        return count("SELECT COUNT(*) FROM events");
    }

    @Override
    public long countCopies() throws StoreException {
        return count("SELECT COUNT(*) FROM article_copies");
    }

    private long count(String sql) throws StoreException {
        try {
            if (connection == null || connection.isClosed()) {
                connect();
            }
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                long n = rs.getLong(1);
                connection.commit();
                return n;
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw classify("cannot read from " + redacted(), e);
        }
    }

    /**
     * Connection loss, server shutdown, lock and serialisation conflicts can succeed later; a
     * constraint or data error will fail the same way every time.
     */
    private StoreException classify(String message, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean transientFailure = e instanceof SQLTransientException
                || e instanceof java.sql.SQLRecoverableException
                || state.startsWith("08") // connection exception
                || state.startsWith("57") // operator intervention (server shutting down)
                || state.startsWith("40") // serialization failure, deadlock
                || state.equals("53300") // too many connections
                || (dialect == SqlDialect.SQLITE && (e.getErrorCode() == 5 || e.getErrorCode() == 6)); // BUSY, LOCKED
        if (transientFailure) {
            closeQuietly();
        }
        return new StoreException(message + ": " + e.getMessage(), e, transientFailure);
    }

    private static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private void rollbackQuietly() {
        try {
            if (connection != null && !connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is gone; the next write reconnects
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing a broken connection
        }
        connection = null;
    }

    /** The URL without credentials, for messages and logs. */
    public String redacted() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
