package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.SquareLattice;

class DistanceBandRuleTest {

    @ParameterizedTest
    @CsvSource({"2, 1", "4, 3", "40, 3", "100, 5", "599, 29", "1000, 30", "62500, 30"})
    void kIsFivePercentOfNBetweenThreeAndThirty(int n, int k) {
        assertEquals(k, DistanceBandRule.neighbourCountK(n));
    }

    /*
     * 6 x 3 squares of 100 m, non-empty cells only: four in a row.
     *
     *   row 2:   .  .  .  .  .  .
     *   row 1:   .  1  2  1  3  .
     *   row 0:   .  .  .  .  .  .
     *
     * n = 4, K = 3: third-nearest distances 300, 200, 200, 300 -> mean 250.
     */
    @Test
    void averageDistanceToKthNearestIncludedCell() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 6, 3);
        int[] counts = new int[18];
        counts[lattice.cellId(1, 1)] = 1;
        counts[lattice.cellId(2, 1)] = 2;
        counts[lattice.cellId(3, 1)] = 1;
        counts[lattice.cellId(4, 1)] = 3;
        assertEquals(250.0, DistanceBandRule.choose(DenseCellCounts.of(lattice, counts), CellInclusion.NON_EMPTY_CELLS));
    }

    @Test
    void allCellsOfAGridGiveADistanceFromItsShapeRoundedUpToAMetre() {
        // 3 x 1 squares: K = min(3, n - 1) = 2; second-nearest: 200, 100, 200 -> 166.67 -> 167
        SquareLattice lattice = new SquareLattice(0, 0, 100, 3, 1);
        assertEquals(167.0, DistanceBandRule.choose(new DenseCellCounts(lattice), CellInclusion.ALL_CELLS));
    }

    @Test
    void fewerThanTwoCellsAreRejected() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 3, 3);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        counts.add(4, 5);
        assertThrows(IllegalArgumentException.class,
                () -> DistanceBandRule.choose(counts, CellInclusion.NON_EMPTY_CELLS));
    }
}
