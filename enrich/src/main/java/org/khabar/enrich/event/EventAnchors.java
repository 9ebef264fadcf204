package org.khabar.enrich.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.khabar.model.ArabicFolding;
import org.khabar.model.DateGranularity;
import org.khabar.model.DateMention;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;
import org.khabar.enrich.nlp.entity.WideAreas;

/**
 * Derives a report's {@link EventAnchor} from its enrichment.
 * <ul>
 * <li>Place: the most mentioned place other than a country or wider area ({@link WideAreas}; earliest
 * first mention breaks ties); a wide one only when no other place is named. Countries are where
 * many incidents happen at once, so they make poor anchors.</li>
 * <li>Date: the first day the lead names within {@value #RECENT_DAYS} days before publication (a
 * lead states its incident first; background dates, an earlier strike, come later); else the
 * latest day it names within {@value #MAX_DAYS_BACK} days; else the publication day. One report
 * can still be a day off; the event takes the day most of its reports give.</li>
 * </ul>
 * No anchor without a place or a date: such a report forms an event of its own.
 */
public final class EventAnchors {
    static final int LEAD_CHARS = 600;
    static final int MAX_DAYS_BACK = 10;
    static final int RECENT_DAYS = 3;

    private EventAnchors() {
    }

    public static Optional<EventAnchor> of(EnrichedArticle article) {
        if (article.entities() == null) {
            return Optional.empty();
        }
        Entity place = mainPlace(article);
        LocalDate date = incidentDate(article);
        if (place == null || date == null) {
            return Optional.empty();
        }
        String placeKey = ArabicFolding.nameKey(place.text());
        Set<String> others = new HashSet<>();
        for (Entity e : article.entities()) {
            String key = ArabicFolding.nameKey(e.text());
            // Countries say little about which incident a report is about: every report from Aden names Yemen.
            if (!key.equals(placeKey) && !key.isEmpty() && !(e.type() == EntityType.LOCATION && WideAreas.contains(e.text()))) {
                others.add(e.type().name().charAt(0) + ":" + key);
            }
        }
        String kind = article.text() == null ? null : EventKinds.of(article.text(), LEAD_CHARS);
        return Optional.of(new EventAnchor(placeKey, place.text(), date, kind, others));
    }

    static Entity mainPlace(EnrichedArticle article) {
        Entity best = null;
        int bestCount = -1;
        int bestFirst = Integer.MAX_VALUE;
        boolean bestIsCountry = true;
        for (Entity e : article.entities()) {
            if (e.type() != EntityType.LOCATION || e.mentions() == null || e.mentions().isEmpty()) {
                continue;
            }
            boolean country = WideAreas.contains(e.text());
            int count = e.mentions().size();
            int first = e.mentions().stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
            boolean better = best == null
                    || (bestIsCountry && !country)
                    || (bestIsCountry == country && (count > bestCount || (count == bestCount && first < bestFirst)));
            if (better) {
                best = e;
                bestCount = count;
                bestFirst = first;
                bestIsCountry = country;
            }
        }
        return best;
    }

    static LocalDate incidentDate(EnrichedArticle article) {
        Instant published = article.publishedAt();
        LocalDate publishedDay = published == null ? null : published.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate firstRecent = null;
        int firstRecentAt = Integer.MAX_VALUE;
        LocalDate best = null;
        if (article.dates() != null) {
            for (DateMention d : article.dates()) {
                if (d.granularity() != DateGranularity.DAY || d.start() > LEAD_CHARS || d.value() == null) {
                    continue;
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(d.value().length() > 10 ? d.value().substring(0, 10) : d.value());
                } catch (RuntimeException e) {
                    continue;
                }
                if (publishedDay != null && (day.isAfter(publishedDay) || day.isBefore(publishedDay.minusDays(MAX_DAYS_BACK)))) {
                    continue;
                }
                if (best == null || day.isAfter(best)) {
                    best = day;
                }
                if ((publishedDay == null || !day.isBefore(publishedDay.minusDays(RECENT_DAYS)))
                        && d.start() < firstRecentAt) {
                    firstRecent = day;
                    firstRecentAt = d.start();
                }
            }
        }
        if (firstRecent != null) {
            return firstRecent;
        }
        return best != null ? best : publishedDay;
    }
}
