package org.khabar.enrich.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared, read-only evaluation data lives: the build passes {@code khabar.shared.dir};
 * otherwise ../shared next to the repository. Tests that need it skip when it is absent.
 */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String prop = System.getProperty("khabar.shared.dir");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("eval"))) {
                return candidate;
            }
        }
        return Path.of("../shared");
    }

    static Path eval(String relative) {
        return dir().resolve("eval").resolve(relative);
    }

    static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
