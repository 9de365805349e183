package se.platslage.analysis.trend;

/**
 * A Mann–Kendall test's result. When {@link #computable()} is false, {@link #noTrend()} says why and the
 * statistics are NaN (and S zero): callers show the reason, never the NaN.
 *
 * @param n          number of values in the series
 * @param s          Kendall's S, the sum of the signs of all later-minus-earlier differences
 * @param tau        Kendall's tau-b between the values and time, in [-1, 1]
 * @param varianceS  variance of S under no trend, corrected for ties
 * @param z          {@code S / sqrt(varianceS)}, no continuity correction
 * @param pValue     two-sided p-value of z under the standard normal distribution
 * @param noTrend    why no trend could be computed; null when it could
 */
public record MannKendallResult(int n, long s, double tau, double varianceS, double z, double pValue,
        NoTrend noTrend) {

    /** Why a series has no computable trend. */
    public enum NoTrend {
        /** Fewer than {@link MannKendall#MIN_VALUES} values. */
        TOO_FEW_VALUES,
        /** Every value is the same: the variance of S is zero. */
        CONSTANT
    }

    static MannKendallResult notComputable(int n, NoTrend reason) {
        return new MannKendallResult(n, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, reason);
    }

    public boolean computable() {
        return noTrend == null;
    }

    /** +1 rising, -1 falling, 0 no change or not computable; whether it is significant is the p-value's. */
    public int direction() {
        return computable() ? Long.signum(s) : 0;
    }
}
