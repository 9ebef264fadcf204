package org.khabar.enrich.nlp.date;

import java.util.Arrays;
import java.util.Set;
import org.khabar.enrich.nlp.text.ArabicNormalizer;

/**
 * The small closed word lists the date rules consult around a date expression (what may precede
 * or follow it, what turns a number or a month into part of a name), and the context checks built
 * on them. Written in ordinary spelling and folded once, as the text is.
 */
final class DateWords {
    /** Words before which a number or month is part of a name, not a date (unless a year is given). */
    static final Set<String> NAME_HEADS = words("ثوره", "انتفاضه", "حراك", "حركه", "تيار", "قوي",
            "مدينه", "جامعه", "جسر", "كوبري", "محور", "ميدان", "شارع", "حي", "نادي", "مستشفي", "مدرسه", "ساحه",
            "حرب", "معركه", "ايتلاف", "تحالف", "لواء", "كتيبه", "مجموعه", "منظمه", "مخيم", "حزب", "جبهه", "فرقه",
            "ثوار", "شهداء");
    /** Words after which a bare day number can be a date ("في 15 الجاري"، "يوم 15 الجاري"). */
    static final Set<String> DAY_INTRODUCERS = words("يوم", "من", "الي", "قبل", "بعد", "بتاريخ",
            "تاريخ", "موعد");
    /** Prepositions that make an ambiguous month name (مارس، نيسان، آب) a month. */
    static final Set<String> MONTH_PREPOSITIONS = words("في", "منذ", "حتي", "خلال", "بحلول", "الي",
            "قبيل", "اثناء", "طيله", "طوال", "اواخر", "مطلع", "منتصف", "نهايه", "بدايه");
    /** Words after which "العام الماضي" is a stretch of time, not a calendar year (README: durations). */
    static final Set<String> DURATION_WORDS = words("خلال", "طوال", "طيله", "مدار", "مدي", "غضون");
    /** Words before which a bare 4-digit number is a year (في 2014، منذ 2003). */
    static final Set<String> YEAR_PREPOSITIONS = words("في", "منذ", "حتي", "خلال", "قبل", "بعد",
            "بحلول", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "مستهل", "أواسط", "ختام", "صيف",
            "شتاء", "ربيع", "خريف", "لغايه", "عقب", "اثر", "قبيل");
    /** Words that can follow a year (so the number did not count a noun: في 2500 جندي). */
    static final Set<String> AFTER_YEAR = words("و", "ثم", "حين", "عندما", "حيث", "اذ", "قبل", "بعد",
            "علي", "الي", "من", "عن", "في", "لكن", "اي", "كما", "بعدما", "عقب", "اثر", "فيما", "بينما", "قد", "لم",
            "لن", "تم", "كان", "كانت", "حتي", "او", "ان", "بان", "الا", "عبر", "اذا", "لا", "ما", "وما", "بل", "بسبب",
            "جراء", "نتيجه", "وسط", "رغم", "لدي", "ضمن", "مع", "بين", "منذ", "خلال", "لكنه", "لكنها", "الذي", "التي");
    /** Nouns that take العام as the adjective "general" (الأمين العام الحالي is not "this year"). */
    static final Set<String> GENERAL_NOUNS = words("الامين", "المدعي", "النائب", "القائد", "المدير",
            "المراقب", "المفتش", "المنسق", "المقرر", "المشرف", "الرئيس", "الراي", "المؤتمر", "الاضراب", "القطاع",
            "الامن", "النظام", "الحق", "الشان", "المال", "الصالح", "العفو", "الدين", "الانفاق", "الاتجاه", "المناخ",
            "المزاج", "الوضع", "المحامي", "الادعاء", "الوكيل", "المستشار", "الموقف", "المشهد", "التعليم", "النفع");
    /** Words before اليوم that make it not "today" (ذلك اليوم، حتى اليوم، صحيفة اليوم). */
    static final Set<String> NOT_TODAY_BEFORE = words("ذلك", "نفس", "حتي", "الي", "لغايه", "لحد",
            "صحيفه", "جريده", "المصري", "روسيا", "اخبار", "بوابه", "عين", "مثل", "كل", "طوال", "طيله", "مدار");
    /** Adjectives after اليوم that make it "the day" (اليوم التالي، اليوم الوطني). */
    static final Set<String> DAY_ADJECTIVES = words("التالي", "السابق", "الاخير", "نفسه", "ذاته",
            "الموعود", "المشهود", "المفتوح", "الواحد", "الاخر", "الذي", "التي", "الاتي");
    /** Words that mark what follows as planned, so a bare weekday is the coming one. */
    static final Set<String> FUTURE_CUES = words("سوف", "المقرر", "مقرر", "المرتقب", "مرتقب",
            "يعتزم", "تعتزم", "المنتظر", "يرتقب", "يتوقع", "ستستضيف", "سيستضيف");
    /** Frequent nouns that look like a future verb (س + imperfect prefix). */
    static final String[] NOT_FUTURE_VERBS = folded("سيار", "سياس", "سيطر", "سيول", "سيناء", "سيناري",
        "سيادت", "سيده", "سيدات", "سنوات", "سنويا", "سنوي", "ستين", "ستمائة", "ستمئة", "ستراتيج", "ستوديو",
        "سنغافور", "سنجار", "سنتيمتر", "سنتين", "ستار");

    private DateWords() {
    }


    /** The lexicon sets are written in ordinary spelling and folded once, as the text is. */
    static Set<String> words(String... spellings) {
        return Set.of(folded(spellings));
    }

    private static String[] folded(String... spellings) {
        String[] out = new String[spellings.length];
        for (int k = 0; k < spellings.length; k++) {
            out[k] = ArabicNormalizer.fold(spellings[k]);
        }
        return Arrays.stream(out).distinct().toArray(String[]::new);
    }

    static int offset(Direction d) {
        return d == Direction.PAST ? -1 : d == Direction.FUTURE ? 1 : 0;
    }

    static boolean nameHeadBefore(TextView v, int i) {
        return i > 0 && v.in(NAME_HEADS, i - 1) && v.blank(i);
    }

    static boolean monthPrepositionBefore(TextView v, int i) {
        return i > 0 && v.blank(i) && v.in(MONTH_PREPOSITIONS, i - 1);
    }

    static boolean durationBefore(TextView v, int i) {
        return i > 0 && v.in(DURATION_WORDS, i - 1);
    }

    /**
     * True when a year may end before token e: the clause ends, punctuation or a calendar marker
     * follows, or a word that can follow a year. A noun after it means the number counted something
     * (في 5 يناير ألفي جندي).
     */
    static boolean yearEnds(TextView v, int e) {
        if (e >= v.size() || v.boundary(e) || ",،()".indexOf(v.mark(e)) >= 0) {
            return true;
        }
        DateLexicon.Kind k = v.kind(e);
        return k == DateLexicon.Kind.HIJRI_MARK || k == DateLexicon.Kind.GREGORIAN_MARK
                || AFTER_YEAR.contains(v.token(e));
    }

    static boolean isDefiniteYearWord(TextView v, int k) {
        String s = v.stem(k);
        return s.equals("العام") || s.equals("السنه");
    }


    /** A planned event in the same clause (سيزور، من المقرر، سوف) makes a bare weekday the coming one. */
    static boolean futureContext(TextView v, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            if (v.boundary(j + 1)) {
                return false;
            }
            String t = v.token(j);
            if (FUTURE_CUES.contains(t) || looksLikeFutureVerb(t)) {
                return true;
            }
        }
        return false;
    }

    /** س + an imperfect prefix (سيزور، وستعقد), unless it is one of the nouns that start the same way. */
    static boolean looksLikeFutureVerb(String token) {
        String t = token.length() > 5 && (token.charAt(0) == 'و' || token.charAt(0) == 'ف') ? token.substring(1) : token;
        if (t.length() < 5 || t.charAt(0) != 'س') {
            return false;
        }
        char c = t.charAt(1);
        if (c != 'ي' && c != 'ت') { // not سن-: سنة، سنتها، سند are far more frequent than "we will"
            return false;
        }
        for (String noun : NOT_FUTURE_VERBS) {
            if (t.startsWith(noun)) {
                return false;
            }
        }
        return true;
    }
}
