package org.khabar.enrich.nlp.casualty;

import java.time.Instant;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.Casualties;

/** Finds casualty counts in Arabic text. Placeholder until the casualty issue lands. */
public final class CasualtyExtractor {
    public Casualties extract(NormalizedText text, Instant publishedAt) {
        return Casualties.NONE;
    }
}
