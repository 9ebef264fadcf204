package org.khabar.enrich.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khabar.enrich.dedup.DuplicateDetector;
import org.khabar.enrich.dedup.DuplicateVerdict;
import org.khabar.enrich.dedup.NearDuplicateConfig;
import org.khabar.enrich.dedup.NearDuplicates;
import org.khabar.enrich.dedup.ReplayClock;
import org.khabar.enrich.dedup.Sketch;
import org.khabar.model.ArabicFolding;
import org.khabar.model.ArticleIds;
import org.khabar.model.RawArticle;

/**
 * {@code khabar bench dedup FILE}: measures duplicate detection on a corpus of raw-article JSON
 * lines against the exact answer.
 *
 * <ol>
 *   <li><b>Exact pairs</b>: every pair of articles with word-5-shingle Jaccard &ge; 0.8, computed
 *       exactly: shingles are the strings themselves (interned, no hashing), pairs are counted
 *       through an inverted index. A text of fewer than 5 words is one shingle (so identical short
 *       texts have Jaccard 1). Also computed exactly: the pipeline's own rule on the words it
 *       matches (Jaccard &ge; 0.8, or 99% of the later text in the earlier with a length ratio
 *       &ge; 0.65; no changed figure).</li>
 *   <li><b>Detector</b>: the pipeline's duplicate detection ({@link DuplicateDetector}: fingerprint
 *       fast path, then MinHash/LSH with exact verification), fed in corpus order with first-seen
 *       times as in {@code enrich --offline}. Once with the production rule, once with Jaccard
 *       alone.</li>
 *   <li><b>Scores</b>, against a set of exact pairs: the pairs' connected components are the
 *       stories. An article <i>should be a copy</i> when some article before it in the stream is
 *       paired with it. A detected link "A is a copy of X" is <i>correct</i> when A and X are in
 *       the same story. Precision = correct links / links; recall = articles that should be a copy
 *       and have a correct link / articles that should be a copy.</li>
 * </ol>
 */
public final class DedupBenchmark {
    private static final int SHINGLE_WORDS = 5;

    private DedupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DedupBenchmark CORPUS.jsonl");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(Path.of(args[0]), out);
    }

    /** Precision and recall of one detector run against one set of exact pairs. */
    public record Score(int links, int correctLinks, int shouldBeCopies, int found) {
        public double precision() {
            return links == 0 ? 1.0 : (double) correctLinks / links;
        }

        public double recall() {
            return shouldBeCopies == 0 ? 1.0 : (double) found / shouldBeCopies;
        }
    }

    /** The figures the benchmark prints. */
    public record Result(int articles, int exactJaccardPairs, int exactRulePairs, long exactMillis,
                         long detectorMillis, long jaccardOnlyMillis,
                         Score productionVsJaccard, Score productionVsRule, Score jaccardOnlyVsJaccard,
                         int extraLinksThatAreRulePairs) {
        public double articlesPerSecond() {
            return detectorMillis == 0 ? Double.POSITIVE_INFINITY : articles * 1000.0 / detectorMillis;
        }
    }

    public static Result run(Path corpus, PrintStream out) throws IOException {
        return run(corpus, out, NearDuplicateConfig.DEFAULT);
    }

    public static Result run(Path corpus, PrintStream out, NearDuplicateConfig config) throws IOException {
        Corpus loaded = Corpus.load(corpus);
        List<RawArticle> articles = loaded.articles();
        int invalid = loaded.refused();
        int n = articles.size();
        out.printf(Locale.ROOT, "dedup benchmark on %s: %d articles (%d lines refused by the decoder)%n",
                corpus, n, invalid);
        out.printf(Locale.ROOT, "detector: %d-word shingles, MinHash %d x 16 bit, LSH %d bands x %d rows, "
                        + "pre-filter estimated J >= %.2f; rule: J >= %.2f or (share of the later text in the earlier "
                        + ">= %.2f "
                        + "and length ratio later/earlier >= %.2f), no changed figure%n",
                config.shingleWords(), config.hashes(), config.bands(), config.rows(), config.prefilterJaccard(),
                config.jaccardThreshold(), config.containmentThreshold(), config.minLengthRatio());

        // 1. Exact pairs.
        long t0 = System.nanoTime();
        List<int[]> jaccardPairs = exactPairs(exactShingles(articles, false), config, false);
        long exactMillis = (System.nanoTime() - t0) / 1_000_000;
        // The pipeline's rule, exactly: on the words it matches (the text's body), with its figure guard.
        int[][] bodyShingles = exactShingles(articles, true);
        List<int[]> ruleCandidates = exactPairs(bodyShingles, config, true);
        NearDuplicates near = new NearDuplicates(config);
        Map<Integer, Sketch> sketches = new HashMap<>();
        List<int[]> rulePairs = new ArrayList<>();
        int changedFigure = 0;
        for (int[] p : ruleCandidates) {
            Sketch a = sketches.computeIfAbsent(p[0], i -> near.sketch(articles.get(i).text()));
            Sketch b = sketches.computeIfAbsent(p[1], i -> near.sketch(articles.get(i).text()));
            if (near.verify(a, b).figuresConflict()) {
                changedFigure++;
            } else {
                rulePairs.add(p);
            }
        }
        out.printf(Locale.ROOT, "exact: %d pairs with Jaccard >= 0.8 in %d ms; %d pairs under the pipeline's rule "
                        + "(%d more excluded by a changed figure)%n",
                jaccardPairs.size(), exactMillis, rulePairs.size(), changedFigure);

        // 2. Detector runs.
        // The Jaccard-only run first: it also warms the JIT up for the timed production run.
        long t1 = System.nanoTime();
        int[] jaccardOnly = detect(articles, new DuplicateDetector(config.jaccardOnly()));
        long jaccardOnlyMillis = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        DuplicateDetector productionDetector = new DuplicateDetector(config);
        int[] production = detect(articles, productionDetector);
        long detectorMillis = (System.nanoTime() - t2) / 1_000_000;
        out.printf(Locale.ROOT, "detector (exact + near, incl. folding, SHA-256 fingerprint and sketching): %d copies "
                        + "flagged in %d ms (%.0f articles/s); Jaccard-only, first on a cold JVM: %d copies in %d ms%n",
                count(production), detectorMillis, n * 1000.0 / Math.max(1, detectorMillis),
                count(jaccardOnly), jaccardOnlyMillis);
        var index = productionDetector.nearIndex();
        long remembered = Math.max(1, index.size());
        out.printf(Locale.ROOT, "state: %d articles in the near-duplicate index, %d band buckets (largest %d entries); "
                        + "%d article pairs met in a bucket, %d passed the pre-filter and were compared exactly; "
                        + "per article on average a signature of %d bytes and a shingle set of %d bytes%n",
                index.size(), index.bucketCount(), index.largestBucket(), index.pairsSeen(), index.pairsVerified(),
                index.signatureBytes() / remembered, index.shingleSetBytes() / remembered);

        // 3. Scores.
        Score prodVsJ = score(production, jaccardPairs, n);
        Score prodVsRule = score(production, rulePairs, n);
        Score jOnlyVsJ = score(jaccardOnly, jaccardPairs, n);
        int extra = extraLinksExplainedBy(production, jaccardPairs, rulePairs, n);
        out.println("scores: a story = a connected component of the exact pairs; an article should be a copy when an "
                + "earlier article in the stream is paired with it; a link 'A copies X' is correct when A and X are in "
                + "one story; precision = correct links / links, recall = articles that should be a copy with a "
                + "correct link / articles that should be a copy");
        print(out, "production detector vs exact Jaccard >= 0.8 pairs", prodVsJ);
        out.printf(Locale.ROOT, "  of its %d links outside a Jaccard story, %d join a story of the exact rule pairs "
                        + "(Jaccard >= 0.8 once furniture lines are left out, or a cut copy)%n",
                prodVsJ.links() - prodVsJ.correctLinks(), extra);
        print(out, "production detector vs the same rule computed exactly", prodVsRule);
        // The reference on the words the pipeline matches: short furniture lines (bylines, breadcrumbs) left out.
        print(out, "production detector vs exact Jaccard >= 0.8 pairs of the article bodies",
                score(production, exactPairs(bodyShingles, config, false), n));
        print(out, "Jaccard-only detector vs exact Jaccard >= 0.8 pairs", jOnlyVsJ);
        return new Result(n, jaccardPairs.size(), rulePairs.size(), exactMillis, detectorMillis, jaccardOnlyMillis,
                prodVsJ, prodVsRule, jOnlyVsJ, extra);
    }

    private static void print(PrintStream out, String what, Score s) {
        out.printf(Locale.ROOT, "%s: recall %.4f (%d/%d), precision %.4f (%d/%d)%n", what, s.recall(), s.found(),
                s.shouldBeCopies(), s.precision(), s.correctLinks(), s.links());
    }

    /**
     * Distinct shingles of each article as sorted ids of the shingle strings: of the whole folded
     * text, or of the words the pipeline matches ({@link NearDuplicates#matchingWords}).
     */
    private static int[][] exactShingles(List<RawArticle> articles, boolean body) {
        Map<String, Integer> ids = new HashMap<>();
        int[][] out = new int[articles.size()][];
        for (int d = 0; d < articles.size(); d++) {
            String text = articles.get(d).text();
            String[] words;
            if (body) {
                words = NearDuplicates.matchingWords(text).toArray(new String[0]);
            } else {
                String folded = ArabicFolding.foldForMatching(text);
                words = folded.isEmpty() ? new String[0] : folded.split(" ");
            }
            List<String> sh = new ArrayList<>();
            if (words.length > 0 && words.length < SHINGLE_WORDS) {
                sh.add(String.join(" ", words));
            }
            for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
                sh.add(String.join(" ", Arrays.asList(words).subList(i, i + SHINGLE_WORDS)));
            }
            int[] set = new int[sh.size()];
            for (int i = 0; i < set.length; i++) {
                set[i] = ids.computeIfAbsent(sh.get(i), k -> ids.size());
            }
            out[d] = Arrays.stream(set).sorted().distinct().toArray();
        }
        return out;
    }

    /**
     * All pairs (earlier, later) with Jaccard &ge; the threshold, or also those qualifying by
     * containment (before the figure guard), by counting shared shingles through an inverted
     * index: exact, no sampling.
     */
    private static List<int[]> exactPairs(int[][] shingles, NearDuplicateConfig c, boolean withContainment) {
        List<int[]> pairs = new ArrayList<>();
        int vocabulary = 0;
        for (int[] s : shingles) {
            for (int v : s) {
                vocabulary = Math.max(vocabulary, v + 1);
            }
        }
        int[] postingCount = new int[vocabulary];
        for (int[] s : shingles) {
            for (int v : s) {
                postingCount[v]++;
            }
        }
        int[][] postings = new int[vocabulary][];
        for (int v = 0; v < vocabulary; v++) {
            postings[v] = new int[postingCount[v]];
        }
        int[] fill = new int[vocabulary];
        int[] shared = new int[shingles.length];
        int[] touched = new int[shingles.length];
        for (int d = 0; d < shingles.length; d++) {
            int nTouched = 0;
            for (int v : shingles[d]) {
                int[] list = postings[v];
                for (int i = 0; i < fill[v]; i++) {
                    int e = list[i];
                    if (shared[e]++ == 0) {
                        touched[nTouched++] = e;
                    }
                }
                list[fill[v]++] = d;
            }
            for (int t = 0; t < nTouched; t++) {
                int e = touched[t];
                int inter = shared[e];
                shared[e] = 0;
                int na = shingles[e].length;
                int nb = shingles[d].length;
                double j = (double) inter / (na + nb - inter);
                // The later article d against the earlier e, as the detector measures it.
                double containment = (double) inter / nb;
                double ratio = (double) nb / na;
                if (j >= c.jaccardThreshold() || (withContainment && containment >= c.containmentThreshold()
                        && ratio >= c.minLengthRatio())) {
                    pairs.add(new int[] {e, d});
                }
            }
        }
        return pairs;
    }

    /** Runs the detector in corpus order; returns for each article the index of its original, or -1. */
    private static int[] detect(List<RawArticle> articles, DuplicateDetector detector) {
        Map<String, Integer> index = new HashMap<>();
        int[] links = new int[articles.size()];
        ReplayClock firstSeen = new ReplayClock(Clock.systemUTC());
        for (int i = 0; i < articles.size(); i++) {
            RawArticle a = articles.get(i);
            index.putIfAbsent(a.id(), i);
            Instant at = firstSeen.next(a.publishedAt());
            DuplicateVerdict v = detector.check(a.id(), ArticleIds.fingerprint(a.text()), a.text(), at);
            links[i] = v instanceof DuplicateVerdict.CopyOf copy ? index.getOrDefault(copy.originalId(), -1) : -1;
            if (v instanceof DuplicateVerdict.CopyOf && links[i] < 0) {
                throw new IllegalStateException("copy of an unknown article: " + v);
            }
        }
        return links;
    }

    private static int count(int[] links) {
        return (int) Arrays.stream(links).filter(l -> l >= 0).count();
    }

    static Score score(int[] links, List<int[]> pairs, int n) {
        int[] story = components(pairs, n);
        boolean[] should = new boolean[n];
        for (int[] p : pairs) {
            should[Math.max(p[0], p[1])] = true;
        }
        int nLinks = 0;
        int correct = 0;
        int shouldCount = 0;
        int found = 0;
        for (int i = 0; i < n; i++) {
            boolean isLink = links[i] >= 0;
            boolean ok = isLink && story[i] == story[links[i]];
            if (isLink) {
                nLinks++;
                if (ok) {
                    correct++;
                }
            }
            if (should[i]) {
                shouldCount++;
                if (ok) {
                    found++;
                }
            }
        }
        return new Score(nLinks, correct, shouldCount, found);
    }

    /** Links that are wrong against the Jaccard stories but right against the rule's stories. */
    private static int extraLinksExplainedBy(int[] links, List<int[]> jaccard, List<int[]> rule, int n) {
        int[] js = components(jaccard, n);
        int[] rs = components(rule, n);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (links[i] >= 0 && js[i] != js[links[i]] && rs[i] == rs[links[i]]) {
                k++;
            }
        }
        return k;
    }

    private static int[] components(List<int[]> pairs, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] p : pairs) {
            int a = find(parent, p[0]);
            int b = find(parent, p[1]);
            if (a != b) {
                parent[a] = b;
            }
        }
        for (int i = 0; i < n; i++) {
            parent[i] = find(parent, i);
        }
        return parent;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
