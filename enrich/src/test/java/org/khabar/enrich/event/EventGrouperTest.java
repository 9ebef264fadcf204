package org.khabar.enrich.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.model.Casualties;
import org.khabar.model.DateGranularity;
import org.khabar.model.DateMention;
import org.khabar.model.EnrichedArticle;
import org.khabar.model.Enrichment;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Event;
import org.khabar.model.Mention;
import org.khabar.model.RawArticle;

class EventGrouperTest {
    private static final Instant PUBLISHED = Instant.parse("2025-03-14T08:00:00Z");

    /** An article: text, the places and organisations it names (with mention counts), dates, killed. */
    static EnrichedArticle article(String id, String source, Instant published, String text, List<Entity> entities,
                                   List<DateMention> dates, Integer killed) {
        RawArticle raw = new RawArticle(id, source, null, null, published, "ar", text);
        return EnrichedArticle.of(raw, "fp-" + id, new Enrichment(entities, dates,
                new Casualties(killed, null, List.of())), published);
    }

    static Entity entity(EntityType type, String name, int... starts) {
        List<Mention> mentions = new ArrayList<>();
        for (int s : starts) {
            mentions.add(new Mention(name, s, s + name.length()));
        }
        return new Entity(type, name, mentions);
    }

    static DateMention day(String value, int start) {
        return new DateMention("أمس", start, start + 3, value, DateGranularity.DAY, "GREGORIAN", true);
    }

    private final InMemoryEventIndex index = new InMemoryEventIndex(Duration.ofDays(7));

    @Test
    void reportsOfOneIncidentFromSeveralOutletsShareAnEventWithReconciledFigures() {
        EnrichedArticle a = article("a", "وكالة أ", PUBLISHED, "الموصل - انفجار عبوة ناسفة قرب سوق أمس",
                List.of(entity(EntityType.LOCATION, "الموصل", 0, 80), entity(EntityType.ORGANIZATION, "الدفاع المدني", 40)),
                List.of(day("2025-03-13", 30)), 3);
        EnrichedArticle b = article("b", "صحيفة ب", PUBLISHED.plusSeconds(7200), "الموصل: ارتفاع ضحايا انفجار السوق إلى خمسة",
                List.of(entity(EntityType.LOCATION, "الموصل", 0), entity(EntityType.ORGANIZATION, "الدفاع المدني", 50)),
                List.of(day("2025-03-13", 20)), 5);
        String ea = index.assign(a, PUBLISHED);
        String eb = index.assign(b, PUBLISHED.plusSeconds(7200));
        assertEquals(ea, eb);
        Event e = index.events().get(ea);
        assertEquals("2025-03-13", e.date());
        assertEquals("الموصل", e.place());
        assertEquals("bombing", e.kind());
        assertEquals(3, e.killed().min());
        assertEquals(5, e.killed().max());
        assertEquals(5, e.killed().latest());
        assertTrue(e.killed().disputed());
        assertEquals(List.of("a", "b"), e.reports().stream().map(r -> r.articleId()).toList());
        assertEquals(2, e.version());
    }

    @Test
    void otherDaysOtherKindsAndOtherPlacesAreOtherEvents() {
        List<Entity> mosul = List.of(entity(EntityType.LOCATION, "الموصل", 0), entity(EntityType.ORGANIZATION, "الشرطة", 30));
        String blast = index.assign(article("x1", "s", PUBLISHED, "الموصل - انفجار عبوة ناسفة", mosul, List.of(), 2), PUBLISHED);
        String threeDaysLater = index.assign(article("x2", "s", PUBLISHED.plus(Duration.ofDays(3)),
                "الموصل - انفجار عبوة ناسفة جديدة", mosul, List.of(), 1), PUBLISHED.plus(Duration.ofDays(3)));
        String clashes = index.assign(article("x3", "s", PUBLISHED, "الموصل - اشتباكات مسلحة", mosul, List.of(), 1), PUBLISHED);
        String elsewhere = index.assign(article("x4", "s", PUBLISHED, "كركوك - انفجار عبوة ناسفة",
                List.of(entity(EntityType.LOCATION, "كركوك", 0), entity(EntityType.ORGANIZATION, "الشرطة", 30)), List.of(), 2), PUBLISHED);
        assertEquals(4, List.of(blast, threeDaysLater, clashes, elsewhere).stream().distinct().count());
    }

    @Test
    void outletsNamingTheSameStrikeDifferentlyStillShareAnEvent() {
        List<Entity> a = List.of(entity(EntityType.LOCATION, "الموصل", 0), entity(EntityType.ORGANIZATION, "قيادة العمليات", 30),
                entity(EntityType.PERSON, "سامر الجبوري", 60));
        List<Entity> b = List.of(entity(EntityType.LOCATION, "الموصل", 0), entity(EntityType.ORGANIZATION, "قيادة العمليات", 40),
                entity(EntityType.PERSON, "سامر الجبوري", 70));
        String first = index.assign(article("k1", "s", PUBLISHED, "الموصل - هجوم بطائرة مسيرة على مقر", a, List.of(), 2), PUBLISHED);
        String second = index.assign(article("k2", "s", PUBLISHED, "الموصل - قصف يستهدف مقرا", b, List.of(), 2), PUBLISHED);
        assertEquals(first, second);
        assertEquals("shelling", index.events().get(first).kind(), "a specific kind replaces the generic attack");
    }

    @Test
    void reportsThatShareOnlyTheirCountryOrOneCommonNameStayApart() {
        List<Entity> one = List.of(entity(EntityType.LOCATION, "عدن", 0), entity(EntityType.LOCATION, "اليمن", 20),
                entity(EntityType.ORGANIZATION, "وزارة الداخلية", 40), entity(EntityType.PERSON, "خالد سالم", 60));
        List<Entity> two = List.of(entity(EntityType.LOCATION, "عدن", 0), entity(EntityType.LOCATION, "اليمن", 20),
                entity(EntityType.ORGANIZATION, "وزارة الداخلية", 40), entity(EntityType.PERSON, "سعيد ناصر", 60));
        String a = index.assign(article("y1", "s", PUBLISHED, "عدن - افتتاح مدرسة جديدة", one, List.of(), null), PUBLISHED);
        String b = index.assign(article("y2", "s", PUBLISHED, "عدن - ضبط شحنة مهربة", two, List.of(), null), PUBLISHED);
        assertNotEquals(a, b);
    }

    @Test
    void differentFamiliesOfIncidentNeedMoreInCommon() {
        List<Entity> one = List.of(entity(EntityType.LOCATION, "درعا", 0), entity(EntityType.ORGANIZATION, "الشرطة", 30));
        String bombing = index.assign(article("f1", "s", PUBLISHED, "درعا - انفجار سيارة مفخخة", one, List.of(), 3), PUBLISHED);
        String clashes = index.assign(article("f2", "s", PUBLISHED, "درعا - اشتباكات مع الشرطة", one, List.of(), 1), PUBLISHED);
        assertNotEquals(bombing, clashes);
    }

    @Test
    void theEventTakesTheDateMostOfItsReportsGive() {
        List<Entity> e = List.of(entity(EntityType.LOCATION, "حلب", 0), entity(EntityType.ORGANIZATION, "الدفاع المدني", 30));
        String a = index.assign(article("d1", "s", PUBLISHED, "حلب - غارة", e, List.of(), 1), PUBLISHED);
        String b = index.assign(article("d2", "s", PUBLISHED, "حلب - غارة أمس", e, List.of(day("2025-03-13", 10)), 1), PUBLISHED);
        String c = index.assign(article("d3", "s", PUBLISHED, "حلب - غارة أمس", e, List.of(day("2025-03-13", 10)), 1), PUBLISHED);
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals("2025-03-13", index.events().get(a).date());
    }

    @Test
    void aBackgroundDateLaterInTheLeadDoesNotDateTheIncident() {
        EnrichedArticle a = article("bg", "s", PUBLISHED, "حلب - غارة اليوم بعد غارة مماثلة في 12 مارس",
                List.of(entity(EntityType.LOCATION, "حلب", 0)), List.of(day("2025-03-14", 12), day("2025-03-12", 30)), null);
        assertEquals(LocalDate.of(2025, 3, 14), EventAnchors.of(a).orElseThrow().date());
    }

    @Test
    void aReplayLandsInTheSameEventAndChangesNothing() {
        EnrichedArticle a = article("r", "s", PUBLISHED, "غزة - غارة جوية على منزل",
                List.of(entity(EntityType.LOCATION, "غزة", 0, 40)), List.of(), 4);
        EventGrouper grouper = new EventGrouper(Duration.ofDays(7));
        EventAnchor anchor = EventAnchors.of(a).orElseThrow();
        EventAssignment first = grouper.assign(PlaceEvents.NONE, anchor, a, PUBLISHED);
        EventAssignment again = grouper.assign(first.placeEvents(), anchor, a.withEnrichedAt(PUBLISHED.plusSeconds(60)),
                PUBLISHED.plusSeconds(60));
        assertEquals(first.eventId(), again.eventId());
        assertFalse(again.changed());
        assertEquals(first.event(), again.event());
    }

    @Test
    void eventsOlderThanTheWindowAreForgotten() {
        List<Entity> gaza = List.of(entity(EntityType.LOCATION, "غزة", 0), entity(EntityType.ORGANIZATION, "وزارة الصحة", 20));
        String early = index.assign(article("w1", "s", PUBLISHED, "غزة - غارة", gaza, List.of(), 1), PUBLISHED);
        Instant later = PUBLISHED.plus(Duration.ofDays(8));
        String late = index.assign(article("w2", "s", PUBLISHED, "غزة - غارة", gaza, List.of(), 1), later);
        assertNotEquals(early, late);
    }

    @Test
    void theAnchorPrefersACityOverItsCountryAndTheIncidentDayOverPublication() {
        EnrichedArticle a = article("p", "s", PUBLISHED, "قال مسؤول في العراق إن قصفا استهدف بغداد أمس وإن العراق سيرد",
                List.of(entity(EntityType.LOCATION, "العراق", 12, 50), entity(EntityType.LOCATION, "بغداد", 35)),
                List.of(day("2025-03-13", 41), day("2025-01-01", 60), day("2025-04-01", 70)), null);
        EventAnchor anchor = EventAnchors.of(a).orElseThrow();
        assertEquals("بغداد", anchor.place());
        assertEquals(LocalDate.of(2025, 3, 13), anchor.date());
        assertEquals("shelling", anchor.kind());

        EnrichedArticle noDate = article("q", "s", PUBLISHED, "بغداد - افتتاح معرض", List.of(entity(EntityType.LOCATION, "بغداد", 0)),
                List.of(), null);
        assertEquals(LocalDate.of(2025, 3, 14), EventAnchors.of(noDate).orElseThrow().date());
    }

    @Test
    void aReportWithoutAPlaceIsAnEventOfItsOwn() {
        EnrichedArticle a = article("solo", "s", PUBLISHED, "مقال رأي عن الاقتصاد", List.of(), List.of(), null);
        String id = index.assign(a, PUBLISHED);
        Event e = index.events().get(id);
        assertEquals(List.of("solo"), e.reports().stream().map(r -> r.articleId()).toList());
        assertEquals("2025-03-14", e.date());
    }
}
