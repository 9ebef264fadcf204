package org.khabar.enrich.nlp.date;

/**
 * One date expression found by the grammar: the tokens it covers [startToken, endToken), what it
 * says, and the calendar it was written in.
 */
record DateParse(int startToken, int endToken, DateSpec spec, boolean hijri) {
    DateParse from(int newStart) {
        return new DateParse(newStart, endToken, spec, hijri);
    }

    DateParse with(DateSpec newSpec) {
        return new DateParse(startToken, endToken, newSpec, hijri);
    }
}
