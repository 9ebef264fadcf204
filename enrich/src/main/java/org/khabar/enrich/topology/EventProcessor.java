package org.khabar.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.khabar.enrich.event.EventAnchor;
import org.khabar.enrich.event.EventAnchors;
import org.khabar.enrich.event.EventAssignment;
import org.khabar.enrich.event.EventGrouper;
import org.khabar.enrich.event.PlaceEvents;
import org.khabar.enrich.event.TrackedEvent;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on enriched articles keyed by their main place (after the events repartition): groups
 * each into an event with the place's recent events, kept in a store keyed by place. Emits the
 * article (re-keyed by id, with its event id) and the event when it changed. Places whose events
 * have all aged out of the window are removed hourly, so the store stays bounded by the window.
 * <p>Grouping depends on the order of the reports (an event is matched on what it already
 * holds), and reports of one place reach this partition from every upstream task, interleaved by
 * timing. So reports wait in an ordering buffer (store "events-pending", keyed by record
 * timestamp, which is the ingest time, then article id) for {@code grace} after they arrive, and
 * are grouped in key order: the same reports give the same events with 1 or with 4 partitions.
 * A report that arrives after a later-stamped one was already grouped is grouped on arrival and
 * counted ({@code khabar.events.late.reports}); with a grace of zero, every report is grouped on
 * arrival.
 */
final class EventProcessor implements Processor<String, EnrichedArticle, String, EventStep> {
    static final String SOLO_PREFIX = "solo:";
    private static final Logger LOG = LoggerFactory.getLogger(EventProcessor.class);

    private final String storeName;
    private final String holdStoreName;
    private final Duration window;
    private final Duration grace;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, EventStep> context;
    private KeyValueStore<String, PlaceEvents> store;
    private KeyValueStore<String, HeldReport> held;
    private EventGrouper grouper;
    /** The order key of the last report grouped by this instance, to notice late arrivals. */
    private String lastGrouped;

    EventProcessor(String storeName, String holdStoreName, Duration window, Duration grace, EnrichMetrics metrics) {
        this.storeName = storeName;
        this.holdStoreName = holdStoreName;
        this.window = window;
        this.grace = grace;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EventStep> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.held = context.getStateStore(holdStoreName);
        this.grouper = new EventGrouper(window);
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::forgetOldPlaces);
        // Also after a restart: what the buffer held is grouped at the first tick, in order.
        context.schedule(Duration.ofMillis(Math.max(50, grace.toMillis() / 4)), PunctuationType.WALL_CLOCK_TIME,
                this::releaseDue);
    }

    /** Buffer key: zero-padded timestamp, then the id, so the store's key order is the grouping order. */
    static String orderKey(long timestamp, String articleId) {
        return String.format(java.util.Locale.ROOT, "%019d", Math.max(0, timestamp)) + '\u0000' + articleId;
    }

    /** Where an article's event is decided: its main place, or a key of its own when it has none. */
    static String routingKey(EnrichedArticle article) {
        return EventAnchors.of(article).map(EventAnchor::placeKey).orElse(SOLO_PREFIX + article.id());
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String key = orderKey(record.timestamp(), record.value().id());
        if (lastGrouped != null && key.compareTo(lastGrouped) < 0) {
            metrics.countLateReport();
            LOG.warn("report {} reached the event stage more than the grace ({}) after later reports; grouped on arrival",
                    record.value().id(), grace);
        }
        if (grace.isZero()) {
            group(record.value(), record.timestamp(), record.headers());
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            if (h.value() != null) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        held.put(key, new HeldReport(record.value(), record.timestamp(), context.currentSystemTimeMs(), headers));
    }

    /** Groups, in key order, the held reports up to the first one still within its grace. */
    private void releaseDue(long now) {
        List<KeyValue<String, HeldReport>> due = new ArrayList<>();
        try (KeyValueIterator<String, HeldReport> it = held.all()) {
            while (it.hasNext()) {
                KeyValue<String, HeldReport> kv = it.next();
                if (now - kv.value.arrivedAt() < grace.toMillis()) {
                    break;
                }
                due.add(kv);
            }
        }
        for (KeyValue<String, HeldReport> kv : due) {
            held.delete(kv.key);
            RecordHeaders headers = new RecordHeaders();
            kv.value.headers().forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
            group(kv.value.article(), kv.value.timestamp(), headers);
        }
    }

    private void group(EnrichedArticle article, long timestamp, Headers headers) {
        String key = orderKey(timestamp, article.id());
        if (lastGrouped == null || key.compareTo(lastGrouped) > 0) {
            lastGrouped = key;
        }
        Instant seenAt = Instant.ofEpochMilli(timestamp);
        Optional<EventAnchor> anchor = EventAnchors.of(article);
        Event event;
        boolean changed;
        if (anchor.isEmpty()) {
            event = EventGrouper.solo(article, seenAt);
            changed = true;
            metrics.countEventCreated();
        } else {
            PlaceEvents current = store.get(anchor.get().placeKey());
            EventAssignment a = grouper.assign(current == null ? PlaceEvents.NONE : current, anchor.get(), article, seenAt);
            store.put(anchor.get().placeKey(), a.placeEvents());
            event = a.event();
            changed = a.changed();
            if (changed) {
                if (event.version() == 1) {
                    metrics.countEventCreated();
                } else {
                    metrics.countEventUpdated();
                }
            }
        }
        context.forward(new Record<>(article.id(), new EventStep(article.withEventId(event.id()), changed ? event : null),
                timestamp, headers));
    }

    private void forgetOldPlaces(long now) {
        Instant cutoff = Instant.ofEpochMilli(now).minus(window);
        List<KeyValue<String, PlaceEvents>> updates = new ArrayList<>();
        try (KeyValueIterator<String, PlaceEvents> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, PlaceEvents> kv = it.next();
                List<TrackedEvent> kept = kv.value.events().stream()
                        .filter(t -> !t.event().lastSeen().isBefore(cutoff)).toList();
                if (kept.size() != kv.value.events().size()) {
                    updates.add(KeyValue.pair(kv.key, kept.isEmpty() ? null : new PlaceEvents(kept)));
                }
            }
        }
        for (KeyValue<String, PlaceEvents> u : updates) {
            if (u.value == null) {
                store.delete(u.key);
            } else {
                store.put(u.key, u.value);
            }
        }
    }
}
