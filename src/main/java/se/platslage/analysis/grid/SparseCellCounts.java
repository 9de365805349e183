package se.platslage.analysis.grid;

import java.util.Arrays;

/**
 * Counts of non-empty cells only, in an open-addressing hash table (linear probing, int keys), for grids
 * too large to hold densely, such as the whole of Sweden at 100 m.
 */
public final class SparseCellCounts extends CellCounts {

    private static final int EMPTY = -1;

    private int[] keys;
    private int[] values;
    private int size;

    public SparseCellCounts(CellLattice lattice) {
        super(lattice);
        keys = new int[64];
        values = new int[64];
        Arrays.fill(keys, EMPTY);
    }

    @Override
    public int count(int cellId) {
        int slot = find(cellId);
        return keys[slot] == cellId ? values[slot] : 0;
    }

    @Override
    public void add(int cellId, int amount) {
        checkCell(cellId);
        if (amount == 0) {
            return;
        }
        int slot = find(cellId);
        if (keys[slot] != cellId) {
            if (amount < 0) {
                throw new IllegalArgumentException("count of cell " + cellId + " would become negative");
            }
            keys[slot] = cellId;
            values[slot] = amount;
            size++;
            total += amount;
            if (2 * size > keys.length) {
                grow();
            }
            return;
        }
        int after = Math.addExact(values[slot], amount);
        if (after < 0) {
            throw new IllegalArgumentException("count of cell " + cellId + " would become negative");
        }
        // a cell that drops to zero keeps its slot; it is skipped when visiting non-empty cells
        if (after == 0) {
            size--;
        } else if (values[slot] == 0) {
            size++;
        }
        values[slot] = after;
        total += amount;
    }

    @Override
    public int nonEmptyCellCount() {
        return size;
    }

    @Override
    public void forEachNonEmpty(CellCountConsumer consumer) {
        int[] ids = new int[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && values[slot] != 0) {
                ids[n++] = keys[slot];
            }
        }
        Arrays.sort(ids, 0, n);
        for (int k = 0; k < n; k++) {
            consumer.accept(ids[k], count(ids[k]));
        }
    }

    private int find(int cellId) {
        int mask = keys.length - 1;
        int slot = mix(cellId) & mask;
        while (keys[slot] != EMPTY && keys[slot] != cellId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                int target = find(oldKeys[slot]);
                keys[target] = oldKeys[slot];
                values[target] = oldValues[slot];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
