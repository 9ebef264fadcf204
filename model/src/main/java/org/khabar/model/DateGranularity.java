package org.khabar.model;

/** How precise a date mention is; the ISO value has the matching form (YYYY-MM-DD, YYYY-MM, YYYY). */
public enum DateGranularity {
    DAY,
    MONTH,
    YEAR
}
