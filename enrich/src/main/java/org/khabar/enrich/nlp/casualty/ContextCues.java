package org.khabar.enrich.nlp.casualty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khabar.enrich.nlp.text.Token;

/**
 * Reads the words around each count that say which incident it belongs to. News put the main
 * event first and then background; the background announces itself with a handful of cues:
 * <ul>
 * <li>another incident: هجوم مماثل، غارة سابقة، الشهر الماضي، قبل أسبوع، في ذكرى، أواخر
 * ديسمبر، an earlier year, "ردا على مقتل" (the killing that is being answered);</li>
 * <li>a running total: منذ بدء الحرب، منذ 7 أكتوبر، منذ عام 2011، إجمالي، هذا العام، في 15
 * شهرا، a tally of a war (حصيلة ضحايا الحرب);</li>
 * <li>a weak hint, used only when nothing better exists: the pluperfect "وكان ... قد";</li>
 * <li>an update of the same toll: ارتفع/ارتفعت، حصيلة جديدة، ليصل.</li>
 * </ul>
 * Cues are read per sentence, once.
 */
final class ContextCues {
    /** Another incident like, or apart from, the one reported: هجوم مماثل، حادث منفصل. */
    private static final Set<String> SIMILAR = Words.of("مماثل", "مماثله", "مماثلا", "مماثلين", "مشابه", "مشابهه",
            "مشابها", "مماثلتين");
    /** "Separate", only of one incident (حادث منفصل); "حادثين منفصلين" are the incidents reported. */
    private static final Set<String> SEPARATE = Words.of("منفصل", "منفصلة", "منفصلا");
    private static final Set<String> ANOTHER = Words.of("آخر", "أخرى", "آخرى");
    private static final Set<String> PLACES = Words.of("مدينة", "منطقة", "محافظة", "بلدة", "قرية", "مكان", "ولاية",
            "دولة", "حي", "مخيم", "إقليم", "جبهة");
    private static final Set<String> PAST = Words.of("الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه",
            "المنقضي", "المنقضيه");
    private static final Set<String> PERIODS = Words.of("الشهر", "الاسبوع", "العام", "السنه", "الصيف", "الشتاء",
            "الربيع", "الخريف", "شهر", "عام", "اسبوع", "العقد", "القرن", "الموسم", "سنه");
    private static final Set<String> PREVIOUS = Words.of("سابق", "سابقه", "السابق", "السابقه", "سابقا");
    private static final Set<String> INCIDENTS = Words.of("هجوم", "الهجوم", "قصف", "القصف", "غاره", "الغاره", "تفجير",
            "التفجير", "انفجار", "الانفجار", "حادث", "الحادث", "حادثه", "الحادثه", "ضربه", "الضربه", "اعتداء",
            "الاعتداء", "هجمات", "غارات", "ضربات", "حصيله", "الحصيله", "هجوما", "اشتباكات", "عمليه", "العمليه",
            "تفجيرات", "مجزره", "المجزره", "كمين", "الكمين");
    private static final Set<String> ANNIVERSARY = Words.of("ذكري", "الذكري", "بذكري", "لذكري", "وذكري", "ذكرى",
            "باحياء", "احياء", "الذكري");
    private static final Set<String> TIME_UNITS = Words.of("ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "عام",
            "اسبوع", "شهر", "سنه", "عقد", "عقود", "يومين", "شهرين", "عامين", "اسبوعين", "سنتين", "عاما", "شهرا",
            "سنين", "يوما", "اسبوعا");
    private static final Set<String> RECENT_UNITS = Words.of("ايام", "يومين", "يوما", "ساعات", "ساعه", "ساعتين");
    private static final Set<String> LONG_UNITS = Words.of("اشهر", "شهور", "سنوات", "اعوام", "عاما", "شهرا", "سنين",
            "عامين", "شهرين", "سنتين", "عقود", "عقد", "سنه", "عام");
    private static final Set<String> EDGES = Words.of("اواخر", "اوائل", "منتصف", "مطلع", "بدايه", "نهايه", "اواسط");
    private static final Set<String> CUMULATIVE_STARTS = Words.of("بدء", "بدايه", "اندلاع", "مطلع", "انطلاق",
            "بدايات", "اول", "الاول", "عام", "العام", "سنه", "السنه", "اشهر", "شهور", "سنوات", "اعوام", "عقود",
            "عامين", "شهرين", "سنتين", "الحرب", "العدوان", "الثوره", "الازمه", "النزاع", "الصراع", "الاحتجاجات",
            "الانتفاضه", "انطلاقه", "بدايتها", "بدايته", "اندلاعها", "اندلاعه", "بدئها", "بدئه", "تاسيس", "مطلع");
    /** "The worst/first ... since": منذ then dates the record, not a running total. */
    private static final Set<String> SUPERLATIVES = Words.of("الأعنف", "أعنف", "الأسوأ", "أسوأ", "الأكبر", "أكبر",
            "الأكثر", "أكثر", "الأشد", "أشد", "الأدمى", "أدمى", "الأول", "الأولى", "الأخطر", "أخطر", "الأعلى", "أعلى",
            "الأفدح", "أفدح", "الأضخم", "أضخم", "الأوسع", "أوسع");
    private static final Set<String> WARS = Words.of("الحرب", "حرب", "العدوان", "النزاع", "الصراع", "الثوره",
            "الاحتجاجات", "الحصار", "الانتفاضه", "الاقتتال", "للحرب", "بالحرب", "للعدوان", "والحرب", "الازمه",
            "حربها", "حربه");
    private static final Set<String> TALLIES = Words.of("حصيله", "الحصيله", "عدد", "وعدد", "بعدد", "حصيلة",
            "ارتفع", "ارتفعت", "وارتفعت", "وارتفع", "ليرتفع", "لترتفع", "ضحايا", "الضحايا");
    private static final Set<String> THIS = Words.of("هذا", "الجاري", "الحالي", "هذه");
    private static final Set<String> RISE = Words.of("يرفع", "ليرفع", "ترفع", "لترفع", "رفع", "ارتفع", "ارتفعت", "وارتفع", "وارتفعت", "فارتفع", "فارتفعت",
            "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "ارتفاع", "وارتفاع", "بارتفاع", "قفز", "قفزت", "ليقفز", "لتقفز",
            "تضاعف", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ارتفعا", "ارتفعتا", "ترتفع");
    private static final Set<String> NEW_TOLL = Words.of("جديده", "الجديده", "محدثه", "المحدثه", "نهائيه", "النهائيه",
            "محدّثه", "اخيره", "الاخيره");
    private static final Set<String> WAS = Words.of("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا", "فكان",
            "فكانت", "وكانا");
    private static final Set<String> ANSWER = Words.of("ردا", "انتقاما", "ثارا", "ردًا", "رداً", "وردا");
    private static final Set<String> NOT_SINCE = Words.of("صباح", "الصباح", "فجر", "الفجر", "ليل", "الليل", "مساء",
            "امس", "ساعات", "الساعات", "ساعه", "ظهر", "ليله", "الليله", "وقوع", "لحظه");

    private final CharSequence text;
    private final List<Token> tokens;
    private final Layout layout;
    private static final Set<String> HALVES = Words.of("النصف", "الربع", "الثلث", "نصف");
    private static final Set<String> SPANS = Words.of("الأشهر", "الشهور", "السنوات", "الأعوام", "الأسابيع",
            "العقود", "السنين");
    private static final Set<String> SPAN_ENDS = Words.of("الماضية", "الأخيرة", "الفائتة", "المنصرمة", "الستة",
            "الثلاثة", "الأربعة", "الخمسة", "العشرة", "السابقة");

    private final int publishedYear;
    private final int publishedDayOfYear;
    private final Set<String> months;

    ContextCues(CharSequence text, List<Token> tokens, Layout layout, Instant publishedAt, Set<String> months) {
        this.text = text;
        this.tokens = tokens;
        this.layout = layout;
        this.publishedYear = publishedAt == null ? -1 : publishedAt.atZone(ZoneOffset.UTC).getYear();
        this.publishedDayOfYear = publishedAt == null ? -1 : publishedAt.atZone(ZoneOffset.UTC).getDayOfYear();
        this.months = months;
    }

    /** Where a cue of one sort was read. */
    private enum Cue {
        BACKGROUND, CUMULATIVE, RISE
    }

    private record CueAt(Cue cue, int position) {
    }

    /**
     * Marks each finding. Background and running-total cues apply to the counts of their own
     * clause, and a clause holding no count passes its cues on to the next clause of the
     * sentence (a fronted "وفي العام الماضي، قتل 11"). Within a clause, a cue after an update
     * verb belongs to the updated total only ("قتل جندي ليرتفع عدد القتلى منذ 7 أكتوبر إلى
     * 220"). The pluperfect and update verbs are read per sentence.
     */
    void classify(List<Finding> findings) {
        clausesWithCounts = new java.util.HashSet<>();
        for (Finding f : findings) {
            clausesWithCounts.add(layout.clause[f.anchor]);
        }
        for (Finding f : findings) {
            int a = f.anchor;
            int c = layout.clause[a];
            List<CueAt> own = clauseCues(c);
            int rise = firstRise(own);
            boolean[] flags = inherited(c);
            boolean background = flags[0];
            boolean cumulative = flags[1];
            for (CueAt cue : own) {
                if (rise >= 0 && a < rise && cue.position() > rise) {
                    continue; // the cue belongs to the updated total after the verb
                }
                background |= cue.cue() == Cue.BACKGROUND;
                cumulative |= cue.cue() == Cue.CUMULATIVE;
            }
            SentenceCues sc = sentenceCues(layout.sentence[a]);
            f.background |= background || answering(f.start);
            f.cumulative |= cumulative;
            f.weakBackground |= sc.weak();
            f.revision |= sc.firstRise() >= 0 && sc.firstRise() < a;
        }
    }

    private java.util.Set<Integer> clausesWithCounts;
    private final Map<Integer, boolean[]> clauseFlags = new HashMap<>();

    /** {background, cumulative} of every cue that applies to clause {@code c}, its own included. */
    private boolean[] flags(int c) {
        boolean[] known = clauseFlags.get(c);
        if (known != null) {
            return known;
        }
        boolean[] out = inherited(c).clone();
        for (CueAt cue : clauseCues(c)) {
            out[0] |= cue.cue() == Cue.BACKGROUND;
            out[1] |= cue.cue() == Cue.CUMULATIVE;
        }
        clauseFlags.put(c, out);
        return out;
    }

    /**
     * {background, cumulative} that clause {@code c} receives from before it: from fronted
     * clauses holding no count ("وفي العام الماضي، قتل 11"), and, when it only continues a
     * list ("18 قتيلا من المسلحين، و51 جريحا"), everything that applied to the clause before.
     */
    private boolean[] inherited(int c) {
        boolean[] out = new boolean[2];
        int first = firstTokenOfClause(c);
        if (first < 0) {
            return out;
        }
        if (c > 0 && continuesList(c)) {
            int pf = firstTokenOfClause(c - 1);
            if (pf >= 0 && layout.sameSentence(pf, first)) {
                boolean[] prev = flags(c - 1);
                out[0] |= prev[0];
                out[1] |= prev[1];
            }
        }
        for (int pc = c - 1; pc >= 0 && !clausesWithCounts.contains(pc); pc--) {
            int pf = firstTokenOfClause(pc);
            if (pf < 0 || !layout.sameSentence(pf, first)) {
                break;
            }
            for (CueAt cue : clauseCues(pc)) {
                out[0] |= cue.cue() == Cue.BACKGROUND;
                out[1] |= cue.cue() == Cue.CUMULATIVE;
            }
        }
        return out;
    }

    /** True when clause {@code c} opens with "و" and a number: the tail of a list of counts. */
    private boolean continuesList(int c) {
        int first = firstTokenOfClause(c);
        if (first <= 0) {
            return false;
        }
        String w = tokens.get(first).text();
        if (w.equals("و")) {
            return first + 1 < tokens.size() && layout.clause[first + 1] == c
                    && org.khabar.enrich.nlp.number.QuantityParser.mayStart(tokens.get(first + 1).text());
        }
        return w.startsWith("و") && w.length() > 1 && org.khabar.enrich.nlp.number.QuantityParser.mayStart(w);
    }

    private static int firstRise(List<CueAt> cues) {
        for (CueAt c : cues) {
            if (c.cue() == Cue.RISE) {
                return c.position();
            }
        }
        return -1;
    }

    private final Map<Integer, List<CueAt>> clauseCache = new HashMap<>();
    private final Map<Integer, SentenceCues> sentenceCache = new HashMap<>();
    private int[] clauseStarts;

    private int firstTokenOfClause(int c) {
        if (clauseStarts == null) {
            int max = layout.clause.length == 0 ? 0 : layout.clause[layout.clause.length - 1];
            clauseStarts = new int[max + 1];
            java.util.Arrays.fill(clauseStarts, -1);
            for (int i = layout.clause.length - 1; i >= 0; i--) {
                clauseStarts[layout.clause[i]] = i;
            }
        }
        return c < clauseStarts.length ? clauseStarts[c] : -1;
    }

    private List<CueAt> clauseCues(int c) {
        return clauseCache.computeIfAbsent(c, this::readClause);
    }

    /** The pluperfect at the start of a sentence, and its first update verb. */
    private record SentenceCues(boolean weak, int firstRise) {
    }

    private SentenceCues sentenceCues(int s) {
        return sentenceCache.computeIfAbsent(s, this::readSentence);
    }

    private SentenceCues readSentence(int s) {
        int from = layout.sentenceStart[s];
        int to = layout.sentenceEnd(s);
        int rise = -1;
        for (int i = from; i < to && rise < 0; i++) {
            if (isRise(i, from)) {
                rise = i;
            }
        }
        boolean weak = false;
        if (to - from > 2) {
            // وكان ... قد: the pluperfect of background narration
            boolean was = WAS.contains(tokens.get(from).text())
                    || (from + 1 < to && WAS.contains(tokens.get(from + 1).text()));
            if (was) {
                for (int i = from + 1; i < to && i < from + 12; i++) {
                    if (tokens.get(i).text().equals("قد")) {
                        weak = true;
                        break;
                    }
                }
            }
        }
        return new SentenceCues(weak, rise);
    }

    private boolean isRise(int i, int from) {
        String w = tokens.get(i).text();
        String prev = i > from ? tokens.get(i - 1).text() : "";
        return RISE.contains(w) || (NEW_TOLL.contains(w) && prev.endsWith("حصيله"));
    }

    private List<CueAt> readClause(int c) {
        int from = firstTokenOfClause(c);
        List<CueAt> out = new java.util.ArrayList<>();
        if (from < 0) {
            return out;
        }
        int to = from;
        while (to < layout.clause.length && layout.clause[to] == c) {
            to++;
        }
        boolean tally = false;
        int war = -1;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            String prev = i > from ? tokens.get(i - 1).text() : "";
            String next = i + 1 < to ? tokens.get(i + 1).text() : "";
            Cue cue = null;
            if (SIMILAR.contains(w) || ANNIVERSARY.contains(w)) {
                cue = Cue.BACKGROUND;
            } else if (PAST.contains(w) && (PERIODS.contains(prev) || months.contains(prev))) {
                cue = Cue.BACKGROUND;
            } else if (PREVIOUS.contains(w) && INCIDENTS.contains(prev)) {
                cue = Cue.BACKGROUND;
            } else if (SEPARATE.contains(w) && INCIDENTS.contains(prev)) {
                cue = Cue.BACKGROUND; // وفي حادث منفصل
            } else if (ANOTHER.contains(w) && (INCIDENTS.contains(prev) || PLACES.contains(prev))) {
                cue = Cue.BACKGROUND; // هجوم آخر، في مدينة أخرى
            } else if (w.equals("سابق") && prev.equals("وقت") && next.equals("من") && i + 2 < to
                    && !tokens.get(i + 2).text().equals("اليوم")) {
                cue = Cue.BACKGROUND; // في وقت سابق من الشهر (not: في وقت سابق اليوم)
            } else if ((w.equals("قبل") || w.equals("وقبل")) && i + 1 < to) {
                int ago = agoCue(i + 1, to);
                cue = ago == 2 ? Cue.BACKGROUND : null;
            } else if (EDGES.contains(w) && (months.contains(next) || next.equals("الشهر") || next.equals("العام")
                    || next.equals("عام") || isYearToken(i + 1, to))
                    && !(prev.equals("منذ") || prev.equals("ومنذ"))) {
                cue = Cue.BACKGROUND;
            } else if ((w.equals("منذ") || w.equals("ومنذ")) && sinceCue(i + 1, to) && !superlativeBefore(i, from)) {
                cue = Cue.CUMULATIVE; // منذ بدء الحرب (but not: أعنف هجوم منذ 2016)
            } else if ((w.equals("في") || w.equals("خلال") || w.equals("وخلال")) && i + 2 < to
                    && tokens.get(i + 1).isNumber() && LONG_UNITS.contains(tokens.get(i + 2).text())) {
                cue = Cue.CUMULATIVE; // في 15 شهرا، خلال 3 سنوات
            } else if ((w.equals("العام") || w.equals("الشهر") || w.equals("السنه")) && THIS.contains(next)) {
                cue = Cue.CUMULATIVE; // العام الجاري
            } else if (THIS.contains(w) && (next.equals("العام") || next.equals("السنه"))) {
                cue = Cue.CUMULATIVE; // هذا العام
            } else if (isRise(i, from)) {
                cue = Cue.RISE;
            }
            if (cue == null && publishedYear > 0 && isYearToken(i, to) && !sinceBefore(i, from)) {
                int y = Integer.parseInt(w);
                // last year's date is still news in the first weeks of January
                if (y >= 1900 && (y < publishedYear - 1 || (y == publishedYear - 1 && publishedDayOfYear > 45))) {
                    cue = Cue.BACKGROUND;
                }
            }
            if (cue == null && HALVES.contains(w) && (next.equals("الاول") || next.equals("الاولي")
                    || next.equals("الثاني") || next.equals("الماضي"))) {
                cue = Cue.CUMULATIVE; // النصف الأول من العام
            } else if (cue == null && (w.equals("خلال") || w.equals("وخلال") || w.equals("في")) && SPANS.contains(next)
                    && i + 2 < to && SPAN_ENDS.contains(tokens.get(i + 2).text())) {
                cue = Cue.CUMULATIVE; // خلال الأشهر الماضية، في السنوات الأخيرة
            }
            if (cue != null) {
                out.add(new CueAt(cue, i));
            }
            tally |= TALLIES.contains(w);
            if (war < 0 && WARS.contains(w)) {
                war = i;
            }
        }
        if (tally && war >= 0) {
            out.add(new CueAt(Cue.CUMULATIVE, war)); // حصيلة ضحايا الحرب
        }
        return out;
    }

    /** After قبل: 2 for "a while ago" (قبل أسبوع، قبل 3 أشهر، قبل عامين), 1 for "days ago", 0 otherwise. */
    private int agoCue(int i, int to) {
        String w = tokens.get(i).text();
        if (RECENT_UNITS.contains(w)) {
            return w.startsWith("ساع") ? 0 : 1;
        }
        if (TIME_UNITS.contains(w)) {
            return 2;
        }
        int k = i;
        if (tokens.get(k).isNumber() || org.khabar.enrich.nlp.number.NumberParser.parse(text, tokens, k) != null) {
            var num = org.khabar.enrich.nlp.number.NumberParser.parse(text, tokens, k);
            if (num != null && num.endToken() < to) {
                String unit = tokens.get(num.endToken()).text();
                if (RECENT_UNITS.contains(unit)) {
                    return unit.startsWith("ساع") ? 0 : 1;
                }
                if (TIME_UNITS.contains(unit)) {
                    return 2;
                }
            }
        }
        return 0;
    }

    /** After منذ: true when a long span follows (بدء الحرب، 7 أكتوبر، عام 2011، أشهر), false for منذ الصباح. */
    private boolean sinceCue(int i, int to) {
        for (int k = i; k < to && k < i + 3; k++) {
            String w = tokens.get(k).text();
            if (NOT_SINCE.contains(w)) {
                return false;
            }
            String bare = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
            if (CUMULATIVE_STARTS.contains(w) || CUMULATIVE_STARTS.contains(bare) || months.contains(w)
                    || isYearToken(k, to)) {
                return true;
            }
        }
        return false;
    }

    private boolean isYearToken(int i, int to) {
        if (i >= to) {
            return false;
        }
        String w = tokens.get(i).text();
        if (w.length() != 4 || !tokens.get(i).isNumber()) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1900 && y <= 2100;
    }

    /** A superlative or "first" a few words before منذ at {@code i}: الهجوم الأعنف منذ 2016. */
    private boolean superlativeBefore(int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 6; k--) {
            String w = tokens.get(k).text();
            boolean hedge = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("من"); // أكثر من 100
            if (SUPERLATIVES.contains(w) && !hedge) {
                return true;
            }
        }
        return false;
    }

    /** منذ (عام) right before a year: the year starts a span, it does not date another incident. */
    private boolean sinceBefore(int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 2; k--) {
            String w = tokens.get(k).text();
            if (w.equals("منذ") || w.equals("ومنذ")) {
                return true;
            }
        }
        return false;
    }

    /** ردا على مقتل 4 من عناصرها: the count is the earlier attack being answered. */
    private boolean answering(int start) {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            if (ANSWER.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
