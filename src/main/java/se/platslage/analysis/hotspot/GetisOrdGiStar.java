package se.platslage.analysis.hotspot;

import java.util.Arrays;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.NeighbourStencil;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995) for cell counts with binary fixed-distance-band
 * weights that include the cell itself.
 *
 * <p>For each included cell i, with x the counts of the n included cells, w_ij = 1 when cell j is within
 * the band of i (j = i included) and W_i = sum_j w_ij:
 * <pre>
 *   xbar = sum x_j / n,   s^2 = sum (x_j - xbar)^2 / n
 *   z_i  = (sum_j w_ij x_j - xbar W_i) / sqrt( s^2 (n W_i - W_i^2) / (n - 1) )
 * </pre>
 * which is Ord and Getis (1995) eq. 14 with binary weights (sum_j w_ij^2 = W_i), and exactly what spdep's
 * {@code localG} computes for a listw from {@code include.self(dnearneigh(...))} with style "B".
 * Undefined values are NaN: fewer than two cells, zero variance (all counts equal) or W_i = n.
 *
 * <p>Algorithm: on a dense grid, prefix sums along each row of the counts and of the inclusion mask turn
 * every row of the circular neighbourhood into two subtractions, so each cell costs O(2r+1) for a band of
 * r rows instead of O(r^2), and nothing is stored per neighbour pair: O(cells * r) time, O(cells) memory.
 * On sparse counts (very large grids) each included cell walks the stencil's offsets instead,
 * O(included cells * neighbourhood size). Empty input (no included cell) gives an empty result.
 *
 * <p>Cells outside the study area ({@link StudyAreaCells}) are not in the statistic at all: not in n, the
 * mean and variance, nor anyone's neighbourhood, whatever their count.
 */
public final class GetisOrdGiStar {

    private GetisOrdGiStar() {
    }

    /** Gi* over the whole grid. */
    public static GiStarResult compute(CellCounts counts, CellInclusion inclusion, double distanceBandMeters) {
        return compute(counts, StudyAreaCells.whole(counts.lattice()), inclusion, distanceBandMeters);
    }

    /** Gi* over the cells of the study area that the inclusion rule admits. */
    public static GiStarResult compute(CellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                       double distanceBandMeters) {
        CellLattice lattice = counts.lattice();
        if (area.lattice() != lattice) {
            throw new IllegalArgumentException("the study area belongs to another lattice");
        }
        NeighbourStencil stencil = lattice.distanceBandStencil(distanceBandMeters);
        int[] cellIds = includedCells(counts, area, inclusion);
        int[] values = new int[cellIds.length];
        for (int k = 0; k < cellIds.length; k++) {
            values[k] = counts.count(cellIds[k]);
        }
        int[] neighbourCounts = new int[cellIds.length];
        long[] neighbourSums = new long[cellIds.length];
        if (counts instanceof DenseCellCounts dense) {
            sumByRowPrefixes(dense, area, inclusion, stencil, cellIds, neighbourCounts, neighbourSums);
        } else {
            sumByStencilLookup(counts, area, inclusion, stencil, cellIds, neighbourCounts, neighbourSums);
        }
        return finish(lattice, inclusion, distanceBandMeters, cellIds, values, neighbourCounts, neighbourSums);
    }

    /** The one rule for which cells enter the statistic; the neighbour sums and the band rule use it too. */
    static boolean enters(StudyAreaCells area, CellInclusion inclusion, int cellId, int count) {
        return area.contains(cellId) && inclusion.includes(count);
    }

    static int[] includedCells(CellCounts counts, StudyAreaCells area, CellInclusion inclusion) {
        if (inclusion == CellInclusion.ALL_CELLS) {
            int[] all = new int[area.count()];
            int n = 0;
            for (int cell = 0; cell < counts.lattice().cellCount(); cell++) {
                if (area.contains(cell)) {
                    all[n++] = cell;
                }
            }
            return all;
        }
        int[] cells = new int[counts.nonEmptyCellCount()];
        int[] n = {0};
        counts.forEachNonEmpty((cell, count) -> {
            if (enters(area, inclusion, cell, count)) {
                cells[n[0]++] = cell;
            }
        });
        return Arrays.copyOf(cells, n[0]);
    }

    /** The row-prefix-sum path; package-private so tests can pit it against the lookup path. */
    static void sumByRowPrefixes(DenseCellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                 NeighbourStencil stencil, int[] cellIds, int[] neighbourCounts,
                                 long[] neighbourSums) {
        CellLattice lattice = counts.lattice();
        int columns = lattice.columns();
        int rows = lattice.rows();
        int stride = columns + 1;
        long[] valuePrefix = new long[rows * stride];
        int[] includedPrefix = new int[rows * stride];
        for (int row = 0; row < rows; row++) {
            int base = row * stride;
            for (int column = 0; column < columns; column++) {
                int cell = row * columns + column;
                int count = counts.count(cell);
                boolean in = enters(area, inclusion, cell, count);
                valuePrefix[base + column + 1] = valuePrefix[base + column] + (in ? count : 0);
                includedPrefix[base + column + 1] = includedPrefix[base + column] + (in ? 1 : 0);
            }
        }
        for (int k = 0; k < cellIds.length; k++) {
            int row = cellIds[k] / columns;
            int column = cellIds[k] % columns;
            int parity = NeighbourStencil.parityOf(lattice, row);
            int[] dRows = stencil.rowOffsets(parity);
            int[] mins = stencil.columnMins(parity);
            int[] maxes = stencil.columnMaxes(parity);
            long sum = 0;
            int weight = 0;
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
                int base = r * stride;
                sum += valuePrefix[base + hi + 1] - valuePrefix[base + lo];
                weight += includedPrefix[base + hi + 1] - includedPrefix[base + lo];
            }
            neighbourSums[k] = sum;
            neighbourCounts[k] = weight;
        }
    }

    /** The offset-walking path, for sparse counts; package-private so tests can compare the two. */
    static void sumByStencilLookup(CellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                   NeighbourStencil stencil, int[] cellIds, int[] neighbourCounts,
                                   long[] neighbourSums) {
        CellLattice lattice = counts.lattice();
        int columns = lattice.columns();
        int rows = lattice.rows();
        for (int k = 0; k < cellIds.length; k++) {
            int row = cellIds[k] / columns;
            int column = cellIds[k] % columns;
            int parity = NeighbourStencil.parityOf(lattice, row);
            int[] dRows = stencil.rowOffsets(parity);
            int[] mins = stencil.columnMins(parity);
            int[] maxes = stencil.columnMaxes(parity);
            long sum = 0;
            int weight = 0;
            for (int s = 0; s < dRows.length; s++) {
                int r = row + dRows[s];
                if (r < 0 || r >= rows) {
                    continue;
                }
                int lo = Math.max(0, column + mins[s]);
                int hi = Math.min(columns - 1, column + maxes[s]);
                for (int c = lo; c <= hi; c++) {
                    int count = counts.count(r * columns + c);
                    if (enters(area, inclusion, r * columns + c, count)) {
                        sum += count;
                        weight++;
                    }
                }
            }
            neighbourSums[k] = sum;
            neighbourCounts[k] = weight;
        }
    }

    private static GiStarResult finish(CellLattice lattice, CellInclusion inclusion, double distanceBandMeters,
                                       int[] cellIds, int[] values, int[] neighbourCounts, long[] neighbourSums) {
        int n = cellIds.length;
        double total = 0;
        for (int v : values) {
            total += v;
        }
        double mean = n == 0 ? Double.NaN : total / n;
        // two-pass variance, as spdep's sum(scale(x, scale = FALSE)^2) / n
        double squares = 0;
        for (int v : values) {
            double d = v - mean;
            squares += d * d;
        }
        double variance = n == 0 ? Double.NaN : squares / n;
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            double w = neighbourCounts[k];
            double expected = w * mean;
            double varianceOfSum = variance * ((n * w - w * w) / (n - 1));
            z[k] = n < 2 || !(varianceOfSum > 0) ? Double.NaN
                    : (neighbourSums[k] - expected) / Math.sqrt(varianceOfSum);
        }
        return new GiStarResult(lattice, inclusion, distanceBandMeters, cellIds, values, neighbourCounts, z,
                mean, variance);
    }
}
