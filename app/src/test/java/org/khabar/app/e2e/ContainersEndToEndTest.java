package org.khabar.app.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same scenario against Kafka and PostgreSQL in containers, as in a deployment. Skipped where
 * no Docker engine runs (as on the build machines); the embedded variants cover the same behaviour.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersEndToEndTest extends PipelineScenario {
    private static KafkaContainer kafka;
    private static PostgreSQLContainer postgres;

    @BeforeAll
    static void startContainers() {
        kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres = new PostgreSQLContainer("postgres:15-alpine");
        kafka.start();
        postgres.start();
    }

    @AfterAll
    static void stopContainers() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Override
    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    String storeUrl() {
        return postgres.getJdbcUrl() + (postgres.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                + postgres.getUsername() + "&password=" + postgres.getPassword();
    }
}
