package se.platslage.analysis.emerging;

/**
 * The category of one location from its bins' significance over time and the Mann–Kendall trend of its Gi*
 * z-scores, after ArcGIS Pro's "How Emerging Hot Spot Analysis works".
 *
 * <p>Algorithm. With n time steps, H the steps where the location is a significant hot spot (the bin's
 * FDR-adjusted p at most the bin level, z > 0), C the significant cold steps, "final" the last step, and the
 * trend significant when its p is at most the trend level, the rules are tried in this order, the first that
 * holds wins (the 90 % rule is {@code 10 H >= 9 n}, in integers):
 * <table>
 *   <caption>Categories (cold spots: swap hot and cold, and read "rising" for "falling")</caption>
 *   <tr><th>category</th><th>ArcGIS definition</th><th>rule here</th></tr>
 *   <tr><td>historical hot</td><td>the most recent step is not hot, but at least 90 % of the steps were hot
 *       </td><td>H ≥ 90 % of n, final not hot</td></tr>
 *   <tr><td>intensifying hot</td><td>hot in 90 % of the steps including the final one, and the intensity of
 *       clustering is increasing overall, significantly</td><td>H ≥ 90 %, final hot, trend significant, z rising
 *       </td></tr>
 *   <tr><td>diminishing hot</td><td>as intensifying, the intensity decreasing significantly</td>
 *       <td>H ≥ 90 %, final hot, trend significant, z falling</td></tr>
 *   <tr><td>persistent hot</td><td>hot in 90 % of the steps, no discernible trend in intensity</td>
 *       <td>H ≥ 90 %, final hot, trend not significant (or not computable)</td></tr>
 *   <tr><td>oscillating hot</td><td>hot in the final step, a significant cold spot in some earlier step, hot in
 *       less than 90 % of the steps</td><td>final hot, C ≥ 1, H &lt; 90 %</td></tr>
 *   <tr><td>new hot</td><td>hot in the final step and never a significant hot spot before</td>
 *       <td>final hot, H = 1, C = 0</td></tr>
 *   <tr><td>consecutive hot</td><td>a single uninterrupted run of at least two hot bins ending in the final
 *       step, never hot before that run, less than 90 % hot</td><td>final hot, H ≥ 2, C = 0, the H hot
 *       steps are the last H steps, H &lt; 90 %</td></tr>
 *   <tr><td>sporadic hot</td><td>hot in the final step, an on-again off-again hot spot before, less than
 *       90 % hot and never a significant cold spot</td><td>final hot, C = 0, H &lt; 90 %, and none of the
 *       above</td></tr>
 *   <tr><td>no pattern</td><td>none of the hot or cold patterns</td><td>anything else, e.g. hot only in
 *       some middle steps</td></tr>
 * </table>
 * The cold rules are checked after the hot ones; no location can meet both (H + C ≤ n, and a final step is not
 * both). The precedence settles what ArcGIS's text leaves open: a location hot only in the final step after an
 * earlier cold spot is oscillating, not new (it was significant before); "90 % hot, final hot" with a
 * significant trend is intensifying or diminishing, not persistent.
 *
 * <p>IMPLEMENTATION NOTE: ArcGIS's page does not state the confidence levels; {@link EmergingHotSpotAnalysis}
 * uses 0.05 for the bins (after FDR) and for the trend and echoes both with the result.
 */
public final class EmergingPatterns {

    private EmergingPatterns() {
    }

    /**
     * @param hot              per step, a significant hot spot
     * @param cold             per step, a significant cold spot
     * @param trendDirection   +1 the z-scores rise, -1 they fall, 0 no trend or not computable
     * @param trendSignificant the Mann–Kendall p is at most the trend level
     */
    public static EmergingCategory classify(boolean[] hot, boolean[] cold, int trendDirection,
                                            boolean trendSignificant) {
        int n = hot.length;
        if (cold.length != n) {
            throw new IllegalArgumentException("hot and cold series differ in length");
        }
        if (n == 0) {
            return EmergingCategory.NO_PATTERN;
        }
        EmergingCategory hotPattern = pattern(hot, cold, trendDirection, trendSignificant, true);
        if (hotPattern != null) {
            return hotPattern;
        }
        EmergingCategory coldPattern = pattern(cold, hot, -trendDirection, trendSignificant, false);
        return coldPattern != null ? coldPattern : EmergingCategory.NO_PATTERN;
    }

    /**
     * The hot-spot rules on {@code same}, with {@code other} the opposite kind; for cold spots the caller
     * swaps the series and the trend's sign, so "intensifying" always means moving away from zero.
     */
    private static EmergingCategory pattern(boolean[] same, boolean[] other, int direction, boolean significant,
                                            boolean hot) {
        int n = same.length;
        int count = 0;
        int opposite = 0;
        for (int t = 0; t < n; t++) {
            count += same[t] ? 1 : 0;
            opposite += other[t] ? 1 : 0;
        }
        boolean last = same[n - 1];
        if (10L * count >= 9L * n) {
            if (!last) {
                return hot ? EmergingCategory.HISTORICAL_HOT_SPOT : EmergingCategory.HISTORICAL_COLD_SPOT;
            }
            if (significant && direction > 0) {
                return hot ? EmergingCategory.INTENSIFYING_HOT_SPOT : EmergingCategory.INTENSIFYING_COLD_SPOT;
            }
            if (significant && direction < 0) {
                return hot ? EmergingCategory.DIMINISHING_HOT_SPOT : EmergingCategory.DIMINISHING_COLD_SPOT;
            }
            return hot ? EmergingCategory.PERSISTENT_HOT_SPOT : EmergingCategory.PERSISTENT_COLD_SPOT;
        }
        if (!last) {
            return null;
        }
        if (opposite > 0) {
            return hot ? EmergingCategory.OSCILLATING_HOT_SPOT : EmergingCategory.OSCILLATING_COLD_SPOT;
        }
        if (count == 1) {
            return hot ? EmergingCategory.NEW_HOT_SPOT : EmergingCategory.NEW_COLD_SPOT;
        }
        if (finalRunLength(same) == count) {
            return hot ? EmergingCategory.CONSECUTIVE_HOT_SPOT : EmergingCategory.CONSECUTIVE_COLD_SPOT;
        }
        return hot ? EmergingCategory.SPORADIC_HOT_SPOT : EmergingCategory.SPORADIC_COLD_SPOT;
    }

    private static int finalRunLength(boolean[] series) {
        int run = 0;
        for (int t = series.length - 1; t >= 0 && series[t]; t--) {
            run++;
        }
        return run;
    }
}
