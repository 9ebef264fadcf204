package org.khabar.sink;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteArticleStoreTest extends ArticleStoreContract {
    @TempDir
    Path dir;

    @Override
    String jdbcUrl() {
        return "jdbc:sqlite:" + dir.resolve("khabar.db");
    }
}
