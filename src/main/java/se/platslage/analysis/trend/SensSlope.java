package se.platslage.analysis.trend;

import java.util.Arrays;

/**
 * Sen's slope (Sen 1968, Theil 1950): the median of the slopes between every pair of values of a series
 * taken at equal time steps, in value units per step. Robust where a least-squares line is not: one month
 * with a raid does not tilt it. Multiply by the steps per year for a change per year.
 *
 * <p>Algorithm: {@code median over i < j of (x_j - x_i) / (j - i)}; with an even number of pairs, the mean
 * of the two middle slopes. O(n² log n), fine for series of months.
 *
 * <p>Empty input: fewer than two values have no pair, and the slope is NaN; callers check
 * {@link MannKendallResult#computable()} first, which needs more.
 */
public final class SensSlope {

    private SensSlope() {
    }

    /** Sen's slope of {@code values} in time order, per step. */
    public static double perStep(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (values[j] - values[i]) / (j - i);
            }
        }
        Arrays.sort(slopes);
        int middle = slopes.length / 2;
        return slopes.length % 2 == 1 ? slopes[middle] : (slopes[middle - 1] + slopes[middle]) / 2;
    }
}
