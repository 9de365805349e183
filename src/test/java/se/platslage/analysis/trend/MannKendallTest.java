package se.platslage.analysis.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed cases and the edges: empty, short and constant series have no trend, never NaN shown. */
class MannKendallTest {

    @Test
    void strictlyRisingSeriesHasSEqualToThePairCountAndTauOne() {
        // 1 2 3 4 5: all 10 pairs rise; Var(S) = 5*4*15/18 = 16.667, z = 10/4.0825 = 2.4495
        MannKendallResult r = MannKendall.test(new double[] {1, 2, 3, 4, 5});
        assertEquals(10, r.s());
        assertEquals(1.0, r.tau(), 1e-15);
        assertEquals(5 * 4 * 15 / 18.0, r.varianceS(), 1e-12);
        assertEquals(10 / Math.sqrt(5 * 4 * 15 / 18.0), r.z(), 1e-12);
        assertEquals(1, r.direction());
    }

    @Test
    void tiesReduceTheVariance() {
        // 1 1 2 2 3: ties of size 2 twice; S = 8 (pairs 1-1 and 2-2 count 0)
        // Var(S) = (5*4*15 - 2*(2*1*9)) / 18 = (300 - 36) / 18 = 14.667
        MannKendallResult r = MannKendall.test(new double[] {1, 1, 2, 2, 3});
        assertEquals(8, r.s());
        assertEquals((300 - 36) / 18.0, r.varianceS(), 1e-12);
        // tau-b: 8 / sqrt((10 - 2) * 10)
        assertEquals(8 / Math.sqrt(80), r.tau(), 1e-12);
    }

    @Test
    void fallingSeriesHasNegativeDirectionAndSlope() {
        double[] falling = {9, 7, 8, 5, 4, 4, 2};
        assertEquals(-1, MannKendall.test(falling).direction());
        assertTrue(SensSlope.perStep(falling) < 0);
    }

    @Test
    void emptySeriesHasNoTrend() {
        MannKendallResult r = MannKendall.test(new double[0]);
        assertFalse(r.computable());
        assertEquals(MannKendallResult.NoTrend.TOO_FEW_VALUES, r.noTrend());
        assertEquals(0, r.direction());
    }

    @Test
    void twoValuesAreTooFew() {
        assertEquals(MannKendallResult.NoTrend.TOO_FEW_VALUES, MannKendall.test(new double[] {1, 5}).noTrend());
    }

    @Test
    void constantSeriesHasNoTrend() {
        MannKendallResult r = MannKendall.test(new double[] {0, 0, 0, 0, 0, 0});
        assertFalse(r.computable());
        assertEquals(MannKendallResult.NoTrend.CONSTANT, r.noTrend());
    }

    @Test
    void nanValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MannKendall.test(new double[] {1, Double.NaN, 3}));
    }

    @Test
    void sensSlopeOfALineIsItsSlope() {
        assertEquals(2.5, SensSlope.perStep(new double[] {1, 3.5, 6, 8.5, 11}), 1e-12);
    }

    @Test
    void sensSlopeIgnoresOneOutlier() {
        // a line of slope 1 with one raid month: the median slope stays 1
        assertEquals(1.0, SensSlope.perStep(new double[] {1, 2, 3, 40, 5, 6, 7}), 1e-12);
    }

    @Test
    void sensSlopeOfFewerThanTwoValuesIsNaN() {
        assertTrue(Double.isNaN(SensSlope.perStep(new double[] {4})));
    }
}
