package org.khabar.enrich.nlp.date;

/**
 * Which occurrence of a day, month or weekday the text means: the last one (الماضي), the next one
 * (المقبل), the current one (الجاري), or unspecified (the nearest, normally not after publication).
 */
enum Direction {
    NONE,
    PAST,
    FUTURE,
    CURRENT,
    /** Unmarked, but in a clause about something planned (سيعقد، من المقرر): the nearest, preferably ahead. */
    UPCOMING
}
