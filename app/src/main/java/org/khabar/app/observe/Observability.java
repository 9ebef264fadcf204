package org.khabar.app.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.khabar.app.run.Pipeline;
import org.khabar.enrich.topology.EnrichConfig;
import org.khabar.enrich.topology.EnrichTopology;
import org.khabar.sink.SinkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a Khabar process exposes about itself: the Prometheus meter registry (with JVM and
 * process meters; the services bind Kafka's client and Streams metrics and their domain meters
 * to it), the HTTP server for {@code /metrics}, {@code /health} and the live page, the consumer
 * lag gauges, and the live samples and events the console and the page show.
 */
public final class Observability implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Observability.class);

    /** Default metrics port of each command; a deployment's Prometheus scrapes these. */
    public static final Map<String, Integer> DEFAULT_PORTS = Map.of("run", 9464, "ingest", 9465, "enrich", 9466, "sink", 9467);
    /** Loopback unless told otherwise; the Docker image sets KHABAR_METRICS_ADDRESS=0.0.0.0 for Prometheus. */
    public static final String DEFAULT_ADDRESS = "127.0.0.1";

    private final String service;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final LiveStats stats;
    private final LiveEvents events = new LiveEvents();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    /** Up by default (the process runs and answers); commands with services to wait for say more. */
    private volatile Supplier<Health> health = () -> Health.up(Map.of());
    private MetricsServer server;
    private String url;

    private Observability(String service) {
        this.service = service;
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        toClose.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        this.stats = new LiveStats(registry).start();
        toClose.add(stats);
    }

    /** A registry and live samples without an HTTP server. */
    public static Observability withoutServer(String service) {
        return new Observability(service);
    }

    /**
     * With the HTTP server on {@code address:port} (port 0: any free port). When {@code
     * fallBackToAnyPort} and the port is taken, takes any free port instead of failing.
     */
    public static Observability serving(String service, String address, int port, boolean fallBackToAnyPort)
            throws IOException {
        Observability o = new Observability(service);
        try {
            try {
                o.server = new MetricsServer(new InetSocketAddress(address, port), service, o.registry,
                        () -> o.health.get(), o.stats, o.events);
            } catch (BindException e) {
                if (!fallBackToAnyPort) {
                    throw new IllegalArgumentException("cannot serve metrics on " + address + ":" + port + " ("
                            + e.getMessage() + "): set --metrics-port (env KHABAR_METRICS_PORT) to a free port, "
                            + "0 for any free port, or off", e);
                }
                LOG.warn("metrics port {} is taken (another Khabar process?); serving /metrics on another port, "
                        + "see the next line; set --metrics-port to choose", port);
                o.server = new MetricsServer(new InetSocketAddress(address, 0), service, o.registry,
                        () -> o.health.get(), o.stats, o.events);
            }
            String host = address.equals("0.0.0.0") || address.equals("::") ? "localhost"
                    : address.contains(":") ? "[" + address + "]" : address;
            o.url = "http://" + host + ":" + o.server.port() + "/";
        } catch (IOException | RuntimeException e) {
            o.close();
            throw e;
        }
        return o;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus registry itself (scrape text for tests and checks). */
    public PrometheusMeterRegistry prometheusRegistry() {
        return registry;
    }

    public String service() {
        return service;
    }

    /** The live page's URL ({@code metrics} and {@code health} beside it), or null without a server. */
    public String url() {
        return url;
    }

    /** The bound port, or -1 without a server. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    public LiveStats stats() {
        return stats;
    }

    public LiveEvents events() {
        return events;
    }

    /** What {@code /health} reports from now on. */
    public void health(Supplier<Health> supplier) {
        this.health = supplier;
    }

    /**
     * Starts measuring the lag of consumer groups ({@code group -> topics}) on a cluster, every
     * five seconds.
     */
    public ConsumerLagMonitor monitorLag(String bootstrapServers, Map<String, String> clientSettings,
                                         Map<String, List<String>> topicsByGroup) {
        Properties p = new Properties();
        clientSettings.forEach((k, v) -> {
            if (AdminClientConfig.configNames().contains(k)) {
                p.put(k, v);
            }
        });
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "khabar-" + service + "-lag");
        ConsumerLagMonitor monitor = new ConsumerLagMonitor(registry, p, topicsByGroup, Duration.ofSeconds(5));
        synchronized (toClose) {
            toClose.add(0, monitor);
        }
        return monitor;
    }

    /**
     * Watches a running {@code khabar run} pipeline: {@code /health} follows its services, the lag
     * of the enrich and sink consumer groups is measured, and the live page follows the events.
     */
    public void watch(Pipeline pipeline, Map<String, String> clientSettings, java.nio.file.Path dataDir) {
        health(() -> pipeline.failure() == null ? Health.up(Map.of())
                : Health.down(String.valueOf(pipeline.failure().getMessage())));
        EnrichConfig enrich = EnrichConfig.defaults(pipeline.bootstrapServers(), dataDir);
        SinkConfig sink = SinkConfig.defaults(pipeline.bootstrapServers(), pipeline.storeUrl());
        monitorLag(pipeline.bootstrapServers(), clientSettings, Map.of(
                enrich.applicationId(), enrichInputs(enrich.applicationId(), enrich.rawTopic()),
                sink.groupId(), List.of(sink.enrichedTopic(), sink.duplicatesTopic(), sink.eventsTopic())));
        followEvents(pipeline.bootstrapServers(), clientSettings, sink.eventsTopic());
    }

    /** What the enrich service consumes: the raw topic and its own repartition topics. */
    public static List<String> enrichInputs(String applicationId, String rawTopic) {
        return List.of(rawTopic, applicationId + "-" + EnrichTopology.DEDUP_REPARTITION + "-repartition",
                applicationId + "-" + EnrichTopology.EVENTS_REPARTITION + "-repartition");
    }

    /** The live page's latest events follow the events topic of this cluster. */
    public void followEvents(String bootstrapServers, Map<String, String> clientSettings, String eventsTopic) {
        EventFeed feed = new EventFeed(bootstrapServers, clientSettings, eventsTopic, events,
                "khabar-" + service + "-live-events");
        synchronized (toClose) {
            toClose.add(0, feed);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        synchronized (toClose) {
            for (AutoCloseable c : toClose) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.debug("closing {}: {}", c, e.toString());
                }
            }
            toClose.clear();
        }
        registry.close();
    }
}
