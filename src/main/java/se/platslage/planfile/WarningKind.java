package se.platslage.planfile;

import se.platslage.system.Coded;

/**
 * What a warning about an imported plan is about, so that a preview can group warnings and a script can act on
 * them without reading the Swedish sentence. The order is the preview's: kinds a person must act on first
 * ({@link #needsAction()}), information last. A guessed category is no warning: the import's category summary
 * lists those rows.
 */
public enum WarningKind implements Coded {
    /** The district and year already have a plan: importing as new would double its measures on the map. */
    PLAN("plan", true),
    /** A place the plan names that Platsläge does not know: created without geometry. */
    PLACE("place", true),
    /** A row the reader had to complete: no problem above it, no cause, no measure text. */
    STRUCTURE("structure", true),
    /** "När" that did not parse into dates: kept as written. */
    TIMING("timing", true),
    /** A follow-up status that is missing or not recognised. */
    STATUS("status", true),
    /** A follow-up row that matches no measure of the plan. */
    UNMATCHED("unmatched", true),
    /** A category or type code that is not known. */
    CATEGORY("category", true),
    /** What the import did on its own and a person may want to know (a split cell, a skipped sheet). */
    OTHER("other", false);

    private final String code;
    private final boolean needsAction;

    WarningKind(String code, boolean needsAction) {
        this.code = code;
        this.needsAction = needsAction;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean needsAction() {
        return needsAction;
    }
}
