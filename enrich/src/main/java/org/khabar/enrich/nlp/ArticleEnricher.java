package org.khabar.enrich.nlp;

import java.time.Instant;
import java.util.List;
import org.khabar.enrich.nlp.casualty.CasualtyExtractor;
import org.khabar.enrich.nlp.date.DateExtractor;
import org.khabar.enrich.nlp.entity.EntityExtractor;
import org.khabar.enrich.nlp.text.ArabicNormalizer;
import org.khabar.enrich.nlp.text.NormalizedText;
import org.khabar.model.Casualties;
import org.khabar.model.DateMention;
import org.khabar.model.Enrichment;
import org.khabar.model.Entity;

/**
 * The enrichment library's entry point: entities, dates and casualty counts of one article.
 * Pure Java, no Kafka: the Streams topology and {@code khabar enrich --offline} both call it.
 * Thread-safe; build one and share it (the gazetteers are loaded once).
 */
public final class ArticleEnricher implements Enricher {
    private final EntityExtractor entities;
    private final DateExtractor dates;
    private final CasualtyExtractor casualties;
    private final StageTimer timer;

    public ArticleEnricher() {
        this(StageTimer.NONE);
    }

    public ArticleEnricher(StageTimer timer) {
        this.entities = new EntityExtractor();
        this.dates = new DateExtractor();
        this.casualties = new CasualtyExtractor();
        this.timer = timer;
    }

    /**
     * Enriches one article. {@code publishedAt} anchors relative dates (أمس، اليوم الجمعة) and
     * years left out of a day and month; it may be null, in which case they are not resolved.
     */
    @Override
    public Enrichment enrich(String text, Instant publishedAt) {
        long t0 = System.nanoTime();
        NormalizedText normalized = ArabicNormalizer.normalize(text == null ? "" : text);
        long t1 = System.nanoTime();
        timer.record(Stage.NORMALISE, t1 - t0);
        List<Entity> foundEntities = entities.extract(normalized);
        long t2 = System.nanoTime();
        timer.record(Stage.ENTITIES, t2 - t1);
        List<DateMention> foundDates = dates.extract(normalized, publishedAt);
        long t3 = System.nanoTime();
        timer.record(Stage.DATES, t3 - t2);
        Casualties foundCasualties = casualties.extract(normalized, publishedAt);
        timer.record(Stage.CASUALTIES, System.nanoTime() - t3);
        return new Enrichment(foundEntities, foundDates, foundCasualties);
    }

    /** Stages of enrichment, for timing. */
    public enum Stage {
        NORMALISE, ENTITIES, DATES, CASUALTIES
    }

    /** Receives how long each stage took, in nanoseconds (metrics hook). */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> {
        };

        void record(Stage stage, long nanos);
    }
}
