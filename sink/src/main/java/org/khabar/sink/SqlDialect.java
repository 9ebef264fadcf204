package org.khabar.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What differs between the two supported stores; the SQL itself is shared. */
public enum SqlDialect {
    SQLITE("db/migration/sqlite", "?"),
    POSTGRESQL("db/migration/postgresql", "?::jsonb");

    private final String migrations;
    private final String jsonParameter;

    SqlDialect(String migrations, String jsonParameter) {
        this.migrations = migrations;
        this.jsonParameter = jsonParameter;
    }

    public static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported store " + jdbcUrl
                + ": use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=...&password=...");
    }

    /** Fixed-width UTC text (always milliseconds), so that SQLite's text comparison orders instants correctly. */
    public static String sqliteInstant(Instant value) {
        return SQLITE_INSTANT.format(value);
    }

    private static final java.time.format.DateTimeFormatter SQLITE_INSTANT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Binds an instant for comparison with a stored one. */
    public void setInstantParameter(PreparedStatement ps, int index, Instant value) throws SQLException {
        setInstant(ps, index, value);
    }

    /** Flyway location of this dialect's versioned migrations. */
    public String migrationLocation() {
        return "classpath:" + migrations;
    }

    /** Placeholder for a JSON parameter bound with setString (PostgreSQL needs the jsonb cast). */
    public String jsonParameter() {
        return jsonParameter;
    }

    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            ps.setString(index, sqliteInstant(value));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
