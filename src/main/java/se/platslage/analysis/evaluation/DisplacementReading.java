package se.platslage.analysis.evaluation;

/**
 * How to read a Weighted Displacement Quotient, after Bowers and Johnson (2003), table 1.
 */
public enum DisplacementReading {
    /** The success measure is not negative: the response area did not improve relative to the control,
     *  so displacement and diffusion are not interpreted. */
    NO_SUCCESS_IN_RESPONSE_AREA,
    /** WDQ > 1: the buffer improved even more than the response area. */
    DIFFUSION_GREATER_THAN_DIRECT_EFFECT,
    /** 0 < WDQ <= 1: the buffer improved too, by less than the response area. */
    DIFFUSION_OF_BENEFIT,
    /** WDQ = 0: the buffer changed as the control did. */
    NO_DISPLACEMENT_OR_DIFFUSION,
    /** -1 <= WDQ < 0: incidents moved into the buffer, fewer than were prevented; net benefit. */
    DISPLACEMENT_SMALLER_THAN_DIRECT_EFFECT,
    /** WDQ < -1: more incidents moved into the buffer than were prevented; the measure backfired. */
    DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT
}
