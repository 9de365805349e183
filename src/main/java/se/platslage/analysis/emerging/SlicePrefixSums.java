package se.platslage.analysis.emerging;

import java.util.function.IntUnaryOperator;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.NeighbourStencil;

/**
 * Row prefix sums of one per-cell value over a whole lattice, and the sum of that value over a cell's
 * distance band in two subtractions per stencil row. One instance is reused for every slice of a cube.
 */
final class SlicePrefixSums {

    private final CellLattice lattice;
    private final NeighbourStencil stencil;
    private final int stride;
    private final long[] prefix;

    SlicePrefixSums(CellLattice lattice, NeighbourStencil stencil) {
        this.lattice = lattice;
        this.stencil = stencil;
        this.stride = lattice.columns() + 1;
        this.prefix = new long[lattice.rows() * stride];
    }

    void load(IntUnaryOperator valueOfCell) {
        int columns = lattice.columns();
        for (int row = 0; row < lattice.rows(); row++) {
            int base = row * stride;
            prefix[base] = 0;
            for (int column = 0; column < columns; column++) {
                prefix[base + column + 1] = prefix[base + column] + valueOfCell.applyAsInt(row * columns + column);
            }
        }
    }

    long bandSum(int cellId) {
        int columns = lattice.columns();
        int rows = lattice.rows();
        int row = cellId / columns;
        int column = cellId % columns;
        int parity = NeighbourStencil.parityOf(lattice, row);
        int[] dRows = stencil.rowOffsets(parity);
        int[] mins = stencil.columnMins(parity);
        int[] maxes = stencil.columnMaxes(parity);
        long sum = 0;
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
        return sum;
    }
}
