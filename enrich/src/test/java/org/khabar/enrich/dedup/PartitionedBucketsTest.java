package org.khabar.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khabar.enrich.dedup.Stories.BASRA_FLOOD;
import static org.khabar.enrich.dedup.Stories.BOOK_FAIR;
import static org.khabar.enrich.dedup.Stories.MARKET_BOMBING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The library used the way the topology is meant to use it, without Kafka: each article's band
 * records go to partition {@code hash(bandKey) % P}; each partition holds its buckets and receives
 * the records in its own, arbitrary order. A bucket compares an arriving record with each entry it
 * holds and reports the match to the later of the two (by first-seen time, then id), so a record
 * that arrives late still reaches the article it concerns. Each article is decided over the
 * matches reported to it. The decisions must not depend on P or on the interleaving, and must equal
 * the offline index's, which sees the articles one by one in time order.
 */
class PartitionedBucketsTest {
    private static final NearDuplicates NEAR = new NearDuplicates();
    private static final NearDuplicateDecision DECISION = new NearDuplicateDecision(NEAR.config());

    private record Article(String id, Instant firstSeen, Sketch sketch) {
    }

    private record BandRecord(String key, Article article) {
    }

    private static List<Article> stream() {
        Instant t = Instant.parse("2025-03-11T08:00:00Z");
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("bombing", Stories.text(MARKET_BOMBING));
        texts.put("bombing-other-report", Stories.text(Stories.MARKET_BOMBING_OTHER_REPORT));
        texts.put("bombing-trimmed", Stories.trimmed(MARKET_BOMBING, 4));
        texts.put("bombing-framed", Stories.framed(MARKET_BOMBING));
        texts.put("flood", Stories.text(BASRA_FLOOD));
        texts.put("bombing-toll-update", Stories.text(Stories.replacing(MARKET_BOMBING, "قتل 7 أشخاص وأصيب 15 آخرون",
                "قتل 11 شخصا وأصيب 20 آخرون")));
        texts.put("flood-framed-trimmed", Stories.framed(BASRA_FLOOD.subList(0, 4)));
        texts.put("bombing-follow-up", Stories.text(Stories.MARKET_BOMBING_FOLLOW_UP));
        texts.put("toll-update-indic", Stories.indicDigits(Stories.framed(Stories.replacing(MARKET_BOMBING,
                "قتل 7 أشخاص وأصيب 15 آخرون", "قتل 11 شخصا وأصيب 20 آخرون"))));
        texts.put("book-fair", Stories.text(BOOK_FAIR));
        texts.put("bombing-intro", Stories.withIntro("أفادت مصادر محلية في بابل بما يلي عن هجوم اليوم:", MARKET_BOMBING));
        List<Article> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : texts.entrySet()) {
            out.add(new Article(e.getKey(), t.plus(Duration.ofMinutes(7L * i++)), NEAR.sketch(e.getValue())));
        }
        // Two articles seen at the same instant: the smaller id is the earlier one everywhere.
        out.add(new Article("same-instant-b", t.plus(Duration.ofHours(5)), NEAR.sketch(Stories.trimmed(BOOK_FAIR, 3))));
        out.add(new Article("same-instant-a", t.plus(Duration.ofHours(5)), NEAR.sketch(Stories.framed(BOOK_FAIR))));
        return out;
    }

    @Test
    void decisionsDoNotDependOnPartitionsOrInterleaving() {
        List<Article> articles = stream();
        Map<String, DuplicateVerdict> expected = offline(articles);
        assertEquals(new DuplicateVerdict.CopyOf("bombing", 1.0), expected.get("bombing-trimmed"));
        assertEquals("bombing", ((DuplicateVerdict.CopyOf) expected.get("bombing-framed")).originalId());
        assertEquals("bombing-toll-update", ((DuplicateVerdict.CopyOf) expected.get("toll-update-indic")).originalId());
        assertEquals("flood", ((DuplicateVerdict.CopyOf) expected.get("flood-framed-trimmed")).originalId());
        assertEquals("book-fair", ((DuplicateVerdict.CopyOf) expected.get("same-instant-a")).originalId());
        assertEquals("book-fair", ((DuplicateVerdict.CopyOf) expected.get("same-instant-b")).originalId());
        for (String original : List.of("bombing", "bombing-other-report", "flood", "bombing-toll-update",
                "bombing-follow-up", "book-fair")) {
            assertEquals(DuplicateVerdict.ORIGINAL, expected.get(original), original);
        }
        Random random = new Random(2025);
        for (int partitions : new int[] {1, 2, 4, 7}) {
            for (int run = 0; run < 25; run++) {
                assertEquals(expected, partitioned(articles, partitions, random), partitions + " partitions");
            }
        }
    }

    private static Map<String, DuplicateVerdict> offline(List<Article> articles) {
        NearDuplicateIndex index = new NearDuplicateIndex(NEAR);
        List<Article> inTimeOrder = new ArrayList<>(articles);
        inTimeOrder.sort((a, b) -> NearDuplicateMatch.isEarlier(a.firstSeen(), a.id(), b.firstSeen(), b.id()) ? -1 : 1);
        Map<String, DuplicateVerdict> out = new HashMap<>();
        for (Article a : inTimeOrder) {
            out.put(a.id(), index.check(a.id(), a.sketch(), a.firstSeen()));
        }
        return out;
    }

    private static Map<String, DuplicateVerdict> partitioned(List<Article> articles, int partitions, Random random) {
        List<List<BandRecord>> inbox = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            inbox.add(new ArrayList<>());
        }
        for (Article a : articles) {
            for (String key : NEAR.bandKeys(a.sketch().signature())) {
                inbox.get(Math.floorMod(key.hashCode(), partitions)).add(new BandRecord(key, a));
            }
        }
        Map<String, List<NearDuplicateMatch>> reported = new HashMap<>();
        for (Article a : articles) {
            reported.put(a.id(), new ArrayList<>());
        }
        // Interleave: each partition's records in a random order, partitions taking turns at random.
        List<Map<String, List<Article>>> buckets = new ArrayList<>();
        for (List<BandRecord> records : inbox) {
            Collections.shuffle(records, random);
            buckets.add(new HashMap<>());
        }
        int[] next = new int[partitions];
        int remaining = inbox.stream().mapToInt(List::size).sum();
        while (remaining > 0) {
            int p = random.nextInt(partitions);
            if (next[p] == inbox.get(p).size()) {
                continue;
            }
            BandRecord r = inbox.get(p).get(next[p]++);
            remaining--;
            List<Article> bucket = buckets.get(p).computeIfAbsent(r.key(), k -> new ArrayList<>());
            for (Article held : bucket) {
                Article earlier = NearDuplicateMatch.isEarlier(held.firstSeen(), held.id(), r.article().firstSeen(),
                        r.article().id()) ? held : r.article();
                Article later = earlier == held ? r.article() : held;
                NEAR.match(later.sketch(), earlier.id(), earlier.firstSeen(), earlier.sketch())
                        .ifPresent(m -> reported.get(later.id()).add(m));
            }
            bucket.add(r.article());
        }
        Map<String, DuplicateVerdict> out = new HashMap<>();
        for (Article a : articles) {
            out.put(a.id(), DECISION.verdict(a.id(), a.firstSeen(), reported.get(a.id())));
        }
        return out;
    }
}
