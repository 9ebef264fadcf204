package org.khabar.enrich.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.khabar.model.Json;

/**
 * Figures of one evaluation run, the same as score.py computes: entity, date and casualty-mention
 * precision/recall/F1, headline killed/injured accuracy, and the per-article log of misses and
 * false hits that {@code score.py --verbose} prints.
 */
public record EvalReport(
        int articles,
        int missing,
        Prf entities,
        Prf dates,
        Prf casualtyMentions,
        double headlineKilledAccuracy,
        double headlineInjuredAccuracy,
        List<String> log) {

    public EvalReport {
        log = List.copyOf(log);
    }

    /** The summary lines score.py prints (without --json and --verbose). */
    public String format() {
        StringBuilder b = new StringBuilder();
        line(b, "entities", entities);
        line(b, "dates", dates);
        line(b, "casualty_mentions", casualtyMentions);
        b.append("headline killed acc=").append(PyValues.fixed(headlineKilledAccuracy, 3))
                .append("  injured acc=").append(PyValues.fixed(headlineInjuredAccuracy, 3))
                .append("  articles=").append(articles).append(" missing=").append(missing).append('\n');
        return b.toString();
    }

    /** The miss and false-hit lines score.py prints to stderr with --verbose. */
    public String formatLog() {
        return String.join("\n", log) + (log.isEmpty() ? "" : "\n");
    }

    /** The object score.py prints with --json. */
    public ObjectNode toJson() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("articles", articles);
        o.put("missing", missing);
        o.set("entities", scores(entities));
        o.set("dates", scores(dates));
        o.set("casualty_mentions", scores(casualtyMentions));
        o.put("headline_killed_acc", headlineKilledAccuracy);
        o.put("headline_injured_acc", headlineInjuredAccuracy);
        return o;
    }

    private static ObjectNode scores(Prf s) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("precision", s.precision());
        o.put("recall", s.recall());
        o.put("f1", s.f1());
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        return o;
    }

    private static void line(StringBuilder b, String name, Prf s) {
        b.append(PyValues.pad(name, 18)).append(" P=").append(PyValues.fixed(s.precision(), 3))
                .append(" R=").append(PyValues.fixed(s.recall(), 3))
                .append(" F1=").append(PyValues.fixed(s.f1(), 3))
                .append("  (tp=").append(s.tp()).append(" fp=").append(s.fp()).append(" fn=").append(s.fn())
                .append(")\n");
    }
}
