package org.khabar.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khabar.sink.ArticleQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khabar query}: reads stored articles back, as a table or JSON lines. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists stored articles (newest first, by publication date) or events (newest incident first, "
                + "by incident date), filtered by date range, place, entity or source.",
            "Names match however the article wrote them: 'بغداد' finds 'ببغداد' and 'وبغداد'.",
            "Examples: ./khabar query --from 2024-01-01 --to 2024-02-01 --place بغداد",
            "          ./khabar query events --place بغداد --format jsonl"})
public final class QueryCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", defaultValue = "articles",
            description = "articles (default) or events.")
    String what;

    @Option(names = "--store", paramLabel = "JDBC-URL", defaultValue = "${env:KHABAR_STORE}",
            description = "The store to read (env KHABAR_STORE; default jdbc:sqlite:DATA-DIR/khabar.db).")
    String store;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:KHABAR_DATA_DIR:-./khabar-data}",
            description = "Where 'khabar run' keeps its SQLite store (env KHABAR_DATA_DIR; default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "${env:KHABAR_QUERY_FROM}",
            description = "Published on or after: YYYY-MM-DD or an ISO instant (env KHABAR_QUERY_FROM).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", defaultValue = "${env:KHABAR_QUERY_TO}",
            description = "Published before: YYYY-MM-DD (exclusive) or an ISO instant (env KHABAR_QUERY_TO).")
    String to;

    @Option(names = "--place", defaultValue = "${env:KHABAR_QUERY_PLACE}",
            description = "Articles naming this place (env KHABAR_QUERY_PLACE).")
    String place;

    @Option(names = "--entity", defaultValue = "${env:KHABAR_QUERY_ENTITY}",
            description = "Articles naming this person, organisation or place (env KHABAR_QUERY_ENTITY).")
    String entity;

    @Option(names = "--source", defaultValue = "${env:KHABAR_QUERY_SOURCE}",
            description = "Articles from this source (env KHABAR_QUERY_SOURCE).")
    String source;

    @Option(names = "--limit", defaultValue = "${env:KHABAR_QUERY_LIMIT:-50}",
            description = "At most this many articles (env KHABAR_QUERY_LIMIT; default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "${env:KHABAR_QUERY_FORMAT:-table}",
            description = "table, or jsonl for the full enriched records (env KHABAR_QUERY_FORMAT; default ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("jsonl")) {
            throw new IllegalArgumentException("--format must be table or jsonl, got " + format);
        }
        String url = store != null ? store : "jdbc:sqlite:" + dataDir.toAbsolutePath().resolve("khabar.db");
        if (store == null && !java.nio.file.Files.exists(dataDir.resolve("khabar.db"))) {
            throw new IllegalArgumentException("no store at " + dataDir.resolve("khabar.db")
                    + ": run './khabar run' first, or give --store / --data-dir");
        }
        if (!what.equals("articles") && !what.equals("events")) {
            throw new IllegalArgumentException("WHAT must be articles or events, got " + what);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ArticleQuery.Filter filter = new ArticleQuery.Filter(instant(from, "--from"), instant(to, "--to"), place, entity,
                source, limit);
        if (what.equals("events")) {
            try (ArticleQuery query = new ArticleQuery(url)) {
                printEvents(query.events(filter), out);
            }
            return 0;
        }
        try (ArticleQuery query = new ArticleQuery(url)) {
            List<ArticleQuery.Row> rows = query.articles(filter);
            if (format.equals("jsonl")) {
                rows.forEach(r -> out.println(r.enrichedJson()));
            } else {
                out.printf("%-20s  %-24s  %-16s  %6s  %7s  %s%n", "published", "id", "source", "killed", "injured", "title");
                for (ArticleQuery.Row r : rows) {
                    out.printf(Locale.ROOT, "%-20s  %-24s  %-16s  %6s  %7s  %s%n",
                            r.publishedAt() == null ? "" : r.publishedAt().toString().substring(0, 16).replace('T', ' '),
                            cut(r.id(), 24), cut(r.source(), 16), r.killed() == null ? "" : r.killed(),
                            r.injured() == null ? "" : r.injured(), cut(r.title(), 80));
                }
                out.println(rows.size() + " articles");
            }
        }
        return 0;
    }

    private void printEvents(List<ArticleQuery.EventRow> rows, PrintStream out) {
        if (format.equals("jsonl")) {
            rows.forEach(r -> out.println(r.eventJson()));
            return;
        }
        out.printf("%-10s  %-20s  %-14s  %-13s  %-13s  %7s  %s%n", "date", "id", "kind", "killed", "injured", "reports",
                "place / sources");
        for (ArticleQuery.EventRow r : rows) {
            out.printf(Locale.ROOT, "%-10s  %-20s  %-14s  %-13s  %-13s  %7d  %s%n", r.date() == null ? "" : r.date(),
                    r.id(), r.kind() == null ? "" : r.kind(),
                    range(r.killedMin(), r.killedMax(), r.killedLatest(), r.killedDisputed()),
                    range(r.injuredMin(), r.injuredMax(), r.injuredLatest(), r.injuredDisputed()), r.reports(),
                    (r.place() == null ? "" : r.place()) + (r.sources() == null ? "" : " / " + cut(r.sources(), 60)));
        }
        out.println(rows.size() + " events");
    }

    /** "5", or "3-5 (5)*" when sources disagree: min-max (latest), starred. */
    private static String range(Integer min, Integer max, Integer latest, boolean disputed) {
        if (min == null) {
            return "";
        }
        return disputed ? min + "-" + max + " (" + latest + ")*" : String.valueOf(min);
    }

    private static Instant instant(String s, String option) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " must be YYYY-MM-DD or an ISO instant, got " + s);
        }
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
