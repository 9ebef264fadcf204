package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs the checks use (Debian packages {@code prometheus}, {@code chromium},
 * {@code chromium-driver}, {@code docker-compose}). Without one, a check is skipped, except under
 * CI (environment variable {@code CI} set), where a missing tool fails the build: CI installs them.
 */
final class Tools {
    private Tools() {
    }

    static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    static Optional<Path> find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The tool's path; skips the test when it is missing (fails under CI). */
    static Path require(String name, String debianPackage) {
        Optional<Path> p = find(name);
        if (p.isEmpty()) {
            String why = name + " not found: install the Debian package " + debianPackage;
            if (underCi()) {
                fail(why + " (required under CI)");
            }
            Assumptions.abort(why);
        }
        return p.get();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The repository root (where docker-compose.yml is), from the app module's working directory. */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("docker-compose.yml")) && Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found above " + dir);
    }
}
