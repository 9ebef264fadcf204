package org.khabar.app.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver API (plain HTTP on loopback; no
 * Selenium). Runs as root, so with the sandbox off, and with a fresh profile and no background
 * networking: the only page it loads is the one given.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process driver;
    private final String base;
    private final String session;

    HeadlessChromium(Path chromedriver, Path chromium, Path dir, int width, int height) throws Exception {
        Files.createDirectories(dir);
        int port = Tools.freePort();
        base = "http://127.0.0.1:" + port;
        Path log = dir.resolve("chromedriver.log");
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (Http.get(base + "/status").statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (!driver.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("chromedriver did not start: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        Path profile = Files.createDirectories(dir.resolve("profile"));
        ObjectNode options = JSON.createObjectNode();
        options.put("binary", chromium.toString());
        var args = options.putArray("args");
        for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height)) {
            args.add(a);
        }
        ObjectNode caps = JSON.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        JsonNode created = call("POST", "/session", caps.toString());
        session = created.path("sessionId").asText();
        if (session.isEmpty()) {
            throw new IllegalStateException("no WebDriver session: " + created);
        }
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        var r = Http.send(method, base + path, body);
        JsonNode json = JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
        }
        return json.path("value");
    }

    void open(String url) throws Exception {
        call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", url).toString());
    }

    /** Runs a script (a function body; {@code return} gives the result) and returns its result as JSON. */
    JsonNode script(String body) throws Exception {
        ObjectNode req = JSON.createObjectNode().put("script", body);
        req.putArray("args");
        return call("POST", "/session/" + session + "/execute/sync", req.toString());
    }

    void resize(int width, int height) throws Exception {
        call("POST", "/session/" + session + "/window/rect",
                JSON.createObjectNode().put("width", width).put("height", height).toString());
    }

    void screenshot(Path png) throws Exception {
        String b64 = call("GET", "/session/" + session + "/screenshot", null).asText();
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(b64));
    }

    @Override
    public void close() throws Exception {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (Exception e) {
            // the browser is gone already
        } finally {
            driver.destroy();
            if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        }
    }
}
