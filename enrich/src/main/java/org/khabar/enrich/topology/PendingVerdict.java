package org.khabar.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import org.khabar.enrich.dedup.NearDuplicateMatch;

/**
 * What the decision for one article waits on (a store value keyed by article id): the article,
 * how many of its buckets have answered, the near copies they found, and when it last changed.
 */
record PendingVerdict(long round, NearMessage article, long articleTimestamp, int done,
                      List<NearDuplicateMatch> matches, long updatedAt, boolean decided) {

    static PendingVerdict open(long round, long now) {
        return new PendingVerdict(round, null, -1, 0, List.of(), now, false);
    }

    /** Decided as an original: the article is kept while decided entries are, so a late match can correct it. */
    boolean correctable() {
        return decided && article != null;
    }

    boolean ready() {
        return !decided && article != null && done >= article.bands();
    }

    PendingVerdict withArticle(NearMessage a, long timestamp, long now) {
        return new PendingVerdict(round, a, timestamp, done, matches, now, decided);
    }

    PendingVerdict withDone(long now) {
        return new PendingVerdict(round, article, articleTimestamp, done + 1, matches, now, decided);
    }

    PendingVerdict withMatch(NearDuplicateMatch m, long now) {
        List<NearDuplicateMatch> all = new ArrayList<>(matches);
        all.add(m);
        return new PendingVerdict(round, article, articleTimestamp, done, all, now, decided);
    }

    PendingVerdict asDecided(long now, boolean original) {
        return new PendingVerdict(round, original ? article : null, articleTimestamp, done, List.of(), now, true);
    }
}
