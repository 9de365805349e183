package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void adjustsByRankAndTakesTheRunningMinimumFromTheTop() {
        // sorted: .005 .01 .03 .04 -> m p / rank: .02 .02 .04 .04 -> running min from the largest: same
        double[] adjusted = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02}, adjusted, 1e-15);
    }

    @Test
    void aLargerPValueCanLowerASmallerOnesAdjustment() {
        // sorted: .02 .021 -> 2*.02/1 = .04, 2*.021/2 = .021 -> running min: .021 .021
        assertArrayEquals(new double[] {0.021, 0.021}, BenjaminiHochberg.adjust(new double[] {0.02, 0.021}), 1e-15);
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertArrayEquals(new double[] {1, 1}, BenjaminiHochberg.adjust(new double[] {0.9, 1.0}), 0);
    }

    @Test
    void nanStaysNanAndIsNotCounted() {
        double[] adjusted = BenjaminiHochberg.adjust(new double[] {Double.NaN, 0.01, 0.02});
        assertTrue(Double.isNaN(adjusted[0]));
        assertEquals(0.02, adjusted[1], 1e-15); // m = 2, not 3
        assertEquals(0.02, adjusted[2], 1e-15);
    }

    @Test
    void tiedPValuesShareTheAdjustmentOfTheHighestRank() {
        // sorted: .01 .01 .04 -> 3*.01/1 = .03, 3*.01/2 = .015, 3*.04/3 = .04 -> both ties .015 (R: same)
        assertArrayEquals(new double[] {0.015, 0.04, 0.015},
                BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.01}), 1e-15);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals(0, BenjaminiHochberg.adjust(new double[0]).length);
    }
}
