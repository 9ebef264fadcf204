package org.khabar.enrich.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khabar.model.Entity;
import org.khabar.model.EntityType;
import org.khabar.model.Mention;

/**
 * Settles overlapping guesses (the longest, then the most reliable, wins), groups the mentions
 * of one entity (same listed entity, same name, a surname after the full name, an alias in
 * brackets or after الملقب), finds the later short mentions of names found once (الخفاجي after
 * تحسين الخفاجي, النجباء after حركة النجباء), and names each entity by its fullest mention.
 */
final class EntityGrouper {
    private EntityGrouper() {
    }

    static List<Entity> group(Analysis a) {
        List<Candidate> accepted = select(a);
        addBracketAliases(a, accepted);
        UnionFind uf = new UnionFind(accepted.size());
        link(a, accepted, uf);
        propagate(a, accepted, uf);
        return entities(a, accepted, uf);
    }

    // ------------------------------------------------------------------ selection

    private static int rank(Candidate c) {
        return switch (c.source) {
            case GAZETTEER -> c.weak ? 3 : 0;
            case HEAD -> 1;
            case TITLE, CUE, ALIAS -> 2;
            default -> 3;
        };
    }

    private static List<Candidate> select(Analysis a) {
        List<Candidate> all = new ArrayList<>(a.candidates);
        all.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(EntityGrouper::rank)
                .thenComparingInt(c -> c.from));
        Candidate[] owner = new Candidate[a.n];
        List<Candidate> accepted = new ArrayList<>();
        List<Candidate> nested = new ArrayList<>();
        for (Candidate c : all) {
            if (c.container != null) {
                nested.add(c);
                continue;
            }
            if (free(owner, c, null)) {
                take(owner, c);
                accepted.add(c);
            }
        }
        java.util.Set<Candidate> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        taken.addAll(accepted);
        for (Candidate c : nested) {
            if (taken.contains(c.container) && free(owner, c, c.container)) {
                accepted.add(c);
            } else if (!taken.contains(c.container) && free(owner, c, null)) {
                take(owner, c);
                accepted.add(c);
            }
        }
        accepted.removeIf(c -> c.type == null);
        accepted.sort(Comparator.comparingInt(c -> c.from));
        return accepted;
    }

    private static boolean free(Candidate[] owner, Candidate c, Candidate allowed) {
        for (int k = c.from; k < c.to; k++) {
            if (owner[k] != null && owner[k] != allowed) {
                return false;
            }
        }
        return true;
    }

    private static void take(Candidate[] owner, Candidate c) {
        for (int k = c.from; k < c.to; k++) {
            owner[k] = c;
        }
    }

    /** حركة المقاومة الإسلامية (حماس)، وكالة الأنباء الكويتية (كونا): the bracketed short name is the same organisation. */
    private static void addBracketAliases(Analysis a, List<Candidate> accepted) {
        TokenView v = a.v;
        boolean anyBracket = false;
        for (Candidate c : accepted) {
            anyBracket |= c.to < a.n && v.hasGap(c.to, TokenView.OPEN);
        }
        if (!anyBracket) {
            return;
        }
        Map<Integer, Candidate> byStart = new HashMap<>();
        for (Candidate c : accepted) {
            byStart.putIfAbsent(c.from, c);
        }
        List<Candidate> extra = new ArrayList<>();
        for (Candidate c : accepted) {
            if (c.type == EntityType.PERSON || c.to >= a.n || !v.hasGap(c.to, TokenView.OPEN)) {
                continue;
            }
            int m = c.to + 1;
            while (m < a.n && m - c.to < 3 && v.joined(m)) {
                m++;
            }
            if (!v.hasGap(m, TokenView.CLOSE)) {
                continue;
            }
            Candidate inside = byStart.get(c.to);
            if (inside != null) {
                if (inside.to == m && inside.type == c.type && inside.sameAs == null) {
                    inside.sameAs = c;
                }
                continue;
            }
            boolean names = true;
            for (int k = c.to; k < m; k++) {
                names &= a.nameLike(k) && !a.has(k, WordClass.COMMON);
            }
            if (names && c.type == EntityType.ORGANIZATION) {
                Candidate alias = Candidate.of(c.type, c.to, m, null, Candidate.Source.ALIAS);
                alias.sameAs = c;
                extra.add(alias);
            }
        }
        accepted.addAll(extra);
        accepted.sort(Comparator.comparingInt(c -> c.from));
    }

    // ------------------------------------------------------------------ grouping

    private static String key(Analysis a, Candidate c) {
        return c.type + "|" + NameKey.of(a.v, c.from, c.to, c.stem);
    }

    /** The proper name inside an organisation or place mention, when it differs from the mention. */
    private static String innerKey(Analysis a, Candidate c) {
        if (c.nameFrom == c.from && c.nameTo == c.to) {
            return null;
        }
        return c.type + "|" + NameKey.of(a.v, c.nameFrom, c.nameTo, c.nameFrom == c.from ? c.stem : null);
    }

    private static void link(Analysis a, List<Candidate> cs, UnionFind uf) {
        Map<Integer, Integer> byEntry = new HashMap<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<Candidate, Integer> index = new java.util.IdentityHashMap<>();
        Map<Long, Integer> bySpan = new HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            index.put(c, i);
            bySpan.putIfAbsent(span(c), i);
            if (c.entryId >= 0) {
                Integer o = byEntry.putIfAbsent(c.entryId, i);
                if (o != null) {
                    uf.union(o, i);
                }
            }
            Integer o = byKey.putIfAbsent(key(a, c), i);
            if (o != null) {
                uf.union(o, i);
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            Candidate c = cs.get(i);
            String inner = innerKey(a, c);
            if (inner != null && c.type == EntityType.ORGANIZATION) {
                Integer o = byKey.get(inner);
                if (o != null && cs.get(o).type == c.type) {
                    uf.union(o, i);
                }
            }
            if (c.sameAs != null) {
                // The linked candidate may have lost to an identical one: find it by its span.
                Integer o = index.get(c.sameAs);
                if (o == null) {
                    o = bySpan.get(span(c.sameAs));
                }
                if (o != null) {
                    uf.union(o, i);
                }
            }
        }
        linkPeople(a, cs, uf);
    }

    private static long span(Candidate c) {
        return ((long) c.from << 32) | c.to;
    }

    /**
     * A shorter person mention joins the nearest earlier full name it ends like (السعيدي, طالب
     * السعيدي, أبو تقوى السعيدي → مشتاق طالب السعيدي), else the nearest later one.
     */
    private static void linkPeople(Analysis a, List<Candidate> cs, UnionFind uf) {
        // Only names that end with the same word can be one person: bucket by the last word.
        Map<String, List<Integer>> byLast = new HashMap<>();
        Map<Integer, String[]> words = new HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).type == EntityType.PERSON) {
                String[] w = words(a, cs.get(i));
                words.put(i, w);
                byLast.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : byLast.values()) {
            if (bucket.size() < 2) {
                continue;
            }
            // Distinct spellings only: one representative per name, the rest join it by key.
            Map<String, Integer> firstOf = new HashMap<>();
            List<Integer> reps = new ArrayList<>();
            for (int x : bucket) {
                String k = String.join(" ", words.get(x)) + (cs.get(x).isKunya() ? "#k" : "");
                if (firstOf.putIfAbsent(k, x) == null) {
                    reps.add(x);
                }
            }
            for (int x : bucket) {
                Candidate c = cs.get(x);
                String[] w = words.get(x);
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int y : reps) {
                    if (y == x) {
                        continue;
                    }
                    Candidate o = cs.get(y);
                    String[] other = words.get(y);
                    if (other.length <= w.length && !(c.isKunya() && other.length >= 2)) {
                        continue;
                    }
                    if (!endsLike(w, other, c.isKunya())) {
                        continue;
                    }
                    int distance = o.from < c.from ? c.from - o.from : 1_000_000 + o.from - c.from;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = y;
                    }
                }
                if (best >= 0) {
                    uf.union(best, x);
                }
            }
        }
    }

    private static String[] words(Analysis a, Candidate c) {
        return NameKey.of(a.v, c.from, c.to, c.stem).split(" ");
    }

    /** Short ends like long: same last word, and for two or more words, a suffix or first-and-last match. */
    private static boolean endsLike(String[] shorter, String[] longer, boolean kunya) {
        if (shorter.length == 0 || longer.length == 0) {
            return false;
        }
        String last = shorter[shorter.length - 1];
        if (!last.equals(longer[longer.length - 1]) || last.length() < 3) {
            return false;
        }
        if (kunya) {
            // أبو تقوى السعيدي names the same man as مشتاق طالب السعيدي when the family name agrees.
            return shorter.length >= 3 && !longer[0].equals("ابو");
        }
        if (shorter.length == 1) {
            return true;
        }
        if (shorter.length >= longer.length) {
            return false;
        }
        boolean suffix = true;
        for (int k = 1; k <= shorter.length; k++) {
            suffix &= shorter[shorter.length - k].equals(longer[longer.length - k]);
        }
        return suffix || shorter[0].equals(longer[0]);
    }

    // ------------------------------------------------------------------ propagation

    private record Alias(int candidate, boolean guarded) {
    }

    private static void propagate(Analysis a, List<Candidate> cs, UnionFind uf) {
        PhraseTrie<List<Alias>> aliases = new PhraseTrie<>();
        TokenView v = a.v;
        int original = cs.size();
        for (int i = 0; i < original; i++) {
            Candidate c = cs.get(i);
            if (c.type == EntityType.PERSON && !c.isKunya() && c.length() >= 2) {
                int last = c.to - 1;
                if (!a.has(last, WordClass.GIVEN | WordClass.STOP | WordClass.PARTICLE | WordClass.COMMON | WordClass.TIME)
                        && v.form(last).length() >= 3 && !NameParser.COMPOUND_ENDS.contains(v.form(last))
                        && !NameParser.REGNAL.contains(v.form(last)) && !a.isTitle(last)) {
                    boolean guarded = a.has(last, WordClass.NATIONALITY);
                    addAlias(aliases, new String[] {v.form(last)}, new Alias(i, guarded));
                }
            } else if (c.source == Candidate.Source.HEAD && c.entryId < 0 && c.nameTo > c.nameFrom) {
                boolean allCommon = true;
                for (int k = c.nameFrom; k < c.nameTo; k++) {
                    allCommon &= a.has(k, WordClass.COMMON | WordClass.STOP | WordClass.TIME);
                }
                if (!allCommon && (c.type == EntityType.LOCATION || c.nameFrom > c.from)) {
                    String[] toks = new String[c.nameTo - c.nameFrom];
                    for (int k = c.nameFrom; k < c.nameTo; k++) {
                        toks[k - c.nameFrom] = v.form(k);
                    }
                    if (!(toks.length == 1 && a.has(c.nameFrom, WordClass.GIVEN))) {
                        addAlias(aliases, toks, new Alias(i, false));
                    }
                }
            }
        }
        if (aliases.size() == 0) {
            return;
        }
        boolean[] covered = new boolean[a.n];
        for (Candidate c : cs) {
            for (int k = c.from; k < c.to; k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i < a.n; i++) {
            if (covered[i]) {
                continue;
            }
            PhraseTrie.Match<List<Alias>> m = aliases.longestAt(v, i, true);
            if (m == null || m.stem().rebuiltArticle() && m.stem().prefix() > 0) {
                continue;
            }
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) {
                free &= !covered[k];
            }
            if (!free) {
                continue;
            }
            Alias target = nearest(m.value(), cs, i);
            Candidate t = cs.get(target.candidate());
            if (target.guarded() && !standsAlone(a, i, m.stem())) {
                continue;
            }
            Candidate p = new Candidate(t.type, m.from(), m.to(), m.stem(), m.from(), m.to(), -1,
                    Candidate.Source.PROPAGATED, false);
            cs.add(p);
            uf.add();
            uf.union(target.candidate(), cs.size() - 1);
            for (int k = m.from(); k < m.to(); k++) {
                covered[k] = true;
            }
            i = m.to() - 1;
        }
    }

    private static void addAlias(PhraseTrie<List<Alias>> trie, String[] toks, Alias alias) {
        List<Alias> list = trie.get(toks);
        if (list == null) {
            list = new ArrayList<>(1);
            trie.put(toks, list);
        }
        list.add(alias);
    }

    /** The alias of the nearest earlier name, else the first later one (options are in text order). */
    private static Alias nearest(List<Alias> options, List<Candidate> cs, int at) {
        int lo = 0;
        int hi = options.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cs.get(options.get(mid).candidate()).from <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return options.get(found >= 0 ? found : 0);
    }

    /**
     * A surname that is also an adjective (السوداني) names the person only where no noun precedes
     * it for it to describe: after a verb, a particle, a title, or at the start of a clause.
     */
    private static boolean standsAlone(Analysis a, int i, Stem stem) {
        if (stem != null && stem.prefix() > 0) {
            return true;
        }
        if (i == 0 || a.v.breakBefore(i) || a.v.hasGap(i, TokenView.QUOTE)) {
            return true;
        }
        int p = i - 1;
        return a.has(p, WordClass.SAYING | WordClass.STOP) || a.isTitle(p) || a.verbShaped(p) && !a.definite(p);
    }

    // ------------------------------------------------------------------ output

    private static List<Entity> entities(Analysis a, List<Candidate> cs, UnionFind uf) {
        Map<Integer, List<Candidate>> groups = new HashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(cs.get(i));
        }
        List<List<Candidate>> ordered = new ArrayList<>(groups.values());
        for (List<Candidate> g : ordered) {
            g.sort(Comparator.comparingInt(c -> c.from));
        }
        ordered.sort(Comparator.comparingInt(g -> g.get(0).from));
        List<Entity> out = new ArrayList<>(ordered.size());
        for (List<Candidate> g : ordered) {
            Candidate best = null;
            for (Candidate c : g) {
                if (best == null || better(c, best)) {
                    best = c;
                }
            }
            EntityType type = best.type;
            List<Mention> mentions = new ArrayList<>(g.size());
            for (Candidate c : g) {
                Mention m = a.v.mention(c.from, c.to, c.stem);
                if (mentions.isEmpty() || mentions.get(mentions.size() - 1).start() != m.start()) {
                    mentions.add(m);
                }
            }
            out.add(new Entity(type, canonical(a, best), mentions));
        }
        return out;
    }

    private static boolean better(Candidate c, Candidate best) {
        if (c.isKunya() != best.isKunya()) {
            return !c.isKunya();
        }
        if (c.length() != best.length()) {
            return c.length() > best.length();
        }
        boolean cRebuilt = c.stem != null && c.stem.rebuiltArticle();
        boolean bRebuilt = best.stem != null && best.stem.rebuiltArticle();
        if (cRebuilt != bRebuilt) {
            return !cRebuilt;
        }
        return false;
    }

    /** The mention as written; for لل + name the article's elided alef is written back (للحشد → الحشد). */
    private static String canonical(Analysis a, Candidate c) {
        if (c.stem != null && c.stem.rebuiltArticle()) {
            int s = a.v.normStart(c.from, c.stem) + 2;
            return "ال" + a.v.text.mention(s, a.v.normEnd(c.to)).text();
        }
        return a.v.mention(c.from, c.to, c.stem).text();
    }

    /** Union-find over candidate indexes; grows as propagation adds mentions. */
    static final class UnionFind {
        private int[] parent;
        private int size;

        UnionFind(int n) {
            parent = new int[Math.max(4, n)];
            size = n;
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        void add() {
            if (size == parent.length) {
                parent = java.util.Arrays.copyOf(parent, size * 2);
            }
            parent[size] = size;
            size++;
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int x, int y) {
            int rx = find(x);
            int ry = find(y);
            if (rx != ry) {
                // Keep the earlier candidate as root so groups stay stable.
                if (rx < ry) {
                    parent[ry] = rx;
                } else {
                    parent[rx] = ry;
                }
            }
        }
    }
}
