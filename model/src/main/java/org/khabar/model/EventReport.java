package org.khabar.model;

import java.time.Instant;

/** One report of an event: which article, from which source, and the casualty figures it gave. */
public record EventReport(String articleId, String source, String url, Instant publishedAt, Instant seenAt,
                          Integer killed, Integer injured) {
}
