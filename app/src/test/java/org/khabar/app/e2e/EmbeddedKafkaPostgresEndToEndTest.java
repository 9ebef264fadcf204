package org.khabar.app.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.khabar.testkit.LocalPostgres;

/** The scenario on the embedded KRaft broker with a real PostgreSQL server from the local binaries. */
class EmbeddedKafkaPostgresEndToEndTest extends PipelineScenario {
    private LocalPostgres pg;

    @BeforeEach
    void startPostgres() {
        pg = LocalPostgres.start();
    }

    @AfterEach
    void stopPostgres() {
        if (pipeline != null) {
            pipeline.close();
            pipeline = null;
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    String bootstrapServers() {
        return null;
    }

    @Override
    String storeUrl() {
        return pg.jdbcUrl();
    }
}
