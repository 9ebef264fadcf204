package org.khabar.sink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.khabar.model.ArabicFolding;

/**
 * The read side of the store: stored articles by publication date range, place, entity or
 * source, newest first. Names are matched the way the enrichment groups them (folded, clitics
 * and the article ال ignored), so "بغداد" finds articles that wrote "ببغداد".
 */
public final class ArticleQuery implements AutoCloseable {
    private final Connection connection;
    private final SqlDialect dialect;

    public ArticleQuery(String jdbcUrl) throws SQLException {
        this.dialect = SqlDialect.of(jdbcUrl);
        this.connection = DriverManager.getConnection(jdbcUrl);
    }

    /** Filters; null fields do not filter. {@code to} is exclusive. */
    public record Filter(Instant from, Instant to, String place, String entity, String source, int limit) {
        public Filter {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + limit);
            }
        }
    }

    /** One stored article: the queryable columns and the full enriched JSON. */
    public record Row(String id, String source, String title, Instant publishedAt, Integer killed, Integer injured,
                      String eventId, String url, String enrichedJson) {
    }

    public List<Row> articles(Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.source, a.title, a.published_at, a.killed, a.injured, "
                + "a.event_id, a.url, a.enriched_json FROM articles a WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND a.published_at >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND a.published_at < ?");
            params.add(f.to());
        }
        if (f.source() != null) {
            sql.append(" AND a.source = ?");
            params.add(f.source());
        }
        if (f.place() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND e.type = 'LOCATION'"
                    + " AND e.name_key IN (?, ?))");
            params.addAll(keys(f.place()));
        }
        if (f.entity() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND e.name_key IN (?, ?))");
            params.addAll(keys(f.entity()));
        }
        sql.append(" ORDER BY a.published_at DESC, a.id LIMIT ?");
        params.add(f.limit());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            bind(ps, params);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            rs.getObject(5) == null ? null : rs.getInt(5),
                            rs.getObject(6) == null ? null : rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
            return rows;
        }
    }

    /** One stored event: its queryable columns and the full event JSON. */
    public record EventRow(String id, String date, String place, String kind, Integer killedMin, Integer killedMax,
                           Integer killedLatest, boolean killedDisputed, Integer injuredMin, Integer injuredMax,
                           Integer injuredLatest, boolean injuredDisputed, int reports, String sources,
                           String eventJson) {
    }

    /**
     * Events, newest incident date first, by date range (on the incident date), place (the event's
     * place, or any entity of its reports) and source (any of its reports').
     */
    public List<EventRow> events(Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT v.id, v.event_date, v.place, v.kind, v.killed_min, v.killed_max, "
                + "v.killed_latest, v.killed_disputed, v.injured_min, v.injured_max, v.injured_latest, v.injured_disputed, v.reports, "
                + "v.sources, v.event_json FROM events v WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND v.event_date >= ?");
            params.add(f.from().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        if (f.to() != null) {
            sql.append(" AND v.event_date < ?");
            params.add(f.to().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        if (f.place() != null) {
            sql.append(" AND v.place_key IN (?, ?)");
            params.addAll(keys(f.place()));
        }
        if (f.entity() != null) {
            // An event names an entity when one of its reports does.
            sql.append(" AND EXISTS (SELECT 1 FROM articles a JOIN article_entities e ON e.article_id = a.id"
                    + " WHERE a.event_id = v.id AND e.name_key IN (?, ?))");
            params.addAll(keys(f.entity()));
        }
        if (f.source() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM articles a WHERE a.event_id = v.id AND a.source = ?)");
            params.add(f.source());
        }
        sql.append(" ORDER BY v.event_date DESC, v.last_seen DESC, v.id LIMIT ?");
        params.add(f.limit());
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            bind(ps, params);
            List<EventRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            integer(rs, 5), integer(rs, 6), integer(rs, 7), rs.getBoolean(8), integer(rs, 9),
                            integer(rs, 10), integer(rs, 11), rs.getBoolean(12), rs.getInt(13), rs.getString(14),
                            rs.getString(15)));
                }
            }
            return rows;
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column) == null ? null : rs.getInt(column);
    }

    private void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Instant instant) {
                dialect.setInstantParameter(ps, i + 1, instant);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }

    /** The name's key, and its key without a leading clitic letter (ببغداد → بغداد), as the user may type either. */
    static List<String> keys(String name) {
        String key = ArabicFolding.nameKey(name);
        String stripped = key;
        if (key.length() > 3 && "وفبلك".indexOf(key.charAt(0)) >= 0) {
            stripped = ArabicFolding.nameKey(key.substring(1));
        }
        return List.of(key, stripped);
    }

    private Instant instant(ResultSet rs, int column) throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            String s = rs.getString(column);
            return s == null ? null : Instant.parse(s);
        }
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
