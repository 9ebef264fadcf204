package org.khabar.app.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khabar.app.cli.KhabarCommand;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The deployment files checked without a Docker engine: docker-compose.yml (structure, and
 * docker-compose v1's own {@code config -q} where installed), the Dockerfile, the Prometheus
 * configuration ({@code promtool check config} where installed), the Grafana provisioning and
 * dashboard; and that they agree with the code: every variable set in compose is a real option
 * of the command the service runs, the scraped ports are the ports the services listen on, the
 * dashboard's data source is the provisioned one.
 */
class DeploymentFilesTest {
    private static final Set<String> KHABAR_SERVICES = Set.of("ingest", "enrich", "sink");
    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        root = Tools.repoRoot();
        compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static Map<String, Object> service(String name) {
        Map<String, Object> s = map(services.get(name));
        assertFalse(s.isEmpty(), "docker-compose.yml has no service " + name);
        return s;
    }

    /** Environment of a service, whether written as a map or as KEY=VALUE lines. */
    private static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> out = new TreeMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object line : list(env)) {
                String[] kv = String.valueOf(line).split("=", 2);
                out.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return out;
    }

    /** Where a service mounts a repository path: container path -> host path relative to the repo. */
    private static Map<String, String> binds(String name) {
        Map<String, String> out = new TreeMap<>();
        for (Object v : list(service(name).get("volumes"))) {
            String[] parts = String.valueOf(v).split(":");
            if (parts[0].startsWith("./")) {
                out.put(parts[1], parts[0].substring(2));
            }
        }
        return out;
    }

    @Test
    void composeHasEveryPartAndUsesOnlyWhatDockerComposeV1Understands() {
        assertTrue(services.keySet().containsAll(Set.of("kafka", "postgres", "ingest", "enrich", "sink", "prometheus",
                "grafana")), services.keySet().toString());
        assertFalse(compose.containsKey("name"), "docker-compose v1 refuses a top-level name");
        for (String s : services.keySet()) {
            Map<String, Object> hc = map(service(s).get("healthcheck"));
            assertFalse(hc.containsKey("start_interval"), s + ": docker-compose v1 refuses healthcheck.start_interval");
            for (Object dep : map(service(s).get("depends_on") instanceof Map<?, ?> ? service(s).get("depends_on") : null).values()) {
                assertFalse(map(dep).containsKey("restart"), s + ": docker-compose v1 refuses depends_on.*.restart");
            }
            for (Object port : list(service(s).get("ports"))) {
                assertTrue(String.valueOf(port).startsWith("127.0.0.1:"), s + " publishes " + port + " beyond loopback");
            }
        }
    }

    @Test
    void kafkaIsTheOfficialImageInKraftModeAtTheVersionKhabarIsBuiltWith() throws Exception {
        String pom = Files.readString(root.resolve("pom.xml"));
        Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(pom);
        assertTrue(m.find());
        Map<String, Object> kafka = service("kafka");
        assertEquals("apache/kafka:" + m.group(1), kafka.get("image"));
        Map<String, String> env = environment("kafka");
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
        assertFalse(services.containsKey("zookeeper"));
        assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://kafka:9092"));
        String cluster = env.get("CLUSTER_ID");
        assertNotNull(cluster);
        assertEquals(16, java.util.Base64.getUrlDecoder().decode(cluster).length, "CLUSTER_ID is a base64 UUID");
        for (String s : KHABAR_SERVICES) {
            assertEquals("kafka:9092", environment(s).get("KHABAR_BOOTSTRAP_SERVERS"), s);
        }
        assertTrue(environment("sink").get("KHABAR_STORE").startsWith("jdbc:postgresql://postgres:5432/"
                + environment("postgres").get("POSTGRES_DB") + "?user=" + environment("postgres").get("POSTGRES_USER")));
    }

    @Test
    void khabarServicesAreBuiltHereAndConfiguredByEnvironmentVariablesThatAreRealOptions() {
        CommandLine cli = KhabarCommand.commandLine();
        for (String s : KHABAR_SERVICES) {
            Map<String, Object> svc = service(s);
            Object build = svc.get("build");
            String context = build instanceof Map<?, ?> b ? String.valueOf(b.get("context")) : String.valueOf(build);
            assertEquals(".", context, s + " is built from this repository");
            List<Object> command = list(svc.get("command"));
            assertEquals(s, command.get(0), s + " runs 'khabar " + s + "'");
            for (Object arg : command) {
                assertFalse(String.valueOf(arg).startsWith("-"), s + ": options come from environment variables, not " + arg);
            }
            Set<String> variables = new HashSet<>();
            for (CommandLine.Model.OptionSpec option : cli.getSubcommands().get(s).getCommandSpec().options()) {
                String original = option.defaultValueString(false);
                Matcher m = Pattern.compile("\\$\\{env:([A-Z0-9_]+)").matcher(original == null ? "" : original);
                while (m.find()) {
                    variables.add(m.group(1));
                }
            }
            for (String name : environment(s).keySet()) {
                assertTrue(name.startsWith("KHABAR_"), s + ": " + name + " is not Khabar configuration");
                assertTrue(variables.contains(name), s + ": " + name + " is not an option of 'khabar " + s + "' "
                        + "(it reads " + new java.util.TreeSet<>(variables) + ")");
            }
        }
    }

    @Test
    void enrichScalesWithDockerComposeScale() {
        Map<String, Object> enrich = service("enrich");
        for (String fixed : List.of("container_name", "ports", "hostname")) {
            assertFalse(enrich.containsKey(fixed), "enrich has " + fixed + ": --scale enrich=3 would clash");
        }
        assertFalse(String.valueOf(enrich.get("volumes")).contains("streams"),
                "replicas must not share a Streams state directory");
        int partitions = Integer.parseInt(environment("enrich").getOrDefault("KHABAR_PARTITIONS", "3"));
        assertTrue(partitions >= 3, "at least three partitions, or a third instance would idle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceOnThePortItListensOn() throws Exception {
        Map<String, String> prometheusBinds = binds("prometheus");
        String configPath = prometheusBinds.get("/etc/prometheus/prometheus.yml");
        assertEquals("deploy/prometheus/prometheus.yml", configPath);
        assertTrue(list(service("prometheus").get("command")).contains("--config.file=/etc/prometheus/prometheus.yml"));
        Map<String, Object> config = new Yaml().load(Files.readString(root.resolve(configPath)));
        Map<String, Integer> scraped = new TreeMap<>();
        for (Object job : list(config.get("scrape_configs"))) {
            for (Object sd : list(map(job).get("dns_sd_configs"))) {
                for (Object name : list(map(sd).get("names"))) {
                    scraped.put(String.valueOf(name), (Integer) map(sd).get("port"));
                }
            }
            for (Object sc : list(map(job).get("static_configs"))) {
                for (Object target : list(map(sc).get("targets"))) {
                    String[] hp = String.valueOf(target).split(":");
                    scraped.put(hp[0], Integer.parseInt(hp[1]));
                }
            }
        }
        for (String s : KHABAR_SERVICES) {
            String configured = environment(s).get("KHABAR_METRICS_PORT");
            int port = configured != null ? Integer.parseInt(configured) : Observability.DEFAULT_PORTS.get(s);
            assertEquals(port, scraped.get(s), "Prometheus scrapes " + s + " on the port it serves /metrics on");
        }
    }

    @Test
    void prometheusConfigurationPassesPromtool() throws Exception {
        Path promtool = Tools.require("promtool", "prometheus");
        Process p = new ProcessBuilder(promtool.toString(), "check", "config",
                root.resolve("deploy/prometheus/prometheus.yml").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void dockerComposeV1AcceptsTheFile() throws Exception {
        Path dockerCompose = Tools.require("docker-compose", "docker-compose");
        Process p = new ProcessBuilder(dockerCompose.toString(), "-f", root.resolve("docker-compose.yml").toString(),
                "config", "-q").directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithThePrometheusDataSourceAndTheDashboard() throws Exception {
        Map<String, String> grafanaBinds = binds("grafana");
        assertEquals("deploy/grafana/provisioning", grafanaBinds.get("/etc/grafana/provisioning"));
        Map<String, Object> datasources = new Yaml().load(Files.readString(
                root.resolve("deploy/grafana/provisioning/datasources/prometheus.yml")));
        Map<String, Object> ds = map(list(datasources.get("datasources")).get(0));
        assertEquals("prometheus", ds.get("type"));
        assertEquals("http://prometheus:9090", ds.get("url"), "the compose service name and Prometheus' port");
        assertTrue(services.containsKey("prometheus"));

        Map<String, Object> providers = new Yaml().load(Files.readString(
                root.resolve("deploy/grafana/provisioning/dashboards/khabar.yml")));
        String path = String.valueOf(map(map(list(providers.get("providers")).get(0)).get("options")).get("path"));
        assertEquals("deploy/grafana/dashboards", grafanaBinds.get(path), "dashboards provisioned from the mounted folder");
        String home = environment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
        assertTrue(home.startsWith(path + "/") && Files.exists(root.resolve("deploy/grafana/dashboards")
                .resolve(home.substring(path.length() + 1))), home);

        Dashboard dashboard = Dashboard.load(root.resolve("deploy/grafana/dashboards/khabar.json"));
        JsonNode json = dashboard.json();
        assertEquals("khabar", json.path("uid").asText());
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : json.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique");
            assertEquals(ds.get("uid"), panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            assertTrue(panel.path("targets").size() > 0, panel.path("title") + " has no query");
            for (JsonNode t : panel.path("targets")) {
                assertFalse(t.path("expr").asText().isBlank(), panel.path("title") + " has an empty query");
                assertEquals(ds.get("uid"), t.path("datasource").path("uid").asText());
            }
            JsonNode pos = panel.path("gridPos");
            assertTrue(pos.path("x").asInt() + pos.path("w").asInt() <= 24, panel.path("title") + " fits the grid");
        }
        // What the issue asks the dashboard to show.
        Set<String> queried = dashboard.metricNames();
        String all = String.join("\n", dashboard.queries().stream().map(Dashboard.Query::expr).toList());
        for (String metric : List.of("khabar_ingest_articles_total", "khabar_enrich_articles_total",
                "khabar_sink_rows_total", "khabar_pipeline_latency_seconds_bucket", "khabar_consumer_lag_records",
                "khabar_dlq_records_total", "khabar_enrich_events_total", "khabar_enrich_stage_seconds_sum")) {
            assertTrue(queried.contains(metric), "no panel shows " + metric);
        }
        assertTrue(all.contains("outcome=\"duplicate\""), "duplicates");
        assertTrue(all.contains("by (stage, reason)"), "DLQ by stage and reason");
    }

    @Test
    void theDockerfileBuildsWithTheWrapperAndRunsOnAJreAsAnotherUserThanRoot() throws Exception {
        List<String> lines = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String line : Files.readAllLines(root.resolve("Dockerfile"))) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            joined.append(line.strip());
            if (line.endsWith("\\")) {
                joined.setLength(joined.length() - 1);
                continue;
            }
            lines.add(joined.toString());
            joined.setLength(0);
        }
        List<Integer> froms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toUpperCase(java.util.Locale.ROOT).startsWith("FROM ")) {
                froms.add(i);
            }
        }
        assertTrue(froms.size() >= 2, "multi-stage");
        String build = lines.get(froms.get(0));
        assertTrue(build.contains("-jdk") && build.matches("(?i)FROM \\S+ AS build"), build);
        List<String> buildStage = lines.subList(froms.get(0), froms.get(froms.size() - 1));
        assertTrue(buildStage.stream().anyMatch(l -> l.startsWith("RUN") && l.contains("./mvnw") && l.contains("package")),
                "built with the Maven wrapper");
        List<String> runtime = lines.subList(froms.get(froms.size() - 1), lines.size());
        assertTrue(runtime.get(0).contains("-jre"), "runtime on a JRE image: " + runtime.get(0));
        String user = runtime.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
        String who = user.substring(5).trim().split(":")[0];
        assertFalse(who.equals("root") || who.equals("0"), "runs as " + who);
        String entry = runtime.stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElse("");
        assertTrue(entry.contains("\"java\"") && entry.contains("/opt/khabar/khabar.jar"), entry);
        for (String s : KHABAR_SERVICES) {
            assertTrue(runtime.stream().anyMatch(l -> l.startsWith("EXPOSE") && l.contains(
                    String.valueOf(Observability.DEFAULT_PORTS.get(s)))), "EXPOSE the metrics port of " + s);
        }
        assertTrue(runtime.contains("ENV KHABAR_METRICS_ADDRESS=0.0.0.0"),
                "in a container /metrics listens beyond loopback, for Prometheus");
        assertTrue(Files.readString(root.resolve(".dockerignore")).contains("**/target"), "build output stays out");
    }
}
