package org.khabar.enrich.topology;

import java.util.Map;
import org.khabar.enrich.dedup.NearDuplicateMatch;

/**
 * What flows through the near-duplicate repartition topics ("dedup-by-band" keyed by band key,
 * "dedup-gather" keyed by article id), one shape for all four kinds:
 * <ul>
 * <li>PROBE: an article's sketch, to its band bucket;</li>
 * <li>ARTICLE: the article itself (original bytes, provenance), to where its verdict is decided;</li>
 * <li>MATCH: a bucket found an earlier near copy of {@code articleId};</li>
 * <li>DONE: a bucket has processed the probe of {@code articleId}.</li>
 * </ul>
 * {@code firstSeen} orders articles (original before copy, stable across redeliveries);
 * {@code round} identifies one processing of the article (larger is later): answers for an older
 * processing are ignored, a newer one (the same id again, a replay) starts afresh.
 */
record NearMessage(Type type, String articleId, long firstSeen, long round, byte[] sketch, int bands, byte[] raw,
                   String fingerprint, boolean redelivery, Map<String, String> provenance, NearDuplicateMatch match) {
    enum Type { PROBE, ARTICLE, MATCH, DONE }

    static NearMessage probe(String id, long firstSeen, long round, byte[] sketch) {
        return new NearMessage(Type.PROBE, id, firstSeen, round, sketch, 0, null, null, false, null, null);
    }

    static NearMessage article(String id, long firstSeen, long round, int bands, byte[] raw, String fingerprint,
                               boolean redelivery, Map<String, String> provenance) {
        return new NearMessage(Type.ARTICLE, id, firstSeen, round, null, bands, raw, fingerprint, redelivery, provenance,
                null);
    }

    static NearMessage match(String id, long round, NearDuplicateMatch match) {
        return new NearMessage(Type.MATCH, id, -1, round, null, 0, null, null, false, null, match);
    }

    static NearMessage done(String id, long round) {
        return new NearMessage(Type.DONE, id, -1, round, null, 0, null, null, false, null, null);
    }
}
