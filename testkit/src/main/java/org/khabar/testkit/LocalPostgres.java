package org.khabar.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests, started from the machine's own binaries (Debian package
 * {@code postgresql}, or {@code KHABAR_PG_BIN}) in a temporary folder on a free port, with no
 * Docker. PostgreSQL refuses to run as root, so under root the server runs as the
 * {@code postgres} user through {@code runuser}. Where no binaries exist the test is skipped,
 * except under CI ({@code CI} set), where it fails: CI must test the real thing.
 */
public final class LocalPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Starts a fresh server with a database {@code khabar}; skips or fails the test when that is impossible. */
    public static LocalPostgres start() {
        Optional<Path> bin = findBinaries();
        if (bin.isEmpty()) {
            String why = "no PostgreSQL server binaries (install the Debian package 'postgresql' or set KHABAR_PG_BIN)";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("khabar-pg-");
            LocalPostgres pg = new LocalPostgres(bin.get(), dir, freePort(), root);
            pg.init();
            pg.startServer();
            pg.createDatabase();
            return pg;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot start PostgreSQL from " + bin.get() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> findBinaries() {
        String env = System.getenv("KHABAR_PG_BIN");
        if (env != null && Files.isExecutable(Paths.get(env, "pg_ctl"))) {
            return Optional.of(Paths.get(env));
        }
        Path base = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void init() throws IOException, InterruptedException {
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres", dir.toString()));
        }
        run(command(bin.resolve("initdb").toString(), "-D", data(), "-A", "trust", "-E", "UTF8", "--locale=C",
                "-U", "khabar", "--no-sync"));
    }

    /** Starts (or restarts) the server on the same port and data. */
    public void startServer() throws IOException, InterruptedException {
        run(command(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off",
                "-w", "-t", "60", "start"));
    }

    /** Stops the server (fast shutdown: open sessions are cut, as in an outage). */
    public void stopServer() throws IOException, InterruptedException {
        run(command(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"));
    }

    private void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=khabar");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE khabar");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/khabar?user=khabar";
    }

    public int port() {
        return port;
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void run(List<String> cmd) throws IOException, InterruptedException {
        Path log = Files.createTempFile("khabar-pg-cmd", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", cmd) + " exited " + p.exitValue() + ": " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (IOException | InterruptedException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp folder; best effort
        }
    }
}
