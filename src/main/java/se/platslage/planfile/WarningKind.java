package se.platslage.planfile;

import se.platslage.system.Coded;

/**
 * What a warning about an imported plan is about, so that a preview can group warnings and a script can act on
 * them without reading the Swedish sentence.
 */
public enum WarningKind implements Coded {
    /** A place the plan names that Platsläge does not know: created without geometry. */
    PLACE("place"),
    /** "När" that did not parse into dates: kept as written. */
    TIMING("timing"),
    /** A follow-up status that is missing or not recognised. */
    STATUS("status"),
    /** A category or type that was missing (guessed from the text) or unknown. */
    CATEGORY("category"),
    /** A follow-up row that matches no measure of the plan. */
    UNMATCHED("unmatched"),
    OTHER("other");

    private final String code;

    WarningKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
