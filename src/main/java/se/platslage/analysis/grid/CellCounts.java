package se.platslage.analysis.grid;

/**
 * Incident counts per cell of a lattice. Memory depends on the grid, never on the number of incidents:
 * {@link DenseCellCounts} holds one int per cell, {@link SparseCellCounts} one entry per non-empty cell
 * for very large, mostly empty grids.
 */
public abstract sealed class CellCounts permits DenseCellCounts, SparseCellCounts {

    /** Receives a non-empty cell and its count. */
    @FunctionalInterface
    public interface CellCountConsumer {
        void accept(int cellId, int count);
    }

    protected final CellLattice lattice;
    protected long total;

    protected CellCounts(CellLattice lattice) {
        this.lattice = lattice;
    }

    /** Dense storage when the grid is small enough, sparse otherwise. */
    public static CellCounts forLattice(CellLattice lattice) {
        return lattice.cellCount() <= DenseCellCounts.MAX_CELLS ? new DenseCellCounts(lattice)
                : new SparseCellCounts(lattice);
    }

    public final CellLattice lattice() {
        return lattice;
    }

    /** Sum of all counts. */
    public final long total() {
        return total;
    }

    public abstract int count(int cellId);

    /** Adds {@code amount} (may be negative only down to zero) to a cell. */
    public abstract void add(int cellId, int amount);

    public final void increment(int cellId) {
        add(cellId, 1);
    }

    public abstract int nonEmptyCellCount();

    /** Visits the non-empty cells in ascending cell id order. */
    public abstract void forEachNonEmpty(CellCountConsumer consumer);

    protected final void checkCell(int cellId) {
        if (cellId < 0 || cellId >= lattice.cellCount()) {
            throw new IndexOutOfBoundsException("cell " + cellId + " outside 0.." + (lattice.cellCount() - 1));
        }
    }
}
