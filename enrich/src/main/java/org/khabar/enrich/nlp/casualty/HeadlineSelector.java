package org.khabar.enrich.nlp.casualty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khabar.model.CasualtyKind;

/**
 * Chooses the main event's killed and injured figures among the counts of an article.
 * <ol>
 * <li>Counts marked as background, running totals or sub-counts never qualify.</li>
 * <li>The first qualifying count in reading order wins (the lead carries the main event), added
 * to the counts coordinated with it (استشهاد 10 جنود وثلاثة عمال = 13); counts only
 * weakly marked as background (وكان ... قد) are used when nothing else qualifies.</li>
 * <li>A later update of the toll (ارتفع عدد القتلى إلى 9) replaces it when it is plausible as
 * the same incident's toll (not smaller, at most ten times larger): larger jumps are
 * aggregates.</li>
 * <li>Without any explicit count, one or two named victims (مقتل جندي، قتل قيادي وعنصر)
 * give the figure.</li>
 * <li>Once the killed figure is known, a sentence reporting a clearly different killed figure
 * (half again as large or smaller) is about another incident, and its injured count does not
 * qualify either.</li>
 * </ol>
 */
final class HeadlineSelector {
    private HeadlineSelector() {
    }

    /** The headline figures, {killed, injured}; marks counts of other incidents as {@link Finding#foreign}. */
    static Integer[] select(List<Finding> findings, Layout layout) {
        Selection killed = figure(findings, CasualtyKind.KILLED);
        if (killed.value != null) {
            Set<Integer> foreignSentences = new HashSet<>();
            for (Finding f : findings) {
                if (f.kind == CasualtyKind.KILLED && !f.implicit && !f.subcount && !f.background && !f.cumulative
                        && clearlyDifferent(f.count, killed.counts)) {
                    f.foreign = true;
                    foreignSentences.add(layout.sentence[f.anchor]);
                }
            }
            for (Finding f : findings) {
                if (f.kind == CasualtyKind.INJURED && foreignSentences.contains(layout.sentence[f.anchor])) {
                    f.foreign = true;
                }
            }
        }
        Selection injured = figure(findings, CasualtyKind.INJURED);
        return new Integer[] {killed.value, injured.value};
    }

    /**
     * A killed count unlike every figure of the main event: another incident. Close figures
     * (13 and 15) are the same incident told twice, as recaps and sources differ.
     */
    private static boolean clearlyDifferent(int count, Set<Integer> mainCounts) {
        for (int m : mainCounts) {
            if (Math.max(count, m) < 1.5 * Math.min(count, m)) {
                return false;
            }
        }
        return true;
    }

    /** A chosen figure and every count that agrees with it (the parts and updates it was built from). */
    private record Selection(Integer value, Set<Integer> counts) {
    }

    private static Selection figure(List<Finding> findings, CasualtyKind kind) {
        List<Finding> strong = new ArrayList<>();
        List<Finding> weak = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind == kind && !f.implicit && f.mainEventCandidate()) {
                (f.weakBackground ? weak : strong).add(f);
            }
        }
        List<Finding> pool = strong.isEmpty() ? weak : strong;
        Set<Integer> counts = new HashSet<>();
        if (pool.isEmpty()) {
            Integer best = null;
            for (boolean allowWeak : new boolean[] {false, true}) {
                for (Finding f : findings) {
                    if (f.kind == kind && f.implicit && f.mainEventCandidate() && (allowWeak || !f.weakBackground)) {
                        best = best == null ? f.count : Math.max(best, f.count);
                    }
                }
                if (best != null) {
                    break;
                }
            }
            if (best != null) {
                counts.add(best);
            }
            return new Selection(best, counts);
        }
        Finding first = pool.get(0);
        int base = 0;
        for (Finding f : findings) {
            // the explicit counts of the first group, and single victims coordinated with them
            if (f.group == first.group && f.kind == kind && !f.subcount && (pool.contains(f) || f.implicit)) {
                base += f.count;
                counts.add(f.count);
            }
        }
        counts.add(base);
        int value = base;
        int bestRevision = -1;
        for (Finding f : pool) {
            if (f.revision) {
                bestRevision = Math.max(bestRevision, f.count);
            }
        }
        if (bestRevision >= 0) {
            if (first.revision || (bestRevision >= base && bestRevision <= 10L * base + 10)) {
                value = Math.max(bestRevision, first.revision ? bestRevision : base);
                for (Finding f : pool) {
                    if (f.revision && f.count <= value) {
                        counts.add(f.count);
                    }
                }
            }
        }
        counts.add(value);
        return new Selection(value, counts);
    }
}
