package se.platslage.analysis.evaluation;

import se.platslage.analysis.hotspot.NormalDistribution;

/**
 * The Weighted Displacement Difference test of Wheeler and Ratcliffe (2018, Crime Science 7:11): did crime fall
 * in the treated area T beyond what its control C_T did, and did it move into the displacement area D beyond what
 * D's control C_D did? With counts before (0) and after (1) periods of equal length:
 * <pre>
 *   WDD = (T1 - T0) - (CT1 - CT0) + (D1 - D0) - (CD1 - CD0)
 *   Var(WDD) = T0 + T1 + CT0 + CT1 + D0 + D1 + CD0 + CD1      (each count Poisson, variance = mean)
 *   z = WDD / sqrt(Var),  p two-sided standard normal
 * </pre>
 * Negative WDD: fewer incidents in T and D together than the controls' trends predict. The local part
 * {@code (T1 - T0) - (CT1 - CT0)} and the displacement part {@code (D1 - D0) - (CD1 - CD0)} are reported with their
 * own standard errors, as the authors' spreadsheet and R's {@code ptools::wdd} do.
 *
 * <p>Controls of another size: each control's change may be scaled to its area's size, {@code s = area(T) /
 * area(C_T)} (Wheeler 2021, "the WDD test with different area sizes", {@code ptools::wdd}'s {@code area_weights},
 * expressed in incidents of the treated area): the term becomes {@code s (CT1 - CT0)} and its variance
 * {@code s² (CT0 + CT1)}; z is what {@code ptools::wdd} gives. Scale 1 is the paper's test. When one area is the
 * control of both T and D (the rest of a district), its counts enter once with the scales added:
 * {@code (sT + sD)(C1 - C0)}, variance {@code (sT + sD)² (C0 + C1)}.
 *
 * <p>Caveats the method has, which callers show: the normal approximation to the Poisson counts is poor for
 * very small counts (the authors' R documentation warns of it), and the answer depends on how well the
 * controls' trends stand in for what would have happened without the measure. Undefined: with every count zero
 * the variance is 0 and z and p are NaN.
 */
public final class WeightedDisplacementDifference {

    /**
     * @param local                      (T1 - T0) - s_T (CT1 - CT0)
     * @param localStandardError         its standard error
     * @param displacement               (D1 - D0) - s_D (CD1 - CD0)
     * @param displacementStandardError  its standard error
     * @param total                      WDD = local + displacement
     * @param variance                   Var(WDD)
     * @param z                          WDD / sqrt(Var), NaN when Var = 0
     * @param pValue                     two-sided, NaN when z is
     */
    public record Result(double local, double localStandardError, double displacement,
                         double displacementStandardError, double total, double variance, double z, double pValue) {

        public double standardError() {
            return Math.sqrt(variance);
        }
    }

    private WeightedDisplacementDifference() {
    }

    /** The paper's test: four areas, controls of the same size as what they control. */
    public static Result evaluate(BeforeAfterCounts treated, BeforeAfterCounts treatedControl,
                                  BeforeAfterCounts displacement, BeforeAfterCounts displacementControl) {
        return evaluate(treated, treatedControl, 1, displacement, displacementControl, 1);
    }

    /** Controls scaled by {@code area(T)/area(C_T)} and {@code area(D)/area(C_D)}. */
    public static Result evaluate(BeforeAfterCounts treated, BeforeAfterCounts treatedControl, double treatedScale,
                                  BeforeAfterCounts displacement, BeforeAfterCounts displacementControl,
                                  double displacementScale) {
        checkScale(treatedScale);
        checkScale(displacementScale);
        double local = change(treated) - treatedScale * change(treatedControl);
        double localVariance = sum(treated) + treatedScale * treatedScale * sum(treatedControl);
        double disp = change(displacement) - displacementScale * change(displacementControl);
        double dispVariance = sum(displacement) + displacementScale * displacementScale * sum(displacementControl);
        return result(local, localVariance, disp, dispVariance, localVariance + dispVariance);
    }

    /** One area controls both T and D: its counts enter once, with the two scales added. */
    public static Result evaluateWithSharedControl(BeforeAfterCounts treated, BeforeAfterCounts displacement,
                                                   BeforeAfterCounts control, double treatedScale,
                                                   double displacementScale) {
        checkScale(treatedScale);
        checkScale(displacementScale);
        double local = change(treated) - treatedScale * change(control);
        double disp = change(displacement) - displacementScale * change(control);
        double localVariance = sum(treated) + treatedScale * treatedScale * sum(control);
        double dispVariance = sum(displacement) + displacementScale * displacementScale * sum(control);
        double scales = treatedScale + displacementScale;
        double variance = sum(treated) + sum(displacement) + scales * scales * sum(control);
        return result(local, localVariance, disp, dispVariance, variance);
    }

    private static Result result(double local, double localVariance, double disp, double dispVariance,
                                 double variance) {
        double total = local + disp;
        double z = variance > 0 ? total / Math.sqrt(variance) : Double.NaN;
        return new Result(local, Math.sqrt(localVariance), disp, Math.sqrt(dispVariance), total, variance, z,
                NormalDistribution.twoSidedPValue(z));
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("a control's scale must be positive and finite, got " + scale);
        }
    }

    private static double change(BeforeAfterCounts c) {
        return (double) c.after() - c.before();
    }

    private static double sum(BeforeAfterCounts c) {
        return (double) c.after() + c.before();
    }
}
