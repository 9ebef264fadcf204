package org.khabar.enrich.nlp.date;

import java.util.ArrayList;
import java.util.List;


/** A rule's result: where it ends and the dates it found (none for a consumed name). */
record Match(int end, List<DateParse> parses) {
    static Match of(int start, int end, DateSpec spec, boolean hijri) {
        return new Match(end, List.of(new DateParse(start, end, spec, hijri)));
    }

    static Match consumed(int end) {
        return new Match(end, List.of());
    }

    Match from(int start) {
        List<DateParse> moved = new ArrayList<>(parses.size());
        for (DateParse p : parses) {
            moved.add(p.from(Math.min(start, p.startToken())));
        }
        return new Match(end, moved);
    }
}
