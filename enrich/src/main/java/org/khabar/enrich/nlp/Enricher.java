package org.khabar.enrich.nlp;

import java.time.Instant;
import org.khabar.model.Enrichment;

/** Derives entities, dates and casualties from an article's text; {@link ArticleEnricher} is the implementation. */
@FunctionalInterface
public interface Enricher {
    Enrichment enrich(String text, Instant publishedAt);
}
