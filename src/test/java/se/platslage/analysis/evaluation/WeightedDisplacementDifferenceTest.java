package se.platslage.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The WDD against the figures its authors published, and against an independent reading: the WDD is a linear
 * combination of independent Poisson counts, so its variance is the sum of coefficient² × count.
 */
class WeightedDisplacementDifferenceTest {

    private static BeforeAfterCounts c(long before, long after) {
        return new BeforeAfterCounts(before, after);
    }

    private static final BeforeAfterCounts NONE = c(0, 0);

    @Test
    void wheelersTreatedAndControlExample() {
        // Wheeler (2021, "The WDD test with different pre/post time periods"): treated 80 -> 20, control 100 -> 50:
        // (20 - 80) - (50 - 100) = -10, variance 20 + 80 + 50 + 100 = 250, standard error about 15.8
        var r = WeightedDisplacementDifference.evaluate(c(80, 20), c(100, 50), NONE, NONE);
        assertEquals(-10, r.total(), 0);
        assertEquals(250, r.variance(), 0);
        assertEquals(15.8, r.standardError(), 0.05);
    }

    @Test
    void crimeDeCodersCalculatorExample() {
        // Wheeler (2025, "Some extensions to the WDD statistic"): control 100 -> 90, treated 100 -> 80:
        // a reduction of 10 beyond the control's, standard error 19
        var r = WeightedDisplacementDifference.evaluate(c(100, 80), c(100, 90), NONE, NONE);
        assertEquals(-10, r.total(), 0);
        assertEquals(19, r.standardError(), 0.5);
    }

    @Test
    void ptoolsDisplacementExample() {
        // ptools::wdd documentation: cont (20, 20), treat (20, 10), dispcont (30, 30), disptreat (30, 20):
        // local -10 (var 70), displacement -10 (var 110), total -20, SE sqrt(180)
        var r = WeightedDisplacementDifference.evaluate(c(20, 10), c(20, 20), c(30, 20), c(30, 30));
        assertEquals(-10, r.local(), 0);
        assertEquals(Math.sqrt(70), r.localStandardError(), 1e-12);
        assertEquals(-10, r.displacement(), 0);
        assertEquals(Math.sqrt(110), r.displacementStandardError(), 1e-12);
        assertEquals(-20, r.total(), 0);
        assertEquals(-20 / Math.sqrt(180), r.z(), 1e-12);
    }

    @Test
    void ptoolsPostOnlyExampleHasTwoSidedPAboutSevenPercent() {
        // ptools::wdd documentation: wdd(c(0, 20), c(0, 10)) gives a two-tailed p of about 0.068
        var r = WeightedDisplacementDifference.evaluate(c(0, 10), c(0, 20), NONE, NONE);
        assertEquals(-10 / Math.sqrt(30), r.z(), 1e-12);
        assertEquals(0.068, r.pValue(), 0.0005);
    }

    @Test
    void equalsTheLinearCombinationOfPoissonCounts() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            long[] n = new long[8];
            for (int k = 0; k < 8; k++) {
                n[k] = random.nextInt(60);
            }
            double sT = 0.2 + random.nextDouble() * 3;
            double sD = 0.2 + random.nextDouble() * 3;
            // coefficients on T0 T1 CT0 CT1 D0 D1 CD0 CD1
            double[] coefficient = {-1, 1, sT, -sT, -1, 1, sD, -sD};
            double wdd = 0;
            double variance = 0;
            for (int k = 0; k < 8; k++) {
                wdd += coefficient[k] * n[k];
                variance += coefficient[k] * coefficient[k] * n[k];
            }
            var r = WeightedDisplacementDifference.evaluate(c(n[0], n[1]), c(n[2], n[3]), sT, c(n[4], n[5]),
                    c(n[6], n[7]), sD);
            assertEquals(wdd, r.total(), 1e-9);
            assertEquals(variance, r.variance(), 1e-9);
            // the shared control: coefficients on C0 and C1 add up
            double sharedWdd = (n[1] - n[0]) + (n[5] - n[4]) - (sT + sD) * (n[3] - n[2]);
            double sharedVariance = n[0] + n[1] + n[4] + n[5] + (sT + sD) * (sT + sD) * (n[2] + n[3]);
            var s = WeightedDisplacementDifference.evaluateWithSharedControl(c(n[0], n[1]), c(n[4], n[5]),
                    c(n[2], n[3]), sT, sD);
            assertEquals(sharedWdd, s.total(), 1e-9);
            assertEquals(sharedVariance, s.variance(), 1e-9);
        }
    }

    @Test
    void noIncidentsAtAllHaveNoZ() {
        var r = WeightedDisplacementDifference.evaluate(NONE, NONE, NONE, NONE);
        assertEquals(0, r.total(), 0);
        assertTrue(Double.isNaN(r.z()));
        assertTrue(Double.isNaN(r.pValue()));
    }

    @Test
    void aScaleMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> WeightedDisplacementDifference.evaluate(NONE, NONE, 0, NONE, NONE, 1));
    }
}
