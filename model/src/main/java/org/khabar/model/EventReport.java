package org.khabar.model;

import java.time.Instant;

/**
 * One report of an event: which article, from which source, the day it places the incident on
 * ({@code incidentDate}, ISO) and the casualty figures it gave.
 */
public record EventReport(String articleId, String source, String url, Instant publishedAt, Instant seenAt,
                          String incidentDate, Integer killed, Integer injured) {
}
