package org.khabar.enrich.nlp.entity;

import org.khabar.model.EntityType;

/**
 * A stretch of tokens some rule takes for a name, before overlapping guesses are settled and
 * mentions are grouped into entities. Tokens [from, to) are the mention as reported (an
 * organisation's head noun included, an administrative head such as محافظة left out);
 * [nameFrom, nameTo) is the proper name inside it (النجباء in حركة النجباء العراقية), which
 * is how a later bare mention finds its entity.
 */
final class Candidate {
    enum Source {
        /** Listed in a gazetteer. */
        GAZETTEER,
        /** A head noun and its complement (حركة X، محافظة X). */
        HEAD,
        /** After a title or role (الرئيس، المتحدث باسم X). */
        TITLE,
        /** After a verb of saying (قال X). */
        SAYING,
        /** Starts with a known given name. */
        GIVEN,
        /** A kunya (أبو X). */
        KUNYA,
        /** After a word announcing a name (يدعى، بقلم، الملقب). */
        CUE,
        /** An alias in brackets after a name. */
        ALIAS,
        /** A shorter form of a name already found in the article (الخفاجي after تحسين الخفاجي). */
        PROPAGATED
    }

    final EntityType type;
    final int from;
    final int to;
    final Stem stem;
    final int nameFrom;
    final int nameTo;
    final int entryId;
    final Source source;
    final boolean weak;
    /** A listed news agency or outlet (see {@link GazetteerEntry#outlet()}). */
    boolean outlet;
    /** Inner location of an organisation's name (بغداد in جامعة بغداد): may overlap its container. */
    Candidate container;
    /** Another mention of the same entity (a kunya after a name, an acronym in brackets). */
    Candidate sameAs;

    Candidate(EntityType type, int from, int to, Stem stem, int nameFrom, int nameTo, int entryId, Source source,
            boolean weak) {
        this.type = type;
        this.from = from;
        this.to = to;
        this.stem = stem;
        this.nameFrom = nameFrom;
        this.nameTo = nameTo;
        this.entryId = entryId;
        this.source = source;
        this.weak = weak;
    }

    static Candidate of(EntityType type, int from, int to, Stem stem, Source source) {
        return new Candidate(type, from, to, stem, from, to, -1, source, false);
    }

    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }

    boolean isKunya() {
        return source == Source.KUNYA;
    }

    @Override
    public String toString() {
        return type + "[" + from + "," + to + ")" + source + (entryId >= 0 ? "#" + entryId : "");
    }
}
