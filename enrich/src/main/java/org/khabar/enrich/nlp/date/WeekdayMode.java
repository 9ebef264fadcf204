package org.khabar.enrich.nlp.date;

/** How a weekday name is placed against the publication day. */
enum WeekdayMode {
    /** الخميس: the most recent Thursday on or before publication (the README's default). */
    ON_OR_BEFORE,
    /** الخميس الماضي: strictly before publication. */
    BEFORE,
    /** الخميس المقبل: strictly after publication. */
    AFTER,
    /** سيزور ... الخميس: the coming Thursday, publication day included. */
    ON_OR_AFTER,
    /** الخميس من الأسبوع المقبل / هذا الأسبوع: a day of a given week (weeks start on Saturday). */
    IN_WEEK
}
