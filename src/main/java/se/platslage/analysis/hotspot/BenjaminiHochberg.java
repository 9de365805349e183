package se.platslage.analysis.hotspot;

import java.util.Arrays;
import java.util.Comparator;

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
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = new Integer[pValues.length];
        int m = 0;
        for (int i = 0; i < pValues.length; i++) {
            if (!Double.isNaN(pValues[i])) {
                order[m++] = i;
            }
        }
        Integer[] valid = Arrays.copyOf(order, m);
        Arrays.sort(valid, Comparator.comparingDouble((Integer i) -> pValues[i]).reversed());
        double running = Double.POSITIVE_INFINITY;
        for (int position = 0; position < m; position++) {
            int rank = m - position; // rank in ascending order
            int i = valid[position];
            running = Math.min(running, (double) m / rank * pValues[i]);
            adjusted[i] = Math.min(1.0, running);
        }
        return adjusted;
    }
}
