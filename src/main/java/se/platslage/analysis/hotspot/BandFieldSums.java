package se.platslage.analysis.hotspot;

import java.util.Arrays;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.NeighbourStencil;

/**
 * Sums of a per-cell value over each included cell's distance band (the cell itself included), for values
 * that are not counts: Moran's I with row-standardised weights needs {@code sum_j 1/d_j} over every
 * neighbourhood. It walks the same {@link NeighbourStencil} spans as {@link GetisOrdGiStar}'s neighbour sums.
 *
 * <p>Algorithm: when the lattice is dense, row prefix sums of the value (zero off the included cells) make
 * each span two subtractions, as in {@code GetisOrdGiStar.sumByRowPrefixes}; otherwise (sparse counts on a
 * very large grid) each span's cells are looked up among the included cells by binary search, so memory
 * follows the included cells, not the grid.
 *
 * <p>The span walk is written out here and in {@code GetisOrdGiStar} rather than shared: a shared
 * clipped-span buffer was tried and made the peak search about 40 % slower (35 → 50 ms on the benchmark
 * grid), as the loop is the whole cost.
 */
final class BandFieldSums {

    private BandFieldSums() {
    }

    /**
     * @param cellIds the included cells, in any order
     * @param values  one value per entry of {@code cellIds}
     * @param dense   true to use prefix sums over the whole grid (the grid fits in memory, as dense counts do)
     * @return per entry of {@code cellIds}, the sum of {@code values} over the cells within its band
     */
    static double[] sum(CellLattice lattice, NeighbourStencil stencil, int[] cellIds, double[] values,
                        boolean dense) {
        return dense ? byRowPrefixes(lattice, stencil, cellIds, values)
                : byLookup(lattice, stencil, cellIds, values);
    }

    private static double[] byRowPrefixes(CellLattice lattice, NeighbourStencil stencil, int[] cellIds,
                                          double[] values) {
        int columns = lattice.columns();
        int rows = lattice.rows();
        int stride = columns + 1;
        double[] prefix = new double[rows * stride];
        for (int k = 0; k < cellIds.length; k++) {
            int row = cellIds[k] / columns;
            prefix[row * stride + cellIds[k] % columns + 1] = values[k];
        }
        for (int row = 0; row < rows; row++) {
            int base = row * stride;
            for (int column = 0; column < columns; column++) {
                prefix[base + column + 1] += prefix[base + column];
            }
        }
        double[] sums = new double[cellIds.length];
        for (int k = 0; k < cellIds.length; k++) {
            int row = cellIds[k] / columns;
            int column = cellIds[k] % columns;
            int parity = NeighbourStencil.parityOf(lattice, row);
            int[] dRows = stencil.rowOffsets(parity);
            int[] mins = stencil.columnMins(parity);
            int[] maxes = stencil.columnMaxes(parity);
            double sum = 0;
            for (int s = 0; s < dRows.length; s++) {
                int r = row + dRows[s];
                if (r < 0 || r >= rows) {
                    continue;
                }
                int lo = Math.max(0, column + mins[s]);
                int hi = Math.min(columns - 1, column + maxes[s]);
                if (lo <= hi) {
                    sum += prefix[r * stride + hi + 1] - prefix[r * stride + lo];
                }
            }
            sums[k] = sum;
        }
        return sums;
    }

    private static double[] byLookup(CellLattice lattice, NeighbourStencil stencil, int[] cellIds,
                                     double[] values) {
        int columns = lattice.columns();
        int rows = lattice.rows();
        long[] sorted = new long[cellIds.length];
        for (int k = 0; k < cellIds.length; k++) {
            sorted[k] = ((long) cellIds[k] << 32) | k;
        }
        Arrays.sort(sorted);
        int[] sortedIds = new int[sorted.length];
        double[] sortedValues = new double[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            sortedIds[k] = (int) (sorted[k] >>> 32);
            sortedValues[k] = values[(int) sorted[k]];
        }
        double[] sums = new double[cellIds.length];
        for (int k = 0; k < cellIds.length; k++) {
            int row = cellIds[k] / columns;
            int column = cellIds[k] % columns;
            int parity = NeighbourStencil.parityOf(lattice, row);
            int[] dRows = stencil.rowOffsets(parity);
            int[] mins = stencil.columnMins(parity);
            int[] maxes = stencil.columnMaxes(parity);
            double sum = 0;
            for (int s = 0; s < dRows.length; s++) {
                int r = row + dRows[s];
                if (r < 0 || r >= rows) {
                    continue;
                }
                int lo = Math.max(0, column + mins[s]);
                int hi = Math.min(columns - 1, column + maxes[s]);
                if (lo > hi) {
                    continue;
                }
                // the included cells of a span are contiguous in id order: find the first, walk to the last
                int at = Arrays.binarySearch(sortedIds, r * columns + lo);
                for (int i = at >= 0 ? at : -at - 1; i < sortedIds.length && sortedIds[i] <= r * columns + hi; i++) {
                    sum += sortedValues[i];
                }
            }
            sums[k] = sum;
        }
        return sums;
    }
}
