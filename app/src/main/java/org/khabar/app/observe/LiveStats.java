package org.khabar.app.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.search.Search;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Samples the domain meters once a second for the console and the live page: totals, rates per
 * stage (over the last {@value #RATE_WINDOW_SECONDS} s), end-to-end latency p50/p99 (over the
 * last {@value #LATENCY_WINDOW_SECONDS} s, from the latency histogram's buckets, as Prometheus'
 * {@code histogram_quantile} does) and consumer lag. Keeps the last ten minutes.
 */
public final class LiveStats implements AutoCloseable {
    public static final int RATE_WINDOW_SECONDS = 5;
    static final int LATENCY_WINDOW_SECONDS = 10;
    private static final int KEEP = 600;

    /**
     * One sample. Totals since the process started; rates per second; latency in seconds (null
     * when nothing was stored in the window); lag in records (null while unknown).
     */
    public record Sample(long seq, long time, long ingested, long enriched, long duplicates, long stored, long dlq,
                         double ingestRate, double enrichRate, double storeRate, double duplicateRate, double dlqRate,
                         Double p50, Double p99, Long lag) {
    }

    /**
     * Over the whole run: end-to-end latency quantiles of everything stored, the highest lag and
     * the highest store rate (over {@value #RATE_WINDOW_SECONDS} s) seen.
     */
    public record Summary(Double p50, Double p99, Long peakLag, double peakStoreRate, double seconds) {
    }

    /** What is kept per sample: the sample and the latency histogram's cumulative bucket counts. */
    private record Point(Sample sample, long nanos, double[] bucketCounts) {
    }

    private final MeterRegistry registry;
    private final Deque<Point> points = new ArrayDeque<>();
    private final long startNanos = System.nanoTime();
    private long seq;
    private Long peakLag;
    private double peakStoreRate;
    private double[] bucketBounds = new double[0];
    private Thread thread;
    private volatile boolean stopping;

    public LiveStats(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Samples every second on a daemon thread until closed. */
    public LiveStats start() {
        thread = new Thread(() -> {
            while (!stopping) {
                try {
                    sample();
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a meter being registered concurrently: try again next second
                }
            }
        }, "khabar-live-stats");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Takes a sample now. */
    public synchronized Sample sample() {
        long nanos = System.nanoTime();
        long ingested = (long) count(registry.find(MeterNames.INGESTED).tag("outcome", "published"));
        long enriched = (long) count(registry.find(MeterNames.ENRICHED));
        long duplicates = (long) count(registry.find(MeterNames.ENRICHED).tag("outcome", "duplicate"));
        long stored = (long) (count(registry.find(MeterNames.STORED).tag("table", "articles"))
                + count(registry.find(MeterNames.STORED).tag("table", "article_copies")));
        long dlq = (long) count(registry.find(MeterNames.DLQ));
        double[] buckets = latencyBuckets();
        Long lag = lag();
        if (lag != null && (peakLag == null || lag > peakLag)) {
            peakLag = lag;
        }

        Point rateBase = pointAgo(nanos, RATE_WINDOW_SECONDS);
        Point latencyBase = pointAgo(nanos, LATENCY_WINDOW_SECONDS);
        double ingestRate = 0;
        double enrichRate = 0;
        double storeRate = 0;
        double duplicateRate = 0;
        double dlqRate = 0;
        if (rateBase != null) {
            double s = (nanos - rateBase.nanos()) / 1e9;
            Sample b = rateBase.sample();
            ingestRate = (ingested - b.ingested()) / s;
            enrichRate = (enriched - b.enriched()) / s;
            storeRate = (stored - b.stored()) / s;
            duplicateRate = (duplicates - b.duplicates()) / s;
            dlqRate = (dlq - b.dlq()) / s;
        }
        peakStoreRate = Math.max(peakStoreRate, storeRate);
        double[] window = latencyBase == null ? buckets : minus(buckets, latencyBase.bucketCounts());
        Sample sample = new Sample(++seq, System.currentTimeMillis(), ingested, enriched, duplicates, stored, dlq,
                ingestRate, enrichRate, storeRate, duplicateRate, dlqRate,
                quantile(0.5, bucketBounds, window), quantile(0.99, bucketBounds, window), lag);
        points.addLast(new Point(sample, nanos, buckets));
        while (points.size() > KEEP) {
            points.removeFirst();
        }
        return sample;
    }

    /** The newest point at least {@code seconds} old (or the oldest there is), null when there is none. */
    private Point pointAgo(long nanos, int seconds) {
        Point found = null;
        for (var it = points.descendingIterator(); it.hasNext(); ) {
            Point p = it.next();
            found = p;
            if (nanos - p.nanos() >= seconds * 1_000_000_000L - 100_000_000L) {
                break;
            }
        }
        return found;
    }

    public synchronized Sample latest() {
        return points.isEmpty() ? sample() : points.getLast().sample();
    }

    /** Samples newer than {@code seq}, oldest first. */
    public synchronized List<Sample> since(long afterSeq) {
        List<Sample> out = new ArrayList<>();
        for (Point p : points) {
            if (p.sample().seq() > afterSeq) {
                out.add(p.sample());
            }
        }
        return out;
    }

    /** Latency quantiles over everything stored since the start, and the peak lag. */
    public synchronized Summary summary() {
        double[] all = latencyBuckets();
        return new Summary(quantile(0.5, bucketBounds, all), quantile(0.99, bucketBounds, all), peakLag,
                peakStoreRate, (System.nanoTime() - startNanos) / 1e9);
    }

    private static double count(Search search) {
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }

    private Long lag() {
        double sum = 0;
        boolean any = false;
        for (Gauge g : registry.find(MeterNames.CONSUMER_LAG).gauges()) {
            double v = g.value();
            if (!Double.isNaN(v)) {
                sum += v;
                any = true;
            }
        }
        return any ? (long) sum : null;
    }

    /**
     * Cumulative counts of the latency histogram (Prometheus-style, never reset), aligned with
     * {@link #bucketBounds}, followed by the total count (the +Inf bucket).
     */
    private double[] latencyBuckets() {
        Timer timer = registry.find(MeterNames.LATENCY).timer();
        if (timer == null) {
            return new double[0];
        }
        var snapshot = timer.takeSnapshot();
        CountAtBucket[] counts = snapshot.histogramCounts();
        if (bucketBounds.length != counts.length) {
            bucketBounds = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                bucketBounds[i] = counts[i].bucket(TimeUnit.SECONDS);
            }
        }
        double[] out = new double[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i].count();
        }
        out[counts.length] = snapshot.count();
        return out;
    }

    private static double[] minus(double[] a, double[] b) {
        if (a.length != b.length) {
            return a;
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /**
     * The q-quantile of cumulative bucket counts ({@code bounds.length} buckets, then the total),
     * interpolating linearly inside the bucket it falls in, as Prometheus' histogram_quantile
     * does; above the last bound, the last bound. Null without observations.
     */
    static Double quantile(double q, double[] bounds, double[] cumulative) {
        if (bounds.length == 0 || cumulative.length != bounds.length + 1) {
            return null;
        }
        double total = cumulative[bounds.length];
        if (total <= 0) {
            return null;
        }
        double rank = q * total;
        for (int i = 0; i < bounds.length; i++) {
            if (cumulative[i] >= rank) {
                double lowerBound = i == 0 ? 0 : bounds[i - 1];
                double lowerCount = i == 0 ? 0 : cumulative[i - 1];
                double inBucket = cumulative[i] - lowerCount;
                if (inBucket <= 0) {
                    return bounds[i];
                }
                return lowerBound + (bounds[i] - lowerBound) * (rank - lowerCount) / inBucket;
            }
        }
        return bounds[bounds.length - 1];
    }

    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
