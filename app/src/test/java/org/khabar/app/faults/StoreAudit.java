package org.khabar.app.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a fault case is judged by: every accepted article is in the store exactly once (as an
 * article or a copy) or dead-lettered with a reason, never both, never missing.
 */
record StoreAudit(int in, int stored, int deadLettered, int duplicates, int missing) {

    static StoreAudit of(String jdbcUrl, Collection<String> acceptedIds, Collection<String> deadLetteredIds)
            throws SQLException {
        Map<String, Integer> seen = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            for (String sql : new String[] {"SELECT id FROM articles", "SELECT id FROM article_copies"}) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        seen.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> dead = new HashSet<>(deadLetteredIds);
        int stored = 0;
        int duplicates = 0;
        int missing = 0;
        for (String id : new HashSet<>(acceptedIds)) {
            int n = seen.getOrDefault(id, 0) + (dead.contains(id) ? 1 : 0);
            if (seen.containsKey(id)) {
                stored++;
            }
            if (n == 0) {
                missing++;
            } else if (n > 1) {
                duplicates++;
            }
        }
        return new StoreAudit(new HashSet<>(acceptedIds).size(), stored, (int) dead.stream().filter(acceptedIds::contains).count(),
                duplicates, missing);
    }

    static long count(String jdbcUrl, String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1; // not there yet (schema being created, server down)
        }
    }

    /** Prints the case's figures and appends them to target/fault-report.txt (quoted in the README). */
    String report(String faultCase, double recoverySeconds) {
        String line = String.format(Locale.ROOT, "FAULT %-34s in=%d stored=%d dlq=%d duplicates=%d missing=%d recovery=%.1fs",
                faultCase, in, stored, deadLettered, duplicates, missing, recoverySeconds);
        System.out.println(line);
        try {
            Path report = Path.of("target", "fault-report.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the printed line is enough
        }
        return line;
    }
}
