package org.khabar.enrich.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.khabar.model.ArticleIds;
import org.khabar.model.CasualtyFigures;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Entity;
import org.khabar.model.Event;
import org.khabar.model.EventReport;

/**
 * Groups reports of one incident into an event. Reports are compared only with events at the same
 * place (the caller routes by {@link EventAnchor#placeKey()}), so the work per report is small and
 * the topology can partition by place.
 * <p>A report joins an event at its place when the dates are at most one day apart (time zones,
 * "yesterday" against a date) and it shares enough with the event: two other entities (countries
 * do not count), or one with the same kind of incident, or the same kind when either side names
 * almost nothing else. Kinds of different families need two shared entities as well. Among several such events it joins the one it shares most with; otherwise it
 * starts a new event. Events not updated within the window are forgotten. An event's date is the
 * day most of its reports give (the earliest of the most common), so one report that dates the
 * incident by a statement or a background date does not move it.
 */
public final class EventGrouper {
    private static final int MAX_ENTITIES = 30;

    private final Duration window;

    public EventGrouper(Duration window) {
        this.window = window;
    }

    public EventAssignment assign(PlaceEvents current, EventAnchor anchor, EnrichedArticle article, Instant seenAt) {
        List<TrackedEvent> kept = new ArrayList<>();
        for (TrackedEvent t : current.events()) {
            if (!t.event().lastSeen().isBefore(seenAt.minus(window))) {
                kept.add(t);
            }
        }
        int chosen = -1;
        int bestScore = -1;
        for (int i = 0; i < kept.size(); i++) {
            TrackedEvent t = kept.get(i);
            if (contains(t.event(), article.id())) {
                chosen = i; // the same article again (a replay): its event, whatever the scores say
                break;
            }
            int score = score(t, anchor);
            if (score > bestScore) {
                bestScore = score;
                chosen = i;
            }
        }
        if (chosen >= 0 && !contains(kept.get(chosen).event(), article.id()) && bestScore <= 0) {
            chosen = -1;
        }
        TrackedEvent updated;
        boolean changed;
        if (chosen < 0) {
            String id = "ev-" + ArticleIds.sha256Hex(anchor.placeKey() + "|" + anchor.date() + "|" + article.id()).substring(0, 16);
            updated = create(id, anchor.place(), anchor.date().toString(), anchor.kind(), anchor.entityKeys(), article,
                    seenAt);
            kept.add(updated);
            changed = true;
        } else {
            TrackedEvent before = kept.get(chosen);
            updated = join(before, anchor, article, seenAt);
            changed = !updated.event().equals(before.event());
            kept.set(chosen, changed ? updated : before);
            if (!changed) {
                updated = before;
            }
        }
        return new EventAssignment(updated.event().id(), updated.event(), changed, new PlaceEvents(kept));
    }

    /** An event of its own for a report with no place or date to group it by. */
    public static Event solo(EnrichedArticle article, Instant seenAt) {
        String id = "ev-" + ArticleIds.sha256Hex("solo|" + article.id()).substring(0, 16);
        LocalDate day = article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return create(id, null, day == null ? null : day.toString(), null, Set.of(), article, seenAt).event();
    }

    /** The most common incident date of the reports; the earliest of those on a tie. */
    static String date(List<EventReport> reports, String fallback) {
        Map<String, Integer> votes = new HashMap<>();
        for (EventReport r : reports) {
            if (r.incidentDate() != null) {
                votes.merge(r.incidentDate(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> v) -> v.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** 0 or less: not this event. Higher: more in common. */
    private static int score(TrackedEvent t, EventAnchor anchor) {
        Event e = t.event();
        LocalDate date = LocalDate.parse(e.date());
        if (Math.abs(date.toEpochDay() - anchor.date().toEpochDay()) > 1) {
            return 0;
        }
        int shared = 0;
        for (String k : anchor.entityKeys()) {
            if (t.entityKeys().contains(k)) {
                shared++;
            }
        }
        boolean sameKind = e.kind() != null && e.kind().equals(anchor.kind());
        if (EventKinds.conflict(e.kind(), anchor.kind())) {
            return shared >= 2 ? shared * 2 : 0;
        }
        if (shared == 0) {
            // Two terse reports of the same kind at the same place and day: most likely one incident.
            boolean terse = anchor.entityKeys().size() <= 1 || t.entityKeys().size() <= 1;
            return sameKind && terse ? 1 : 0;
        }
        if (shared == 1 && !sameKind) {
            return 0; // one shared name (a ministry, an agency) is too common to tie two reports together
        }
        return shared * 2 + (sameKind ? 1 : 0);
    }

    private static boolean contains(Event e, String articleId) {
        return e.reports().stream().anyMatch(r -> r.articleId().equals(articleId));
    }

    private static TrackedEvent create(String id, String place, String date, String kind, Set<String> keys,
                                       EnrichedArticle article, Instant seenAt) {
        List<EventReport> reports = List.of(report(article, date, seenAt));
        Event e = new Event(Event.SCHEMA_VERSION, id, 1, date, place, kind, figures(reports, true),
                figures(reports, false), reports, names(List.of(article)), seenAt, seenAt);
        return new TrackedEvent(e, keys);
    }

    private static TrackedEvent join(TrackedEvent t, EventAnchor anchor, EnrichedArticle article, Instant seenAt) {
        Event e = t.event();
        List<EventReport> reports = new ArrayList<>();
        EventReport mine = report(article, anchor.date().toString(), seenAt);
        boolean replaced = false;
        for (EventReport r : e.reports()) {
            if (r.articleId().equals(article.id())) {
                // A replay keeps the first time it was seen; only what it says may change.
                EventReport again = new EventReport(r.articleId(), mine.source(), mine.url(), mine.publishedAt(),
                        r.seenAt(), mine.incidentDate(), mine.killed(), mine.injured());
                reports.add(again);
                replaced = true;
            } else {
                reports.add(r);
            }
        }
        if (!replaced) {
            reports.add(mine);
        }
        Set<String> keys = new HashSet<>(t.entityKeys());
        keys.addAll(anchor.entityKeys());
        List<String> entities = new ArrayList<>(e.entities());
        for (String name : names(List.of(article))) {
            if (!entities.contains(name) && entities.size() < MAX_ENTITIES) {
                entities.add(name);
            }
        }
        String kind = e.kind() == null || e.kind().equals("attack") && anchor.kind() != null ? anchor.kind() : e.kind();
        Instant last = replaced ? e.lastSeen() : max(e.lastSeen(), seenAt);
        String date = date(reports, e.date());
        Event candidate = new Event(e.schemaVersion(), e.id(), e.version(), date, e.place(), kind,
                figures(reports, true), figures(reports, false), reports, entities, e.firstSeen(), last);
        if (candidate.equals(e)) {
            return t;
        }
        return new TrackedEvent(new Event(e.schemaVersion(), e.id(), e.version() + 1, date, e.place(), kind,
                candidate.killed(), candidate.injured(), reports, entities, e.firstSeen(), last), keys);
    }

    private static EventReport report(EnrichedArticle a, String incidentDate, Instant seenAt) {
        Integer killed = a.casualties() == null ? null : a.casualties().killed();
        Integer injured = a.casualties() == null ? null : a.casualties().injured();
        return new EventReport(a.id(), a.source(), a.url(), a.publishedAt(), seenAt, incidentDate, killed, injured);
    }

    /** Reconciles one kind of figure across reports; "latest" is the last published report that gives one. */
    static CasualtyFigures figures(List<EventReport> reports, boolean killed) {
        Integer min = null;
        Integer max = null;
        EventReport latest = null;
        int n = 0;
        Comparator<EventReport> byTime = Comparator
                .comparing((EventReport r) -> r.publishedAt() != null ? r.publishedAt() : r.seenAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(EventReport::seenAt, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (EventReport r : reports) {
            Integer v = killed ? r.killed() : r.injured();
            if (v == null) {
                continue;
            }
            n++;
            min = min == null ? v : Math.min(min, v);
            max = max == null ? v : Math.max(max, v);
            if (latest == null || byTime.compare(r, latest) >= 0) {
                latest = r;
            }
        }
        if (n == 0) {
            return CasualtyFigures.NONE;
        }
        Integer latestValue = killed ? latest.killed() : latest.injured();
        return new CasualtyFigures(min, max, latestValue, !Objects.equals(min, max), n);
    }

    /** Canonical names of the articles' entities, most mentioned first. */
    private static List<String> names(List<EnrichedArticle> articles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EnrichedArticle a : articles) {
            if (a.entities() == null) {
                continue;
            }
            for (Entity e : a.entities()) {
                counts.merge(e.text(), e.mentions() == null ? 1 : e.mentions().size(), Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        Map<String, Integer> c = new HashMap<>(counts);
        names.sort(Comparator.comparing((String n) -> -c.get(n)));
        return names.size() > MAX_ENTITIES ? names.subList(0, MAX_ENTITIES) : names;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
