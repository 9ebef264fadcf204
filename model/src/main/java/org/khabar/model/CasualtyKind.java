package org.khabar.model;

/** What a casualty count counts. */
public enum CasualtyKind {
    KILLED,
    INJURED
}
