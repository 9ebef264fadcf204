package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The live samples: totals, rates, latency quantiles from the histogram, lag. */
class LiveStatsTest {
    @Test
    void quantilesInterpolateInsideTheBucketAsPrometheusDoes() {
        double[] bounds = {1, 2, 4};
        // 10 observations <= 1, 10 in (1, 2], none in (2, 4], 0 above: total 20
        double[] cumulative = {10, 20, 20, 20};
        assertEquals(1.0, LiveStats.quantile(0.5, bounds, cumulative), 1e-9);
        assertEquals(1.5, LiveStats.quantile(0.75, bounds, cumulative), 1e-9);
        assertEquals(0.5, LiveStats.quantile(0.25, bounds, cumulative), 1e-9);
        // above the last bound: the last bound
        assertEquals(4.0, LiveStats.quantile(0.99, bounds, new double[] {0, 0, 0, 5}), 1e-9);
        assertNull(LiveStats.quantile(0.5, bounds, new double[] {0, 0, 0, 0}));
        assertNull(LiveStats.quantile(0.5, new double[0], new double[0]));
    }

    @Test
    void samplesTheDomainMeters() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        LiveStats stats = new LiveStats(registry);
        LiveStats.Sample empty = stats.sample();
        assertEquals(0, empty.ingested());
        assertNull(empty.p50());
        assertNull(empty.lag(), "no lag gauge yet");

        Counter.builder(MeterNames.INGESTED).tag("source", "jsonl").tag("outcome", "published").register(registry).increment(7);
        Counter.builder(MeterNames.INGESTED).tag("source", "jsonl").tag("outcome", "dead_lettered").register(registry).increment(2);
        Counter.builder(MeterNames.ENRICHED).tag("outcome", "enriched").register(registry).increment(5);
        Counter.builder(MeterNames.ENRICHED).tag("outcome", "duplicate").register(registry).increment(2);
        Counter.builder(MeterNames.STORED).tag("table", "articles").register(registry).increment(5);
        Counter.builder(MeterNames.STORED).tag("table", "article_copies").register(registry).increment(2);
        Counter.builder(MeterNames.DLQ).tag("stage", "ingest").tag("reason", "refused_input").register(registry).increment(2);
        Timer latency = Timer.builder(MeterNames.LATENCY).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(30)).register(registry);
        for (int i = 0; i < 100; i++) {
            latency.record(Duration.ofMillis(i < 50 ? 200 : 2_000));
        }
        AtomicLong lag = new AtomicLong(42);
        Gauge.builder(MeterNames.CONSUMER_LAG, lag, AtomicLong::get).tag("group", "g").tag("topic", "t").register(registry);

        LiveStats.Sample s = stats.sample();
        assertEquals(7, s.ingested());
        assertEquals(7, s.enriched(), "every outcome of enrich");
        assertEquals(2, s.duplicates());
        assertEquals(7, s.stored(), "articles and copies");
        assertEquals(2, s.dlq());
        assertEquals(42L, s.lag());
        assertTrue(s.ingestRate() > 0, "rate over the time since the first sample");
        assertTrue(s.p50() > 0.15 && s.p50() < 0.3, "p50 " + s.p50());
        assertTrue(s.p99() > 1.5 && s.p99() < 2.5, "p99 " + s.p99());
        assertEquals(2, stats.since(0).size());
        assertEquals(1, stats.since(empty.seq()).size());

        LiveStats.Summary summary = stats.summary();
        assertEquals(42L, summary.peakLag());
        assertTrue(summary.peakStoreRate() > 0);
        assertTrue(summary.p99() > 1.5);
    }

    @Test
    void latencyQuantilesCoverOnlyTheRecentWindow() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Timer latency = Timer.builder(MeterNames.LATENCY).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(30)).register(registry);
        LiveStats stats = new LiveStats(registry);
        for (int i = 0; i < 100; i++) {
            latency.record(Duration.ofSeconds(60));
        }
        assertTrue(stats.sample().p50() > 50);
        // Nothing new: an empty window since the previous sample is not the whole history.
        LiveStats.Sample later = stats.sample();
        assertNull(later.p50(), "no observation since the previous sample (the window's base)");
        assertTrue(stats.summary().p50() > 50, "the run's summary keeps everything");
    }
}
