package org.khabar.sink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.khabar.testkit.LocalPostgres;

/** The store contract on a real PostgreSQL server started from the local binaries. */
class PostgresArticleStoreTest extends ArticleStoreContract {
    private static LocalPostgres pg;

    @BeforeAll
    static void startPostgres() {
        pg = LocalPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void emptyTables() throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl()); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }

    @Override
    String jdbcUrl() {
        return pg.jdbcUrl();
    }
}
