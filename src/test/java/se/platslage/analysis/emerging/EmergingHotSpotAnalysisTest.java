package se.platslage.analysis.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.HotSpotClass;

/**
 * Whole cubes where the answer is obvious. An 11 x 11 grid of 100 m squares, band 150 m (the 8 cells around),
 * monthly steps; the 3 x 3 block in the middle is the place under study, everything else background:
 * <pre>
 *   . . . . . . . . . . .
 *   . . . . . . . . . . .
 *   . . . . . . . . . . .
 *   . . . . # # # . . . .      # the block: each of its 9 cells holds block(t) incidents in step t
 *   . . . . # X # . . . .      X the cell whose category is asserted (id 60)
 *   . . . . # # # . . . .      . background: a fixed pattern of 0/1 (or 3..5 for cold spots)
 *   . . . . . . . . . . .
 * </pre>
 * Each test draws block(t) as a row of numbers, oldest step first. timeWindow 1, entire cube, alpha 0.05.
 */
class EmergingHotSpotAnalysisTest {

    private static final int CENTRE = 60;

    private static EmergingHotSpotAnalysis.Result run(int[] block, boolean busyBackground) {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 11, 11);
        SpaceTimeCube cube = new SpaceTimeCube(lattice, TimeStep.MONTH, LocalDate.of(2024, 1, 1), block.length);
        for (int t = 0; t < block.length; t++) {
            for (int cell = 0; cell < lattice.cellCount(); cell++) {
                int row = cell / 11;
                int column = cell % 11;
                boolean inBlock = Math.abs(row - 5) <= 1 && Math.abs(column - 5) <= 1;
                int background = busyBackground ? 3 + (cell * 31 + t * 17) % 3 : (cell * 31 + t * 17) % 5 == 0 ? 1 : 0;
                cube.add(cell, t, inBlock ? block[t] : background);
            }
        }
        return EmergingHotSpotAnalysis.run(cube, EmergingHotSpotAnalysis.Parameters.of(150, 1));
    }

    private static EmergingCategory centre(int[] block, boolean busyBackground) {
        EmergingHotSpotAnalysis.Result r = run(block, busyBackground);
        return r.categories()[r.giStar().indexOf(CENTRE)];
    }

    private static int[] steps(IntUnaryOperator blockAtStep, int n) {
        int[] b = new int[n];
        for (int t = 0; t < n; t++) {
            b[t] = blockAtStep.applyAsInt(t);
        }
        return b;
    }

    @Test
    void blockBusyOnlyInTheLastMonthIsNew() {
        assertEquals(EmergingCategory.NEW_HOT_SPOT, centre(new int[] {0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 9}, false));
    }

    @Test
    void blockBusyInTheLastFourMonthsIsConsecutive() {
        assertEquals(EmergingCategory.CONSECUTIVE_HOT_SPOT,
                centre(new int[] {0, 1, 0, 0, 1, 0, 0, 1, 6, 6, 6, 6}, false));
    }

    @Test
    void blockGrowingEveryMonthIsIntensifying() {
        assertEquals(EmergingCategory.INTENSIFYING_HOT_SPOT,
                centre(new int[] {3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9}, false));
    }

    @Test
    void blockEquallyBusyEveryMonthIsPersistent() {
        assertEquals(EmergingCategory.PERSISTENT_HOT_SPOT,
                centre(new int[] {5, 4, 5, 5, 4, 5, 4, 5, 5, 4, 5, 5}, false));
    }

    @Test
    void blockFadingEveryMonthIsDiminishing() {
        assertEquals(EmergingCategory.DIMINISHING_HOT_SPOT,
                centre(new int[] {9, 8, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3}, false));
    }

    @Test
    void blockBusyEveryThirdMonthIsSporadic() {
        assertEquals(EmergingCategory.SPORADIC_HOT_SPOT, centre(new int[] {0, 0, 6, 0, 0, 6, 0, 0, 6, 0, 0, 6}, false));
    }

    @Test
    void blockEmptyAmidBusyStreetsThenBusyIsOscillating() {
        // busy background (3..5): an empty block is a cold spot, a block of 12 a hot one
        assertEquals(EmergingCategory.OSCILLATING_HOT_SPOT,
                centre(new int[] {0, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 12}, true));
    }

    @Test
    void blockBusyForTwoYearsButNotLatelyIsHistorical() {
        // 22 busy months then 2 quiet: hot in 23 of 24 steps (the 23rd still sees the 22nd), not in the last
        assertEquals(EmergingCategory.HISTORICAL_HOT_SPOT, centre(steps(t -> t < 22 ? 5 : 0, 24), false));
    }

    @Test
    void emptyBlockAmidBusyStreetsIsPersistentCold() {
        assertEquals(EmergingCategory.PERSISTENT_COLD_SPOT, centre(steps(t -> 0, 12), true));
    }

    @Test
    void blockEmptyOnlyInTheLastMonthIsNewCold() {
        assertEquals(EmergingCategory.NEW_COLD_SPOT, centre(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0}, true));
    }

    @Test
    void quietBackgroundCellHasNoPattern() {
        EmergingHotSpotAnalysis.Result r = run(steps(t -> 5, 12), false);
        assertEquals(EmergingCategory.NO_PATTERN, r.categories()[r.giStar().indexOf(0)]);
    }

    @Test
    void binClassesAndFdrCoverTheWholeCube() {
        EmergingHotSpotAnalysis.Result r = run(steps(t -> 5, 12), false);
        assertEquals(121 * 12, r.pValuesFdr().length);
        int b = r.giStar().bin(r.giStar().indexOf(CENTRE), 11);
        assertTrue(r.pValuesFdr()[b] >= r.pValues()[b]);
        assertTrue(r.binClasses()[b].isHot());
        assertEquals(HotSpotClass.HOT_99, r.binClasses()[b]);
        assertTrue(r.trends()[r.giStar().indexOf(CENTRE)].computable());
    }
}
