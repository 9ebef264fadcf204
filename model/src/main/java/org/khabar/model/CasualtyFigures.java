package org.khabar.model;

/**
 * Figures of one kind (killed or injured) reconciled across an event's reports: lowest, highest,
 * the latest report's, and whether sources disagree. All null when no report gave a figure.
 */
public record CasualtyFigures(Integer min, Integer max, Integer latest, boolean disputed, int reports) {
    public static final CasualtyFigures NONE = new CasualtyFigures(null, null, null, false, 0);
}
