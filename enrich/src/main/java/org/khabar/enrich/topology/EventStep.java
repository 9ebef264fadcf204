package org.khabar.enrich.topology;

import org.khabar.model.EnrichedArticle;
import org.khabar.model.Event;

/** What the event stage emits for one article: the article with its event id, and the event if it changed. */
record EventStep(EnrichedArticle article, Event event) {
}
