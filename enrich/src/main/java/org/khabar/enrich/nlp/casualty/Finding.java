package org.khabar.enrich.nlp.casualty;

import org.khabar.enrich.nlp.number.Qualifier;
import org.khabar.model.CasualtyKind;

/**
 * One casualty count found in an article, before the main event is chosen. Explicit counts
 * become {@code CasualtyMention}s; implicit ones (مقتل جندي، لقي حتفه: one person named, no
 * number written) only help choose a headline figure when no explicit count exists.
 */
final class Finding {
    final CasualtyKind kind;
    final int count;
    final boolean implicit;
    final Qualifier qualifier;
    /** Token range of the whole phrase (trigger to counted noun). */
    final int start;
    final int end;
    /** Token where the count is written: context cues are read around it. */
    final int anchor;
    /** Counts coordinated under one trigger (استشهاد 10 جنود وثلاثة عمال) share a group and add up. */
    int group;
    /** A part of a total (بينهم 5 أطفال): a mention, never the headline. */
    boolean subcount;
    /** The figure updates an earlier one (ارتفع عدد القتلى إلى 9). */
    boolean revision;
    /** About another, earlier incident (هجوم مماثل الشهر الماضي، ردا على مقتل). */
    boolean background;
    /** Background only by a weak cue (the pluperfect وكان ... قد). */
    boolean weakBackground;
    /** A running total over a war or a period (منذ بدء الحرب، إجمالي). */
    boolean cumulative;
    /** In a sentence whose killed figure belongs to another incident. */
    boolean foreign;

    Finding(CasualtyKind kind, int count, boolean implicit, Qualifier qualifier, int start, int end, int anchor) {
        this.kind = kind;
        this.count = count;
        this.implicit = implicit;
        this.qualifier = qualifier;
        this.start = start;
        this.end = end;
        this.anchor = anchor;
    }

    boolean mainEventCandidate() {
        return !subcount && !background && !cumulative && !foreign;
    }

    @Override
    public String toString() {
        return kind + " " + count + (implicit ? " implicit" : "") + " [" + start + "," + end + ")"
                + (subcount ? " sub" : "") + (revision ? " rev" : "") + (background ? " bg" : "")
                + (weakBackground ? " weak" : "") + (cumulative ? " cum" : "") + (foreign ? " foreign" : "");
    }
}
