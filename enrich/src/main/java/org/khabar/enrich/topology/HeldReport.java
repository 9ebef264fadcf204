package org.khabar.enrich.topology;

import java.util.Map;
import org.khabar.model.EnrichedArticle;

/**
 * An enriched report waiting in the event stage's ordering buffer (store "events-pending"):
 * the article, its record timestamp (the ingest time), when it reached the stage (wall clock),
 * and its provenance headers.
 */
record HeldReport(EnrichedArticle article, long timestamp, long arrivedAt, Map<String, String> headers) {
    HeldReport {
        headers = Map.copyOf(headers);
    }
}
