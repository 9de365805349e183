package se.platslage.evaluation;

import se.platslage.analysis.evaluation.DisplacementReading;

/** Plain-language readings of the Weighted Displacement Quotient (Bowers and Johnson 2003, table 1). */
final class Readings {

    private Readings() {
    }

    static String text(DisplacementReading reading) {
        return switch (reading) {
            case NO_SUCCESS_IN_RESPONSE_AREA -> "No success: incidents in the response area did not fall relative to "
                    + "the control area, so displacement and diffusion are not read.";
            case DIFFUSION_GREATER_THAN_DIRECT_EFFECT -> "Diffusion of benefit greater than the direct effect: the "
                    + "buffer improved even more than the response area.";
            case DIFFUSION_OF_BENEFIT -> "Diffusion of benefit: the buffer improved too, less than the response area.";
            case NO_DISPLACEMENT_OR_DIFFUSION -> "Success without displacement or diffusion: the buffer changed as "
                    + "the control did.";
            case DISPLACEMENT_SMALLER_THAN_DIRECT_EFFECT -> "Some displacement into the buffer, smaller than the "
                    + "direct effect: a net benefit.";
            case DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT -> "Displacement greater than the direct effect: more incidents "
                    + "moved into the buffer than were prevented; the measure backfired.";
        };
    }

    static String code(DisplacementReading reading) {
        return reading.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
