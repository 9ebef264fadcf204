package org.khabar.enrich.dedup;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision for one article, given the matches collected from all its band buckets: the
 * original is the <em>earliest</em> qualifying article, "earliest" by (first-seen time, id).
 * Matches that are the article itself, not earlier than it, older than the window, or not similar
 * enough by {@link NearDuplicateConfig#qualifies} are ignored. The result depends only on the set
 * of matches, never on the order in which they arrive or on how often one is repeated (the same
 * earlier article found through several bands), so every partitioning gives the same answer.
 */
public final class NearDuplicateDecision {
    private final NearDuplicateConfig config;

    public NearDuplicateDecision(NearDuplicateConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public NearDuplicateConfig config() {
        return config;
    }

    /** The original this article copies, if any. */
    public Optional<NearDuplicateMatch> decide(String articleId, Instant firstSeen,
                                               Collection<NearDuplicateMatch> matches) {
        Duration window = config.window();
        NearDuplicateMatch best = null;
        for (NearDuplicateMatch m : matches) {
            if (m.id().equals(articleId)
                    || !NearDuplicateMatch.isEarlier(m.firstSeen(), m.id(), firstSeen, articleId)
                    || Duration.between(m.firstSeen(), firstSeen).compareTo(window) > 0
                    || !config.qualifies(m.similarity())) {
                continue;
            }
            if (best == null || NearDuplicateMatch.EARLIEST_FIRST.compare(m, best) < 0
                    || (NearDuplicateMatch.EARLIEST_FIRST.compare(m, best) == 0
                        && config.score(m.similarity()) > config.score(best.similarity()))) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@link #decide} as a verdict: a copy of the original with its similarity score, or an original. */
    public DuplicateVerdict verdict(String articleId, Instant firstSeen, Collection<NearDuplicateMatch> matches) {
        return decide(articleId, firstSeen, matches)
                .<DuplicateVerdict>map(m -> new DuplicateVerdict.CopyOf(m.id(), config.score(m.similarity())))
                .orElse(DuplicateVerdict.ORIGINAL);
    }
}
