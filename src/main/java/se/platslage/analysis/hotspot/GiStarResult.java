package se.platslage.analysis.hotspot;

import java.util.Arrays;
import se.platslage.analysis.grid.CellLattice;

/**
 * Gi* z-scores for the cells that entered the statistic, in ascending cell id order.
 *
 * @param lattice            the grid
 * @param inclusion          which cells entered
 * @param distanceBandMeters the fixed distance band used
 * @param cellIds            the included cells, ascending
 * @param counts             their counts (the x_j of the statistic)
 * @param neighbourCounts    W_i: included cells within the band, the cell itself included
 * @param zScores            Gi* as a z-score; NaN when undefined (n < 2, zero variance, or a
 *                           neighbourhood that is the whole study area)
 * @param mean               global mean of the included counts
 * @param variance           global variance, divided by n as in Ord and Getis (1995)
 */
public record GiStarResult(CellLattice lattice, CellInclusion inclusion, double distanceBandMeters,
                           int[] cellIds, int[] counts, int[] neighbourCounts, double[] zScores,
                           double mean, double variance) {

    /** Number of cells in the statistic (n). */
    public int size() {
        return cellIds.length;
    }

    /** Position of a cell in the arrays, or -1 when it did not enter the statistic. */
    public int indexOf(int cellId) {
        int k = Arrays.binarySearch(cellIds, cellId);
        return k >= 0 ? k : -1;
    }

    /** The z-score of a cell, NaN when it did not enter the statistic. */
    public double zScoreOf(int cellId) {
        int k = indexOf(cellId);
        return k >= 0 ? zScores[k] : Double.NaN;
    }
}
