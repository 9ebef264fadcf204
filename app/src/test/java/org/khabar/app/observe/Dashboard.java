package org.khabar.app.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Grafana dashboard's panels and their PromQL queries, and the metric names those use. */
record Dashboard(JsonNode json, List<Query> queries) {
    record Query(String panel, String refId, String expr) {
    }

    /** What Grafana substitutes for its variables when a test asks Prometheus directly. */
    static final String RATE_INTERVAL = "20s";
    static final String RANGE = "5m";

    private static final Set<String> WORDS = Set.of("sum", "min", "max", "avg", "count", "by", "without", "rate",
            "irate", "increase", "histogram_quantile", "on", "ignoring", "group_left", "group_right", "bool", "and",
            "or", "unless", "offset", "topk", "bottomk", "clamp_min", "clamp_max", "abs", "delta", "deriv", "time",
            "vector", "scalar", "label_replace", "avg_over_time", "max_over_time", "min_over_time", "inf", "nan");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    static Dashboard load(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<Query> queries = new ArrayList<>();
        collect(json.path("panels"), queries);
        return new Dashboard(json, queries);
    }

    private static void collect(JsonNode panels, List<Query> out) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                out.add(new Query(panel.path("title").asText(), target.path("refId").asText(), target.path("expr").asText()));
            }
            collect(panel.path("panels"), out); // rows
        }
    }

    static String substitute(String expr) {
        return expr.replace("$__rate_interval", RATE_INTERVAL).replace("$__range", RANGE).replace("$__interval", "5s");
    }

    /** Metric names in a PromQL expression: identifiers that are not functions, keywords, labels or durations. */
    static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"") // strings
                .replaceAll("\\{[^}]*}", " ")                        // label matchers
                .replaceAll("\\[[^]]*]", " ");                       // ranges
        s = GROUPING.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String id = m.group();
            int after = m.end();
            while (after < s.length() && s.charAt(after) == ' ') {
                after++;
            }
            boolean call = after < s.length() && s.charAt(after) == '(';
            boolean partOfNumber = m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1));
            if (!call && !partOfNumber && !WORDS.contains(id)) {
                names.add(id);
            }
        }
        return names;
    }

    Set<String> metricNames() {
        Set<String> all = new TreeSet<>();
        for (Query q : queries) {
            all.addAll(metricNames(q.expr()));
        }
        return all;
    }

    /** Names of the samples in a Prometheus text scrape. */
    static Set<String> scrapedNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    static Collection<String> missing(Collection<String> wanted, Collection<String> have) {
        List<String> out = new ArrayList<>(wanted);
        out.removeAll(have);
        return out;
    }
}
