package se.platslage.analysis.hotspot;

import java.util.Arrays;

/**
 * Benjamini-Hochberg (1995) false discovery rate adjustment of p-values, identical to R's
 * {@code p.adjust(p, method = "BH")}.
 *
 * <p>Algorithm: with the m p-values sorted ascending, the adjusted value at rank i is
 * {@code min(1, min over k >= i of m * p_(k) / k)}. A hypothesis is rejected by the BH step-up procedure at
 * level alpha exactly when its adjusted p-value is at most alpha, so classifying adjusted p-values at
 * 0.10 / 0.05 / 0.01 runs the procedure once per confidence level. NaN p-values (cells whose z is
 * undefined) stay NaN and are not counted in m, as R does with NA.
 */
public final class BenjaminiHochberg {

    private BenjaminiHochberg() {
    }

    /** Adjusted p-values, index-aligned with the input; the input is not changed. */
    public static double[] adjust(double[] pValues) {
        int m = 0;
        for (double p : pValues) {
            if (!Double.isNaN(p)) {
                m++;
            }
        }
        double[] sorted = new double[m];
        int k = 0;
        for (double p : pValues) {
            if (!Double.isNaN(p)) {
                sorted[k++] = p;
            }
        }
        Arrays.sort(sorted);
        // q[i]: the adjusted value at ascending rank i + 1, running minimum taken from the largest p down
        double[] q = new double[m];
        double running = Double.POSITIVE_INFINITY;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, (double) m / (i + 1) * sorted[i]);
            q[i] = Math.min(1.0, running);
        }
        double[] adjusted = new double[pValues.length];
        for (int i = 0; i < pValues.length; i++) {
            // tied p-values all take the value at the highest rank among them, as R's cummin gives them
            adjusted[i] = Double.isNaN(pValues[i]) ? Double.NaN : q[lastIndexOf(sorted, pValues[i])];
        }
        return adjusted;
    }

    private static int lastIndexOf(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
