package org.khabar.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khabar.model.Json;

/**
 * Scores enriched records against a gold file with the matching rules of
 * {@code shared/eval/score.py} (see its README): entities as per-article sets keyed by
 * {@link ScoreNames#key}, optional gold entries counting neither way; dates by value with any
 * time part cut; casualty mentions as (kind, count) sets; headline killed/injured figures against
 * {@code acceptKilled}/{@code acceptInjured}. Records are the JSON the scorer reads (the
 * project's enriched record, or anything with the same fields).
 */
public final class Scorer {
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Map<String, String> TYPE_ALIASES = Map.of("PER", "PERSON", "ORG", "ORGANIZATION",
            "LOC", "LOCATION", "GPE", "LOCATION", "ORGANISATION", "ORGANIZATION", "PLACE", "LOCATION");

    private Scorer() {
    }

    /** Scores a predicted JSON-lines file against a gold one, like {@code score.py GOLD PREDICTED}. */
    public static EvalReport score(Path goldJsonl, Path predictedJsonl) {
        return score(load(goldJsonl), load(predictedJsonl));
    }

    /** Scores predicted records (by id) against gold records (by id, in gold order). */
    public static EvalReport score(Map<String, JsonNode> gold, Map<String, JsonNode> predicted) {
        Counts ents = new Counts();
        Counts dates = new Counts();
        Counts cas = new Counts();
        int[] killed = new int[2];
        int[] injured = new int[2];
        int missing = 0;
        List<String> logs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode g = e.getValue();
            JsonNode p = predicted.get(e.getKey());
            List<String> log = new ArrayList<>();
            log.add(e.getKey() + ":");
            if (p == null) {
                missing++;
                p = Json.mapper().createObjectNode();
            }
            scoreEntities(g, p, ents, log);
            scoreDates(g, p, dates, log);
            scoreCasualties(g, p, cas, killed, injured, log);
            logs.addAll(log);
        }
        return new EvalReport(gold.size(), missing, ents.prf(), dates.prf(), cas.prf(),
                PyValues.round((double) killed[0] / Math.max(1, killed[1]), 4),
                PyValues.round((double) injured[0] / Math.max(1, injured[1]), 4), logs);
    }

    /**
     * Reads JSON lines keyed by {@code str(id)} as score.py does: blank lines skipped, a later
     * record with the same id replaces the earlier one but keeps its place.
     */
    public static Map<String, JsonNode> load(Path jsonl) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.strip().isEmpty()) {
                    continue;
                }
                JsonNode rec;
                try {
                    rec = Json.mapper().readTree(line);
                } catch (IOException bad) {
                    throw new IllegalArgumentException(jsonl + ":" + n + ": not JSON: " + bad.getMessage(), bad);
                }
                out.put(PyValues.str(rec.get("id")), rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ------------------------------------------------------------------ entities

    private static void scoreEntities(JsonNode gold, JsonNode pred, Counts prf, List<String> log) {
        JsonNode golds = orEmpty(gold.get("entities"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            JsonNode g = golds.get(i);
            for (JsonNode name : orEmpty(g.get("names"))) {
                index.putIfAbsent(PyValues.str(g.get("type")) + "\u0000" + ScoreNames.key(name.asText()), i);
            }
        }
        Set<Integer> found = new HashSet<>();
        Set<String> seenFp = new java.util.LinkedHashSet<>();
        JsonNode preds = pred.get("entities");
        for (JsonNode e : truthy(preds) ? preds : Json.mapper().createArrayNode()) {
            String t = etype(e.get("type"));
            if (!TYPES.contains(t)) {
                continue;
            }
            String text = firstTruthy(e.get("text"), e.get("name"), e.get("canonical"));
            String k = ScoreNames.key(text);
            if (k.isEmpty()) {
                continue;
            }
            Integer i = index.get(t + "\u0000" + k);
            if (i == null) {
                if (seenFp.add(t + "\u0000" + k)) {
                    log.add("  entity FP  " + PyValues.pad(t, 12) + " " + text);
                }
                continue;
            }
            if (!optional(golds.get(i))) {
                found.add(i);
            }
        }
        int required = 0;
        for (int i = 0; i < golds.size(); i++) {
            JsonNode g = golds.get(i);
            if (optional(g)) {
                continue;
            }
            required++;
            if (!found.contains(i)) {
                log.add("  entity FN  " + PyValues.pad(PyValues.str(g.get("type")), 12) + " "
                        + PyValues.str(orEmpty(g.get("names")).get(0)));
            }
        }
        prf.add(found.size(), seenFp.size(), required - found.size());
    }

    private static String etype(JsonNode t) {
        String s = PyValues.truthy(t) ? PyValues.str(t).toUpperCase(java.util.Locale.ROOT) : "";
        return TYPE_ALIASES.getOrDefault(s, s);
    }

    // ------------------------------------------------------------------ dates

    private static void scoreDates(JsonNode gold, JsonNode pred, Counts prf, List<String> log) {
        Set<String> req = new HashSet<>();
        Set<String> opt = new HashSet<>();
        for (JsonNode d : orEmpty(gold.get("dates"))) {
            (optional(d) ? opt : req).add(PyValues.str(d.get("value")));
        }
        Set<String> got = new HashSet<>();
        JsonNode preds = pred.get("dates");
        for (JsonNode d : truthy(preds) ? preds : Json.mapper().createArrayNode()) {
            JsonNode v = d.get("value");
            if (PyValues.truthy(v)) {
                got.add(dateValue(v));
            }
        }
        Set<String> optOnly = new HashSet<>(opt);
        optOnly.removeAll(req);
        got.removeAll(optOnly);
        Set<String> tp = new HashSet<>(got);
        tp.retainAll(req);
        Set<String> fp = new TreeSet<>(got);
        fp.removeAll(req);
        Set<String> fn = new TreeSet<>(req);
        fn.removeAll(got);
        for (String v : fp) {
            log.add("  date FP     " + v);
        }
        for (String v : fn) {
            log.add("  date FN     " + v);
        }
        prf.add(tp.size(), fp.size(), req.size() - tp.size());
    }

    /** score.py's date_value(): the value as text, stripped, cut at 'T'. */
    static String dateValue(JsonNode v) {
        String s = PyValues.truthy(v) ? PyValues.str(v) : "";
        s = s.strip();
        int t = s.indexOf('T');
        return t >= 0 ? s.substring(0, t) : s;
    }

    // ------------------------------------------------------------------ casualties

    private record Mention(Object kind, Object count) {
        @Override
        public String toString() {
            return "(" + PyValues.repr(kind) + ", " + PyValues.repr(count) + ")";
        }
    }

    private static final Comparator<Mention> TUPLE_ORDER = Comparator
            .comparing((Mention m) -> String.valueOf(m.kind()))
            .thenComparing(m -> m.count() instanceof Number n ? n.doubleValue() : Double.NaN);

    private static void scoreCasualties(JsonNode gold, JsonNode pred, Counts prf, int[] killed, int[] injured,
            List<String> log) {
        JsonNode gc = gold.has("casualties") ? gold.get("casualties") : Json.mapper().createObjectNode();
        JsonNode pc = PyValues.truthy(pred.get("casualties")) ? pred.get("casualties") : Json.mapper().createObjectNode();
        JsonNode h = gc.has("headline") ? gc.get("headline") : Json.mapper().createObjectNode();
        for (String kind : new String[] {"killed", "injured"}) {
            String acceptKey = "accept" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            JsonNode got = pc.get(kind);
            boolean ok = false;
            if (h.has(acceptKey)) {
                for (JsonNode a : h.get(acceptKey)) {
                    ok |= PyValues.equal(got, a);
                }
            } else {
                ok = PyValues.equal(got, h.get(kind));
            }
            int[] tally = kind.equals("killed") ? killed : injured;
            tally[0] += ok ? 1 : 0;
            tally[1]++;
            if (!ok) {
                log.add("  headline " + kind + ": got " + PyValues.str(got) + " want " + PyValues.str(h.get(kind)));
            }
        }
        Set<Mention> req = new HashSet<>();
        Set<Mention> opt = new HashSet<>();
        for (JsonNode m : orEmpty(gc.get("mentions"))) {
            Mention t = new Mention(PyValues.value(m.get("kind")), PyValues.value(m.get("count")));
            (optional(m) ? opt : req).add(t);
        }
        Set<Mention> got = new HashSet<>();
        JsonNode preds = pc.get("mentions");
        for (JsonNode m : truthy(preds) ? preds : Json.mapper().createArrayNode()) {
            Long count = PyValues.toInt(m.get("count"));
            if (count == null) {
                continue;
            }
            String kind = m.has("kind") ? PyValues.str(m.get("kind")).toUpperCase(java.util.Locale.ROOT) : "";
            got.add(new Mention(kind, count));
        }
        Set<Mention> optOnly = new HashSet<>(opt);
        optOnly.removeAll(req);
        got.removeAll(optOnly);
        Set<Mention> tp = new HashSet<>(got);
        tp.retainAll(req);
        List<Mention> fp = new ArrayList<>(got);
        fp.removeAll(req);
        fp.sort(TUPLE_ORDER);
        List<Mention> fn = new ArrayList<>(req);
        fn.removeAll(got);
        fn.sort(TUPLE_ORDER);
        for (Mention v : fp) {
            log.add("  casualty FP " + v);
        }
        for (Mention v : fn) {
            log.add("  casualty FN " + v);
        }
        prf.add(tp.size(), fp.size(), req.size() - tp.size());
    }

    // ------------------------------------------------------------------ helpers

    private static boolean optional(JsonNode g) {
        return g != null && PyValues.truthy(g.get("optional"));
    }

    private static boolean truthy(JsonNode v) {
        return PyValues.truthy(v) && v.isArray();
    }

    private static JsonNode orEmpty(JsonNode v) {
        return v == null || !v.isArray() ? Json.mapper().createArrayNode() : v;
    }

    private static String firstTruthy(JsonNode... values) {
        for (JsonNode v : values) {
            if (PyValues.truthy(v)) {
                return PyValues.str(v);
            }
        }
        return "";
    }

    private static final class Counts {
        private int tp;
        private int fp;
        private int fn;

        void add(int dtp, int dfp, int dfn) {
            tp += dtp;
            fp += dfp;
            fn += dfn;
        }

        Prf prf() {
            return new Prf(tp, fp, fn);
        }
    }
}
