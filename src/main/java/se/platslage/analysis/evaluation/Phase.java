package se.platslage.analysis.evaluation;

/** Before or after a measure's start. */
public enum Phase {
    BEFORE, AFTER
}
