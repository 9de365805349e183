package se.platslage.analysis.evaluation;

/**
 * The Weighted Displacement Quotient of Bowers and Johnson (2003), for a measure with a response area A,
 * a surrounding buffer B and a control area C, each counted before (b) and after (a) the start:
 * <pre>
 *   success measure              SM  = A_a / C_a - A_b / C_b        (negative: A improved vs. C)
 *   buffer displacement measure  BDM = B_a / C_a - B_b / C_b        (positive: displacement into B,
 *                                                                    negative: diffusion of benefit)
 *   WDQ = BDM / SM
 *   total net effect             TNE = (A_b C_a / C_b - A_a) + (B_b C_a / C_b - B_a)
 * </pre>
 * TNE is the number of incidents prevented in A and B together, against what the control's trend
 * predicts (positive: fewer incidents than expected). The control scales both areas so that a city-wide
 * trend is not read as an effect.
 *
 * <p>Undefined cases: a control with no incident before or after makes every ratio meaningless and is
 * rejected; WDQ is NaN when SM = 0, and the reading is {@link DisplacementReading#NO_SUCCESS_IN_RESPONSE_AREA}
 * whenever SM >= 0, as the paper interprets displacement only where the measure worked.
 */
public final class WeightedDisplacementQuotient {

    /**
     * @param successMeasure              SM
     * @param bufferDisplacementMeasure   BDM
     * @param quotient                    WDQ (NaN when SM = 0)
     * @param totalNetEffect              TNE, incidents prevented in A and B
     * @param reading                     the table's reading
     */
    public record Result(double successMeasure, double bufferDisplacementMeasure, double quotient,
                         double totalNetEffect, DisplacementReading reading) {
    }

    private WeightedDisplacementQuotient() {
    }

    public static Result evaluate(BeforeAfterCounts response, BeforeAfterCounts buffer, BeforeAfterCounts control) {
        if (control.before() == 0 || control.after() == 0) {
            throw new IllegalArgumentException(
                    "the control area needs incidents both before and after, got " + control);
        }
        double ca = control.after();
        double cb = control.before();
        double successMeasure = response.after() / ca - response.before() / cb;
        double bufferMeasure = buffer.after() / ca - buffer.before() / cb;
        double quotient = successMeasure == 0 ? Double.NaN : bufferMeasure / successMeasure;
        double totalNetEffect = (response.before() * ca / cb - response.after())
                + (buffer.before() * ca / cb - buffer.after());
        return new Result(successMeasure, bufferMeasure, quotient, totalNetEffect, read(successMeasure, quotient));
    }

    static DisplacementReading read(double successMeasure, double quotient) {
        if (!(successMeasure < 0)) {
            return DisplacementReading.NO_SUCCESS_IN_RESPONSE_AREA;
        }
        if (quotient > 1) {
            return DisplacementReading.DIFFUSION_GREATER_THAN_DIRECT_EFFECT;
        }
        if (quotient > 0) {
            return DisplacementReading.DIFFUSION_OF_BENEFIT;
        }
        if (quotient == 0) {
            return DisplacementReading.NO_DISPLACEMENT_OR_DIFFUSION;
        }
        if (quotient >= -1) {
            return DisplacementReading.DISPLACEMENT_SMALLER_THAN_DIRECT_EFFECT;
        }
        return DisplacementReading.DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT;
    }
}
