package org.khabar.app.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khabar.model.CasualtyFigures;
import org.khabar.model.DuplicateNotice;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.EventReport;

/**
 * The latest events for the live page. Events come from the events topic ({@link #event}) with
 * their reconciled casualty figures; stored articles ({@link #stored}) give their headlines, and
 * stored copies ({@link #copyStored}) count towards the event of their original. Where no event
 * has been seen (a sink or a run started before events existed), each stored article stands for
 * itself. Bounded: the {@value #KEEP_EVENTS} most recently updated events are kept.
 */
public final class LiveEvents {
    static final int KEEP_EVENTS = 50;
    private static final int KEEP_IDS = 20_000;

    /**
     * One event as the page shows it; {@code killed} and {@code injured} are the latest report's
     * figures, {@code ...Min}/{@code ...Max} the range when reports disagree.
     */
    public record Event(String key, String title, String place, String kind, String date,
                        Integer killed, Integer killedMin, Integer killedMax,
                        Integer injured, Integer injuredMin, Integer injuredMax, boolean disputed,
                        int articles, int copies, long updatedAt) {
    }

    private static final class Entry {
        final String key;
        long version = -1;
        String titleArticle;
        String title;
        String place;
        String kind;
        String date;
        CasualtyFigures killed = CasualtyFigures.NONE;
        CasualtyFigures injured = CasualtyFigures.NONE;
        int articles;
        int copies;
        long updatedAt;

        Entry(String key) {
            this.key = key;
        }
    }

    private final Map<String, Entry> events = bounded(KEEP_EVENTS);
    /** Article id to its event's key, so that a copy finds its original's event. */
    private final Map<String, String> eventOfArticle = bounded(KEEP_IDS);
    private final Map<String, String> titles = bounded(KEEP_IDS);
    private boolean eventsSeen;

    private static <K, V> Map<K, V> bounded(int size) {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** An event from the events topic (a newer version replaces an older one). */
    public synchronized void event(org.khabar.model.Event e) {
        if (!eventsSeen) {
            eventsSeen = true;
            events.clear(); // articles stood in for events until now
        }
        Entry entry = events.get(e.id());
        if (entry == null) {
            entry = new Entry(e.id());
        } else if (e.version() <= entry.version) {
            return;
        }
        events.remove(e.id());
        events.put(e.id(), entry); // most recently updated last
        entry.version = e.version();
        entry.place = e.place();
        entry.kind = e.kind();
        entry.date = e.date();
        entry.killed = e.killed() == null ? CasualtyFigures.NONE : e.killed();
        entry.injured = e.injured() == null ? CasualtyFigures.NONE : e.injured();
        entry.articles = e.reports().size();
        for (EventReport r : e.reports()) {
            eventOfArticle.put(r.articleId(), e.id());
        }
        if (!e.reports().isEmpty()) {
            entry.titleArticle = e.reports().get(e.reports().size() - 1).articleId();
            String t = titles.get(entry.titleArticle);
            if (t != null) {
                entry.title = t;
            }
        }
        entry.updatedAt = System.currentTimeMillis();
    }

    /** A stored article: its headline; without events, it stands for an event of its own. */
    public synchronized void stored(EnrichedArticle a) {
        if (a.title() != null) {
            titles.put(a.id(), a.title());
        }
        String key = a.eventId() != null ? a.eventId() : eventOfArticle.get(a.id());
        Entry known = key == null ? null : events.get(key);
        if (known != null) {
            if (a.id().equals(known.titleArticle) || known.title == null) {
                known.title = a.title();
            }
            return;
        }
        if (eventsSeen) {
            return; // its event arrives on the events topic
        }
        Entry e = new Entry(a.id());
        e.title = a.title();
        e.articles = 1;
        if (a.casualties() != null) {
            e.killed = figure(a.casualties().killed());
            e.injured = figure(a.casualties().injured());
        }
        if (a.entities() != null) {
            List<String> places = new ArrayList<>();
            for (Entity entity : a.entities()) {
                if (entity.type() == EntityType.LOCATION && places.size() < 2 && !places.contains(entity.text())) {
                    places.add(entity.text());
                }
            }
            e.place = places.isEmpty() ? null : String.join("، ", places);
        }
        e.date = a.publishedAt() == null ? null : a.publishedAt().toString().substring(0, 10);
        e.updatedAt = System.currentTimeMillis();
        eventOfArticle.put(a.id(), a.id());
        events.remove(a.id());
        events.put(a.id(), e);
    }

    public synchronized void copyStored(DuplicateNotice copy) {
        String key = eventOfArticle.get(copy.duplicateOf());
        Entry e = key == null ? null : events.get(key);
        if (e != null) {
            e.copies++;
            e.updatedAt = System.currentTimeMillis();
        }
    }

    /** The {@code n} most recently updated events, newest first. */
    public synchronized List<Event> latest(int n) {
        return events.values().stream()
                .sorted(Comparator.comparingLong((Entry e) -> e.updatedAt).reversed())
                .limit(n)
                .map(e -> new Event(e.key, e.title, e.place, e.kind, e.date,
                        e.killed.latest(), e.killed.min(), e.killed.max(),
                        e.injured.latest(), e.injured.min(), e.injured.max(),
                        e.killed.disputed() || e.injured.disputed(), e.articles, e.copies, e.updatedAt))
                .toList();
    }

    private static CasualtyFigures figure(Integer n) {
        return n == null ? CasualtyFigures.NONE : new CasualtyFigures(n, n, n, false, 1);
    }
}
