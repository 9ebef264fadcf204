package org.khabar.enrich.event;

import java.util.LinkedHashMap;
import java.util.Map;
import org.khabar.model.ArabicFolding;

/**
 * The kind of incident a report is about, from cue words in its lead (folded text): the first
 * kind whose cue appears earliest wins. Unknown when no cue appears: kind then neither joins nor
 * separates reports.
 */
final class EventKinds {
    /** Cue word stems (folded) by kind; order matters only for ties at the same position. */
    private static final Map<String, String[]> CUES = new LinkedHashMap<>();

    static {
        CUES.put("airstrike", new String[] {"غاره", "غارات", "ضربه جويه", "ضربات جويه", "قصف جوي", "طائره مسيره",
            "طائرات مسيره", "مسيره", "درون", "صاروخ", "صواريخ"});
        CUES.put("shelling", new String[] {"قصف مدفعي", "قذيفه", "قذائف", "قصف"});
        CUES.put("bombing", new String[] {"انفجار", "تفجير", "عبوه ناسفه", "سياره مفخخه", "مفخخه", "انتحاري", "حزام ناسف"});
        CUES.put("clashes", new String[] {"اشتباكات", "اشتباك", "معارك", "مواجهات"});
        CUES.put("shooting", new String[] {"اطلاق نار", "اطلاق النار", "رصاص", "قنص"});
        CUES.put("assassination", new String[] {"اغتيال", "اغتال"});
        CUES.put("attack", new String[] {"هجوم", "هجمات", "اعتداء"});
    }

    /** Kinds that outlets mix up for one incident (قصف for an air strike, هجوم for anything): never separate them. */
    private static final Map<String, String> FAMILY = Map.of(
            "airstrike", "strike", "shelling", "strike", "bombing", "bombing", "clashes", "clashes",
            "shooting", "shooting", "assassination", "shooting");

    private EventKinds() {
    }

    /**
     * Whether two kinds rule out one incident: only kinds of different families do; "attack" and
     * unknown kinds are compatible with everything.
     */
    static boolean conflict(String a, String b) {
        if (a == null || b == null || a.equals("attack") || b.equals("attack")) {
            return false;
        }
        return !FAMILY.getOrDefault(a, a).equals(FAMILY.getOrDefault(b, b));
    }

    static String of(String text, int leadChars) {
        String lead = ArabicFolding.foldForMatching(text.length() > leadChars ? text.substring(0, leadChars) : text);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, String[]> kind : CUES.entrySet()) {
            for (String cue : kind.getValue()) {
                int at = indexOfWord(lead, cue);
                if (at >= 0 && at < bestAt) {
                    best = kind.getKey();
                    bestAt = at;
                }
            }
        }
        return best;
    }

    /** Position of {@code cue} starting a word (clitics و/ف/ب/ل/ال allowed before it), or -1. */
    private static int indexOfWord(String text, String cue) {
        int from = 0;
        while (true) {
            int at = text.indexOf(cue, from);
            if (at < 0) {
                return -1;
            }
            int wordStart = text.lastIndexOf(' ', at) + 1;
            String prefix = text.substring(wordStart, at);
            if (prefix.isEmpty() || prefix.matches("[وفبلك]?(ال)?|لل|[وف][بلك](ال)?|[وف]لل")) {
                return at;
            }
            from = at + 1;
        }
    }
}
