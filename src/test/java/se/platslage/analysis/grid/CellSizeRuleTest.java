package se.platslage.analysis.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellSizeRuleTest {

    /*
     * A 10 x 10 lattice of incidents 30 m apart, each address twice (coincident), plus one far outlier:
     *
     *   . . . . . . . . . .
     *   . . . . . . . . . .        (x 10 rows, 30 m apart)            *  outlier 5 km east
     *
     * Nearest non-coincident neighbour: 30 m for all lattice points; the outlier (~4.7 km) is more than
     * three standard deviations above the mean and is dropped; the cell size is 30 m.
     */
    @Test
    void meanNearestNeighbourDistanceWithoutOutliersAndCoincidentPoints() {
        int n = 201;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < 200; i++) {
            xs[i] = 674000 + 30 * ((i / 2) % 10);
            ys[i] = 6580000 + 30 * ((i / 2) / 10);
        }
        xs[200] = 679000;
        ys[200] = 6580000;
        CellSizeRule.Choice choice = CellSizeRule.choose(xs, ys);
        assertEquals(30.0, choice.meanNearestNeighbourMeters(), 1e-9);
        assertEquals(1, choice.outliersRemoved());
        assertEquals(30.0, choice.cellSizeMeters());
        assertFalse(choice.boundedByMaxCells());
    }

    @Test
    void dataWithTinySpacingIsBoundedByTheCellLimit() {
        double[] xs = new double[10_000];
        double[] ys = new double[10_000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (i % 100) * 1.0;
            ys[i] = (i / 100) * 1.0;
        }
        // 99 m x 99 m within at most 100 cells: sqrt(9801 / 100) = 9.9 -> 10 m
        CellSizeRule.Choice choice = CellSizeRule.choose(xs, ys, 100);
        assertTrue(choice.boundedByMaxCells());
        assertEquals(10.0, choice.cellSizeMeters());
    }

    @Test
    void allCoincidentPointsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> CellSizeRule.choose(new double[] {5, 5, 5}, new double[] {7, 7, 7}));
    }

    @Test
    void nearestNeighbourSearchEqualsBruteForce() {
        Random random = new Random(11);
        int n = 3000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            boolean clustered = i % 3 == 0;
            xs[i] = clustered ? 5000 + random.nextGaussian() * 20 : random.nextDouble() * 10_000;
            ys[i] = clustered ? 5000 + random.nextGaussian() * 20 : random.nextDouble() * 10_000;
        }
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
                if (d > 0 && d < best) {
                    best = d;
                }
            }
            expected[i] = best;
        }
        assertArrayEquals(expected, NearestNeighbourDistances.compute(xs, ys), 1e-9);
    }
}
