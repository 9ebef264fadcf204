package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khabar.model.JsonSerde;

/** The decision over an article's band matches: earliest qualifying original, whatever the order of arrival. */
class NearDuplicateDecisionTest {
    private static final NearDuplicateDecision DECISION = new NearDuplicateDecision(NearDuplicateConfig.DEFAULT);
    private static final Instant NOW = Instant.parse("2025-03-11T12:00:00Z");
    private static final Similarity COPY = new Similarity(0.9, 0.95, 0.9, false, true);
    private static final Similarity TRIMMED = new Similarity(0.7, 1.0, 0.7, false, true);
    private static final Similarity WEAK = new Similarity(0.5, 0.7, 0.8, false, true);
    private static final Similarity UPDATED = new Similarity(0.95, 0.97, 1.0, true, true);

    private static NearDuplicateMatch m(String id, Duration before, Similarity s) {
        return new NearDuplicateMatch(id, NOW.minus(before), s);
    }

    @Test
    void theEarliestQualifyingArticleIsTheOriginalWhateverTheOrderOfTheMatches() {
        List<NearDuplicateMatch> matches = new ArrayList<>(List.of(
                m("c-later-copy", Duration.ofHours(1), COPY),
                m("a-weak-but-earliest", Duration.ofHours(9), WEAK),
                m("b-original", Duration.ofHours(5), TRIMMED),
                m("d-updated-figure", Duration.ofHours(7), UPDATED),
                m("e-copy", Duration.ofHours(3), COPY),
                m("b-original", Duration.ofHours(5), TRIMMED)));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            Collections.shuffle(matches, random);
            Optional<NearDuplicateMatch> d = DECISION.decide("x", NOW, matches);
            assertEquals("b-original", d.orElseThrow().id(), matches.toString());
        }
        assertEquals(new DuplicateVerdict.CopyOf("b-original", 1.0), DECISION.verdict("x", NOW, matches));
    }

    @Test
    void everyPermutationOfFiveMatchesGivesTheSameDecision() {
        List<NearDuplicateMatch> matches = List.of(
                m("k1", Duration.ofMinutes(30), COPY), m("k2", Duration.ofMinutes(90), COPY),
                m("k3", Duration.ofMinutes(90), WEAK), m("k4", Duration.ofDays(2), TRIMMED),
                m("k5", Duration.ofDays(8), COPY));
        List<List<NearDuplicateMatch>> all = new ArrayList<>();
        permutations(new ArrayList<>(matches), 0, all);
        assertEquals(120, all.size());
        for (List<NearDuplicateMatch> p : all) {
            assertEquals("k4", DECISION.decide("x", NOW, p).orElseThrow().id());
        }
    }

    @Test
    void atEqualTimesTheSmallerIdIsEarlier() {
        List<NearDuplicateMatch> matches = List.of(m("id-b", Duration.ofHours(1), COPY), m("id-a", Duration.ofHours(1), COPY));
        assertEquals("id-a", DECISION.decide("id-z", NOW, matches).orElseThrow().id());
        assertEquals("id-a", DECISION.decide("id-z", NOW, List.of(matches.get(1), matches.get(0))).orElseThrow().id());
        // An article seen at the same instant with a smaller id is earlier than the candidates: it is the original.
        assertEquals(Optional.empty(), DECISION.decide("id-0", NOW.minus(Duration.ofHours(1)), matches));
    }

    @Test
    void ignoresItselfLaterArticlesTheWindowAndWhatDoesNotQualify() {
        assertEquals(Optional.empty(), DECISION.decide("x", NOW, List.of(
                new NearDuplicateMatch("x", NOW.minusSeconds(60), COPY),
                new NearDuplicateMatch("later", NOW.plusSeconds(60), COPY),
                m("too-old", Duration.ofDays(7).plusSeconds(1), COPY),
                m("weak", Duration.ofHours(1), WEAK),
                m("updated-figure", Duration.ofHours(1), UPDATED))));
        assertEquals("edge-of-window", DECISION.decide("x", NOW, List.of(m("edge-of-window", Duration.ofDays(7), COPY)))
                .orElseThrow().id());
        assertEquals(DuplicateVerdict.ORIGINAL, DECISION.verdict("x", NOW, List.of()));
    }

    @Test
    void theWindowComesFromTheConfiguration() {
        NearDuplicateDecision oneDay = new NearDuplicateDecision(NearDuplicateConfig.DEFAULT.withWindow(Duration.ofDays(1)));
        List<NearDuplicateMatch> matches = List.of(m("two-days", Duration.ofDays(2), COPY), m("one-hour", Duration.ofHours(1), COPY));
        assertEquals("one-hour", oneDay.decide("x", NOW, matches).orElseThrow().id());
        assertEquals("two-days", DECISION.decide("x", NOW, matches).orElseThrow().id());
    }

    @Test
    void matchesTravelAsJsonWithTheProjectSerde() {
        JsonSerde<NearDuplicateMatch> serde = JsonSerde.of(NearDuplicateMatch.class);
        NearDuplicateMatch m = m("u-123", Duration.ofMinutes(3), TRIMMED);
        assertEquals(m, serde.deserialize("t", serde.serialize("t", m)));
    }

    @Test
    void theRule() {
        NearDuplicateConfig c = NearDuplicateConfig.DEFAULT;
        assertTrue(c.qualifies(new Similarity(0.8, 0.85, 1.0, false, true)), "Jaccard at the threshold");
        assertTrue(!c.qualifies(new Similarity(0.79, 0.89, 1.0, false, true)), "below both thresholds");
        assertTrue(c.qualifies(new Similarity(0.66, 0.99, 0.65, false, true)), "paragraphs cut: 65% as long, 99% in the earlier text");
        assertTrue(!c.qualifies(new Similarity(0.78, 0.97, 0.8, false, true)), "cut and reworded: Jaccard must decide");
        assertTrue(!c.qualifies(new Similarity(0.6, 1.0, 0.6, false, true)), "less than 65% as long: an excerpt");
        assertTrue(!c.qualifies(new Similarity(0.6, 0.6, 1.67, false, true)), "the earlier text expanded: a story of its own");
        assertTrue(!c.qualifies(new Similarity(1.0, 1.0, 1.0, true, true)), "a changed figure");
        assertTrue(!c.jaccardOnly().qualifies(new Similarity(0.7, 1.0, 0.7, false, true)), "Jaccard only");
        assertEquals(0.7, c.score(new Similarity(0.7, 0.8, 0.7, false, true)), 1e-9, "not a copy: the Jaccard");
    }

    private static void permutations(List<NearDuplicateMatch> list, int k, List<List<NearDuplicateMatch>> out) {
        if (k == list.size()) {
            out.add(List.copyOf(list));
            return;
        }
        for (int i = k; i < list.size(); i++) {
            Collections.swap(list, k, i);
            permutations(list, k + 1, out);
            Collections.swap(list, k, i);
        }
    }
}
