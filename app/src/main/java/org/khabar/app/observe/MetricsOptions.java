package org.khabar.app.observe;

import java.io.IOException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The metrics options every command shares ({@code @Mixin MetricsOptions metrics;}), then
 * {@code try (Observability obs = metrics.start("ingest")) { ... obs.registry() ... }}.
 */
public final class MetricsOptions {
    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "${env:KHABAR_METRICS_PORT}",
            description = "Port of the HTTP server for /metrics (Prometheus), /health and the live page / "
                    + "(env KHABAR_METRICS_PORT; 0 = any free port, off = no server; default 9464 for run, "
                    + "9465 ingest, 9466 enrich, 9467 sink).")
    String port;

    @Option(names = "--metrics-address", paramLabel = "ADDRESS", defaultValue = "${env:KHABAR_METRICS_ADDRESS}",
            description = "Address that server listens on (env KHABAR_METRICS_ADDRESS; default 127.0.0.1; "
                    + "0.0.0.0 for every interface, as in the Docker image).")
    String address;

    /**
     * The registry, and the HTTP server unless the port is {@code off}. When the default port is
     * taken (several Khabar processes on one machine), any free port is taken instead and the
     * URL logged; a port given explicitly must be free.
     */
    public Observability start(String command) throws IOException {
        Integer defaultPort = Observability.DEFAULT_PORTS.get(command);
        if (defaultPort == null) {
            throw new IllegalStateException("no metrics defaults for command " + command);
        }
        String p = port == null || port.isBlank() ? null : port.trim().toLowerCase(Locale.ROOT);
        if ("off".equals(p) || "none".equals(p) || "-1".equals(p)) {
            return Observability.withoutServer(command);
        }
        int number;
        if (p == null) {
            number = defaultPort;
        } else {
            try {
                number = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--metrics-port must be a port number, 0 or off, got '" + port + "'");
            }
            if (number < 0 || number > 65_535) {
                throw new IllegalArgumentException("--metrics-port must be between 0 and 65535, got " + number);
            }
        }
        String a = address == null || address.isBlank() ? Observability.DEFAULT_ADDRESS : address.trim();
        Observability obs = Observability.serving(command, a, number, p == null);
        if (!command.equals("run")) {
            org.slf4j.LoggerFactory.getLogger(MetricsOptions.class).info("{}: metrics at {}metrics, health at {}health",
                    command, obs.url(), obs.url());
        }
        return obs;
    }
}
