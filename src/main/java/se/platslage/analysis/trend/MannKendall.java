package se.platslage.analysis.trend;

import java.util.Arrays;
import se.platslage.analysis.hotspot.NormalDistribution;

/**
 * The Mann–Kendall test for a monotonic trend in a series of values taken at equal time steps (Mann 1945,
 * Kendall 1975): is the series rising or falling over time, beyond what chance gives?
 *
 * <p>Algorithm: {@code S = sum over i < j of sign(x_j - x_i)}. Under no trend, S has mean 0 and, with
 * groups of tied values of sizes {@code t}, the variance
 * {@code Var(S) = (n(n-1)(2n+5) - sum t(t-1)(2t+5)) / 18}. The z-score is {@code S / sqrt(Var(S))} without a
 * continuity correction and the two-sided p-value {@code P(|Z| >= |z|)}: exactly what R's
 * {@code cor.test(x, seq_along(x), method = "kendall", exact = FALSE)} computes, whose defaults the
 * fixtures check to 1e-9. Kendall's tau is tau-b, as R's {@code cor(..., method = "kendall")}:
 * {@code S / sqrt((n(n-1)/2 - sum t(t-1)/2) * n(n-1)/2)} (time itself has no ties).
 *
 * <p>Empty input: a series of fewer than three values, or one whose values are all equal, has no
 * computable trend ({@link MannKendallResult#computable()} is false and says why) rather than NaN.
 *
 * <p>IMPLEMENTATION NOTE: the O(n²) pair loop is deliberate: series here are months or weeks (tens to a
 * few hundred values), where it is faster than the O(n log n) merge-sort count and needs no allocation.
 */
public final class MannKendall {

    /** Fewer values than this give no trend: with two, S is ±1 and says nothing. */
    public static final int MIN_VALUES = 3;

    private MannKendall() {
    }

    /** The test on {@code values} in time order. NaN values are refused: a missing step is not a zero. */
    public static MannKendallResult test(double[] values) {
        int n = values.length;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("value " + i + " of the series is NaN");
            }
        }
        if (n < MIN_VALUES) {
            return MannKendallResult.notComputable(n, MannKendallResult.NoTrend.TOO_FEW_VALUES);
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            double xi = values[i];
            for (int j = i + 1; j < n; j++) {
                s += values[j] > xi ? 1 : values[j] < xi ? -1 : 0;
            }
        }
        TieSums ties = TieSums.of(values);
        double pairs = n * (n - 1.0) / 2;
        if (ties.pairs == pairs) {
            return MannKendallResult.notComputable(n, MannKendallResult.NoTrend.CONSTANT);
        }
        double variance = (n * (n - 1.0) * (2.0 * n + 5) - ties.variance) / 18.0;
        double z = s / Math.sqrt(variance);
        double tau = s / Math.sqrt((pairs - ties.pairs) * pairs);
        return new MannKendallResult(n, s, tau, variance, z, NormalDistribution.twoSidedPValue(z), null);
    }

    /** Over the groups of tied values: {@code sum t(t-1)/2} (tied pairs) and {@code sum t(t-1)(2t+5)}. */
    private record TieSums(double pairs, double variance) {

        static TieSums of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double pairs = 0;
            double variance = 0;
            int start = 0;
            for (int i = 1; i <= sorted.length; i++) {
                if (i == sorted.length || sorted[i] != sorted[start]) {
                    double t = i - start;
                    pairs += t * (t - 1) / 2;
                    variance += t * (t - 1) * (2 * t + 5);
                    start = i;
                }
            }
            return new TieSums(pairs, variance);
        }
    }
}
