package org.khabar.enrich.nlp.date;

import java.time.Instant;
import java.util.List;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.DateMention;

/** Finds calendar dates in Arabic text. Placeholder until the date issue lands. */
public final class DateExtractor {
    public List<DateMention> extract(NormalizedText text, Instant publishedAt) {
        return List.of();
    }
}
