package se.platslage.analysis.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.HexLattice;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.CellInclusion;

/** The space-time neighbourhood by hand on a tiny cube, and against a brute-force reading of the definition. */
class SpaceTimeGiStarTest {

    private static final LocalDate JANUARY = LocalDate.of(2025, 1, 1);

    /*
     * Three 100 m squares in a row, band 100 m (the adjacent cells and itself), two months, timeWindow 1:
     *
     *   step 0:  [0][2][0]
     *   step 1:  [1][0][3]
     *
     * Entire cube: n = 6, mean 1, s^2 = (1+1+1+0+1+4)/6 = 4/3.
     */
    @Test
    void tinyCubeByHand() {
        SpaceTimeCube cube = new SpaceTimeCube(new SquareLattice(0, 0, 100, 3, 1), TimeStep.MONTH, JANUARY, 2);
        cube.add(1, 0, 2);
        cube.add(0, 1, 1);
        cube.add(2, 1, 3);
        SpaceTimeGiStarResult r = SpaceTimeGiStar.compute(cube, StudyAreaCells.whole(cube.lattice()),
                CellInclusion.ALL_CELLS, 100, 1, GlobalWindow.ENTIRE_CUBE);
        // (cell 0, step 1): cells 0 and 1 in steps 0 and 1, W = 4, sum = 0 + 2 + 1 + 0 = 3
        // z = (3 - 4) / sqrt(4/3 * (6*4 - 16) / 5) = -1 / sqrt(32/15)
        assertEquals(4, r.neighbourCounts()[r.bin(0, 1)]);
        assertEquals(-1 / Math.sqrt(32.0 / 15), r.zScores()[r.bin(0, 1)], 1e-12);
        // (cell 1, step 0): nothing behind step 0, so W = 3 and sum = 2: z = -1 / sqrt(4/3 * 9 / 5)
        assertEquals(3, r.neighbourCounts()[r.bin(1, 0)]);
        assertEquals(-1 / Math.sqrt(12.0 / 5), r.zScores()[r.bin(1, 0)], 1e-12);
    }

    @Test
    void squareCubeEqualsBruteForce() {
        CellLattice lattice = new SquareLattice(674000, 6580000, 100, 9, 7);
        for (GlobalWindow window : GlobalWindow.values()) {
            for (int timeWindow = 0; timeWindow <= 2; timeWindow++) {
                assertMatchesBruteForce(randomCube(lattice, 6, 11), 250, timeWindow, window, CellInclusion.ALL_CELLS);
                assertMatchesBruteForce(randomCube(lattice, 6, 12), 250, timeWindow, window,
                        CellInclusion.NON_EMPTY_CELLS);
            }
        }
    }

    @Test
    void hexCubeEqualsBruteForce() {
        CellLattice lattice = new HexLattice(0, 0, 100, 8, 7);
        assertMatchesBruteForce(randomCube(lattice, 5, 13), 210, 1, GlobalWindow.ENTIRE_CUBE, CellInclusion.ALL_CELLS);
        assertMatchesBruteForce(randomCube(lattice, 5, 14), 110, 2, GlobalWindow.NEIGHBOURHOOD_TIME_STEP,
                CellInclusion.NON_EMPTY_CELLS);
    }

    @Test
    void nonEmptyLocationsKeepTheirZeroSteps() {
        SpaceTimeCube cube = new SpaceTimeCube(new SquareLattice(0, 0, 100, 4, 1), TimeStep.MONTH, JANUARY, 3);
        cube.add(1, 2, 5);
        cube.add(3, 0, 1);
        SpaceTimeGiStarResult r = SpaceTimeGiStar.compute(cube, StudyAreaCells.whole(cube.lattice()),
                CellInclusion.NON_EMPTY_CELLS, 100, 1, GlobalWindow.ENTIRE_CUBE);
        assertEquals(2, r.locationCount());
        assertEquals(0, r.counts()[r.bin(r.indexOf(1), 0)]);
        assertEquals(-1, r.indexOf(0));
    }

    @Test
    void constantCubeHasUndefinedZ() {
        SpaceTimeCube cube = new SpaceTimeCube(new SquareLattice(0, 0, 100, 3, 3), TimeStep.WEEK, JANUARY, 4);
        SpaceTimeGiStarResult r = SpaceTimeGiStar.compute(cube, StudyAreaCells.whole(cube.lattice()),
                CellInclusion.ALL_CELLS, 150, 1, GlobalWindow.ENTIRE_CUBE);
        for (double z : r.zScores()) {
            assertTrue(Double.isNaN(z));
        }
    }

    @Test
    void negativeTimeWindowIsRefused() {
        SpaceTimeCube cube = new SpaceTimeCube(new SquareLattice(0, 0, 100, 3, 3), TimeStep.WEEK, JANUARY, 4);
        assertThrows(IllegalArgumentException.class, () -> SpaceTimeGiStar.compute(cube,
                StudyAreaCells.whole(cube.lattice()), CellInclusion.ALL_CELLS, 150, -1, GlobalWindow.ENTIRE_CUBE));
    }

    static SpaceTimeCube randomCube(CellLattice lattice, int steps, long seed) {
        Random random = new Random(seed);
        SpaceTimeCube cube = new SpaceTimeCube(lattice, TimeStep.MONTH, JANUARY, steps);
        for (int cell = 0; cell < lattice.cellCount(); cell++) {
            boolean quiet = random.nextInt(4) == 0; // some cells empty in every step
            for (int t = 0; t < steps; t++) {
                if (!quiet) {
                    cube.add(cell, t, random.nextInt(3) == 0 ? random.nextInt(9) : 0);
                }
            }
        }
        return cube;
    }

    /** Every bin against every other: the definition read literally, O(bins^2). */
    private static void assertMatchesBruteForce(SpaceTimeCube cube, double band, int timeWindow, GlobalWindow window,
                                                CellInclusion inclusion) {
        CellLattice lattice = cube.lattice();
        SpaceTimeGiStarResult r = SpaceTimeGiStar.compute(cube, StudyAreaCells.whole(lattice), inclusion, band,
                timeWindow, window);
        int steps = cube.steps();
        int[] loc = r.locations();
        for (int k = 0; k < loc.length; k++) {
            for (int t = 0; t < steps; t++) {
                int first = window == GlobalWindow.ENTIRE_CUBE ? 0 : Math.max(0, t - timeWindow);
                int last = window == GlobalWindow.ENTIRE_CUBE ? steps - 1 : t;
                double n = 0;
                double total = 0;
                for (int cell : loc) {
                    for (int s = first; s <= last; s++) {
                        n++;
                        total += cube.count(cell, s);
                    }
                }
                double mean = total / n;
                double squares = 0;
                for (int cell : loc) {
                    for (int s = first; s <= last; s++) {
                        squares += (cube.count(cell, s) - mean) * (cube.count(cell, s) - mean);
                    }
                }
                double variance = squares / n;
                double w = 0;
                double sum = 0;
                for (int j : loc) {
                    double dx = lattice.centreX(j) - lattice.centreX(loc[k]);
                    double dy = lattice.centreY(j) - lattice.centreY(loc[k]);
                    if (Math.sqrt(dx * dx + dy * dy) > band * (1 + 1e-9)) {
                        continue;
                    }
                    for (int s = Math.max(0, t - timeWindow); s <= t; s++) {
                        w++;
                        sum += cube.count(j, s);
                    }
                }
                double expected = (sum - w * mean) / Math.sqrt(variance * (n * w - w * w) / (n - 1));
                String where = "cell " + loc[k] + " step " + t + " window " + window + " tw " + timeWindow;
                assertEquals((int) w, r.neighbourCounts()[r.bin(k, t)], where);
                assertEquals(expected, r.zScores()[r.bin(k, t)], 1e-9, where);
            }
        }
    }
}
