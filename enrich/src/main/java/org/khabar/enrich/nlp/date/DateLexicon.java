package org.khabar.enrich.nlp.date;

import java.util.HashMap;
import java.util.Map;
import org.khabar.enrich.nlp.text.ArabicNormalizer;

/**
 * The closed vocabulary of Arabic date expressions, keyed by folded spelling: month names of the
 * three Gregorian naming systems (Egyptian/Gulf يناير, Levantine/Iraqi كانون الثاني, Maghrebi
 * جانفي and Moroccan يوليوز), Hijri months, weekdays, relative words (أمس، غدا) and the modifiers
 * that attach to them (الماضي، مطلع، هـ). Numbers written in words (الخامس عشر، ثلاثة وعشرين، ألفين)
 * are not listed here: {@link WrittenNumbers} reads them with nlp.number. One hash lookup per
 * reading of a token, so scanning stays linear in the text.
 */
final class DateLexicon {
    /** A name with a common non-date sense (مارس "he practised", نيسان the car maker): needs a date context. */
    static final int AMBIGUOUS = 1;
    /** Too ambiguous even after a day number (صفر "zero"): needs a year or the هـ marker. */
    static final int NEEDS_YEAR = 2;
    /** Never read through a clitic (باب is "door", not ب + آب). */
    static final int NO_CLITIC = 4;
    /** Folds together with a common word (آب/أب "father"): the original must be spelt with madda. */
    static final int NEEDS_MADDA = 8;
    /** Not read through a preposition clitic (لامس is the verb "touched", not ل + أمس). */
    static final int NO_PREPOSITION = 32;

    private static final Map<String, Word> WORDS = new HashMap<>(512);

    private DateLexicon() {
    }

    /** A lexicon hit on a token: the entry and how many leading clitic letters precede it. */
    record Hit(Word word, int prefix) {
    }

    /** The entry for an exact folded form, or null. */
    static Word word(String folded) {
        return WORDS.get(folded);
    }

    /**
     * The entry of a folded token, reading through a leading و/ف and a ب/ل/ك (لل for ل + ال), or
     * null. Only the readings the entry allows are tried, so باب never becomes آب.
     */
    static Hit lookup(String token) {
        Word w = WORDS.get(token);
        if (w != null) {
            return new Hit(w, 0);
        }
        int n = token.length();
        if (n < 3) {
            return null;
        }
        char c0 = token.charAt(0);
        int conj = (c0 == 'و' || c0 == 'ف') ? 1 : 0;
        if (conj == 1) {
            w = WORDS.get(token.substring(1));
            if (w != null && (w.flags() & NO_CLITIC) == 0) {
                return new Hit(w, 1);
            }
        }
        if (n - conj < 3) {
            return null;
        }
        char c = token.charAt(conj);
        if (c == 'ل' && n - conj >= 4 && token.charAt(conj + 1) == 'ل') {
            w = WORDS.get("ا" + token.substring(conj + 1));
            if (w != null && (w.flags() & (NO_CLITIC | NO_PREPOSITION)) == 0) {
                return new Hit(w, conj);
            }
        }
        if (c == 'ب' || c == 'ل' || c == 'ك') {
            w = WORDS.get(token.substring(conj + 1));
            if (w != null && (w.flags() & (NO_CLITIC | NO_PREPOSITION)) == 0) {
                return new Hit(w, conj + 1);
            }
        }
        return null;
    }

    private static void put(String spelling, Kind kind, int value) {
        put(spelling, kind, value, 0);
    }

    private static void put(String spelling, Kind kind, int value, int flags) {
        String key = ArabicNormalizer.fold(spelling);
        Word old = WORDS.get(key);
        WORDS.put(key, new Word(kind, value, old == null ? flags : old.flags() | flags));
    }

    private static void months(int month, int flags, String... spellings) {
        for (String s : spellings) {
            put(s, Kind.MONTH, month, flags);
        }
    }

    static {
        // Gregorian months: Egyptian/Gulf (transliterated), Levantine/Iraqi (Syriac), Algerian/Tunisian
        // (French), Moroccan spellings. كانون and تشرين need their second word (see MONTH_HEAD).
        months(1, 0, "يناير", "جانفي", "ينير");
        months(2, 0, "فبراير", "فبرایر", "شباط", "فيفري", "فبرير");
        months(3, 0, "آذار", "أذار");
        months(3, AMBIGUOUS, "مارس");
        months(4, 0, "أبريل", "إبريل", "ابريل", "أفريل", "افريل");
        months(4, AMBIGUOUS, "نيسان");
        months(5, 0, "مايو", "أيار", "ايار", "مايس");
        months(5, AMBIGUOUS | NO_CLITIC, "ماي");
        months(6, 0, "يونيو", "يونيه", "حزيران");
        months(6, AMBIGUOUS | NO_CLITIC, "جوان");
        months(7, 0, "يوليو", "يوليه", "تموز", "جويلية", "جويليه", "يوليوز");
        months(8, 0, "أغسطس", "اغسطس", "أغسطوس", "غشت");
        months(8, AMBIGUOUS | NO_CLITIC | NEEDS_MADDA, "آب");
        months(8, AMBIGUOUS | NO_CLITIC, "أوت");
        months(9, 0, "سبتمبر", "أيلول", "ايلول", "شتنبر");
        months(10, 0, "أكتوبر", "اكتوبر", "أكتوبر");
        months(11, 0, "نوفمبر", "نونبر", "نوڤمبر");
        months(12, 0, "ديسمبر", "دجنبر", "دیسمبر");
        put("كانون", Kind.MONTH_HEAD, 0);
        put("تشرين", Kind.MONTH_HEAD, 0);
        put("تشرن", Kind.MONTH_HEAD, 0);

        // Hijri months. Single names are also personal names (رمضان، شعبان، رجب) or words (صفر
        // "zero", محرم "forbidden"), so they need a day before them or a year/marker after.
        put("محرم", Kind.HIJRI_MONTH, 1, AMBIGUOUS);
        put("المحرم", Kind.HIJRI_MONTH, 1, AMBIGUOUS);
        put("صفر", Kind.HIJRI_MONTH, 2, AMBIGUOUS | NEEDS_YEAR | NO_CLITIC);
        put("رجب", Kind.HIJRI_MONTH, 7, AMBIGUOUS);
        put("شعبان", Kind.HIJRI_MONTH, 8, AMBIGUOUS);
        put("رمضان", Kind.HIJRI_MONTH, 9, AMBIGUOUS);
        put("شوال", Kind.HIJRI_MONTH, 10, AMBIGUOUS);
        put("ربيع", Kind.HIJRI_HEAD, 3);
        put("جمادى", Kind.HIJRI_HEAD, 5);
        put("ذو", Kind.HIJRI_HEAD, 11, NO_CLITIC);
        put("ذي", Kind.HIJRI_HEAD, 11, NO_CLITIC);
        put("ذا", Kind.HIJRI_HEAD, 11, NO_CLITIC);

        put("الأحد", Kind.WEEKDAY, 7);
        put("الاثنين", Kind.WEEKDAY, 1);
        put("الإثنين", Kind.WEEKDAY, 1);
        put("الإتنين", Kind.WEEKDAY, 1);
        put("الثلاثاء", Kind.WEEKDAY, 2);
        put("الأربعاء", Kind.WEEKDAY, 3);
        put("الخميس", Kind.WEEKDAY, 4);
        put("الجمعة", Kind.WEEKDAY, 5);
        put("السبت", Kind.WEEKDAY, 6);

        put("أمس", Kind.YESTERDAY, -1, NO_PREPOSITION);
        put("الأمس", Kind.YESTERDAY, -1);
        put("البارحة", Kind.YESTERDAY, -1);
        put("اليوم", Kind.TODAY, 0);
        put("غدا", Kind.TOMORROW, 1, NO_PREPOSITION);
        put("غد", Kind.TOMORROW_NOUN, 1);
        put("الغد", Kind.TOMORROW_NOUN, 1);
        put("الليلة", Kind.TONIGHT, 0);

        // Parts of a day that can precede a day expression (مساء الخميس، فجر اليوم، ليلة أمس).
        for (String s : new String[] {"مساء", "صباح", "فجر", "ظهر", "عصر", "ليل", "ليلة", "ظهيرة", "ضحى",
                "صبيحة", "عشية", "نهار", "غداة", "يوم"}) {
            put(s, Kind.DAY_PART, 0);
        }

        put("عام", Kind.YEAR_WORD, 0);
        put("العام", Kind.YEAR_WORD, 0);
        put("سنة", Kind.YEAR_WORD, 0);
        put("السنة", Kind.YEAR_WORD, 0);
        put("عامي", Kind.YEAR_WORD, 0);
        put("سنتي", Kind.YEAR_WORD, 0);
        put("شهر", Kind.MONTH_WORD, 0);
        put("الشهر", Kind.MONTH_WORD, 0);
        put("شهري", Kind.MONTH_WORD, 0);
        put("الأسبوع", Kind.WEEK_WORD, 0);

        // Period modifiers keep the granularity of what they modify (نهاية العام 2021 is 2021).
        for (String s : new String[] {"مطلع", "بداية", "بدايات", "أوائل", "مستهل", "منتصف", "أواسط", "أواخر",
                "نهاية", "نهايات", "ختام"}) {
            put(s, Kind.PERIOD, 0);
        }

        for (String s : new String[] {"الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة",
                "المنقضي", "الماضيين", "الماضيتين", "الفائتين"}) {
            put(s, Kind.PAST, -1);
        }
        for (String s : new String[] {"المقبل", "المقبلة", "القادم", "القادمة", "المقبلين", "القادمين", "المقبلتين"}) {
            put(s, Kind.FUTURE, 1);
        }
        for (String s : new String[] {"الجاري", "الجارية", "الحالي", "الحالية"}) {
            put(s, Kind.CURRENT, 0);
        }

        for (String s : new String[] {"هـ", "هجري", "هجرية", "الهجري", "الهجرية", "للهجرة", "هجريا"}) {
            put(s, Kind.HIJRI_MARK, 0, NO_CLITIC);
        }
        for (String s : new String[] {"م", "ميلادي", "ميلادية", "الميلادي", "الميلادية", "للميلاد"}) {
            put(s, Kind.GREGORIAN_MARK, 0, NO_CLITIC);
        }
        put("الموافق", Kind.LINK, 0);
        put("الموافقة", Kind.LINK, 0);

        // The first (أول يناير، غرة شوال، أول أمس، أول جمعة). Other day ordinals and cardinals (الخامس،
        // الحادي عشر، خمسة عشر) are number words, read with nlp.number (see WrittenNumbers).
        put("أول", Kind.FIRST, 1);
        put("غرة", Kind.FIRST, 1);
    }

    /** Word kinds, by the role the word plays in a date expression. */
    enum Kind {
        NONE,
        MONTH,
        MONTH_HEAD,
        HIJRI_MONTH,
        HIJRI_HEAD,
        WEEKDAY,
        YESTERDAY,
        TODAY,
        TOMORROW,
        TOMORROW_NOUN,
        TONIGHT,
        DAY_PART,
        YEAR_WORD,
        MONTH_WORD,
        WEEK_WORD,
        PERIOD,
        PAST,
        FUTURE,
        CURRENT,
        HIJRI_MARK,
        GREGORIAN_MARK,
        LINK,
        /** أول، غرة: the first (of a month, of weekdays, أول أمس). */
        FIRST
    }

    /** A lexicon entry: its kind, its value (month number, ISO weekday, day offset) and its flags. */
    record Word(Kind kind, int value, int flags) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }
}
