package org.khabar.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khabar.ingest.IngestSources;
import org.khabar.ingest.testing.Fixtures;
import org.khabar.ingest.testing.Ingests;
import org.khabar.ingest.testing.TestBroker;

/** With the broker gone, a request is answered 503 with Retry-After: never 202 for an unacknowledged record. */
class HttpKafkaUnavailableTest {
    @Test
    void answers503WhenKafkaCannotTakeTheArticle() throws Exception {
        TestBroker broker = TestBroker.start();
        IngestSources sources = null;
        try {
            Ingests.Setup s = Ingests.setup(broker, "http-down");
            HttpOptions http = HttpOptions.defaults(0, HttpIngestEndpointTest.TOKEN).withBind("127.0.0.1")
                    .withAckTimeout(Duration.ofSeconds(2));
            // Short client timeouts so the producer gives up on the missing broker within the test.
            var config = s.config().withKafka(Map.of("max.block.ms", "2000", "request.timeout.ms", "1500",
                    "delivery.timeout.ms", "2000", "transaction.timeout.ms", "5000"));
            sources = IngestSources.start(config, s.options().withHttp(http), new SimpleMeterRegistry(),
                    new Ingests.Recorder());
            byte[] body = ("{\"text\":\"" + Fixtures.S1 + "\"}").getBytes(StandardCharsets.UTF_8);
            assertEquals(202, HttpIngestEndpointTest.post(sources.httpPort(), HttpIngestEndpointTest.TOKEN,
                    "application/json", body).statusCode());

            broker.close();
            broker = null;
            HttpResponse<String> down = HttpIngestEndpointTest.post(sources.httpPort(), HttpIngestEndpointTest.TOKEN,
                    "application/json", ("{\"text\":\"" + Fixtures.S2 + "\"}").getBytes(StandardCharsets.UTF_8));
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.headers().firstValue("Retry-After").isPresent());
            assertTrue(down.body().contains("Kafka"), down.body());
        } finally {
            if (sources != null) {
                sources.close();
            }
            if (broker != null) {
                broker.close();
            }
        }
    }
}
