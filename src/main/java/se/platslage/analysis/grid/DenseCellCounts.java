package se.platslage.analysis.grid;

import java.util.Arrays;

/** One int per cell: the fast path for city-sized grids (a 250 x 250 grid of 100 m cells is 250 kB). */
public final class DenseCellCounts extends CellCounts {

    /** Above this many cells (64 MB of counts) {@link CellCounts#forLattice} switches to sparse storage. */
    public static final int MAX_CELLS = 16_000_000;

    private final int[] counts;
    private int nonEmpty;

    public DenseCellCounts(CellLattice lattice) {
        super(lattice);
        this.counts = new int[lattice.cellCount()];
    }

    /** Counts given cell by cell, for tests and for grids built elsewhere. */
    public static DenseCellCounts of(CellLattice lattice, int[] countsByCellId) {
        if (countsByCellId.length != lattice.cellCount()) {
            throw new IllegalArgumentException("expected " + lattice.cellCount() + " counts, got "
                    + countsByCellId.length);
        }
        DenseCellCounts result = new DenseCellCounts(lattice);
        for (int cell = 0; cell < countsByCellId.length; cell++) {
            if (countsByCellId[cell] != 0) {
                result.add(cell, countsByCellId[cell]);
            }
        }
        return result;
    }

    @Override
    public int count(int cellId) {
        return counts[cellId];
    }

    @Override
    public void add(int cellId, int amount) {
        checkCell(cellId);
        int before = counts[cellId];
        int after = Math.addExact(before, amount);
        if (after < 0) {
            throw new IllegalArgumentException("count of cell " + cellId + " would become negative");
        }
        counts[cellId] = after;
        total += amount;
        if (before == 0 && after != 0) {
            nonEmpty++;
        } else if (before != 0 && after == 0) {
            nonEmpty--;
        }
    }

    @Override
    public int nonEmptyCellCount() {
        return nonEmpty;
    }

    @Override
    public void forEachNonEmpty(CellCountConsumer consumer) {
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] != 0) {
                consumer.accept(cell, counts[cell]);
            }
        }
    }

    /** A copy of the counts indexed by cell id. */
    public int[] toArray() {
        return Arrays.copyOf(counts, counts.length);
    }
}
