package se.platslage.analysis.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells within a fixed distance band of a cell, as offsets that hold for every cell of the same row
 * parity: for each row offset {@code dRow}, the contiguous column offsets {@code [dColumnMin, dColumnMax]}.
 *
 * <p>A cell j is a neighbour of i when the distance between their centres is at most the band,
 * {@code d(i, j) <= distanceBandMeters}; the cell itself (distance 0) is included, as Gi* requires. This is
 * spdep's {@code dnearneigh(coords, 0, band)} (bounds "GE", "LE") followed by {@code include.self}.
 *
 * <p>Algorithm: for each parity and each row offset within reach, test the column offsets around the
 * centre; within one row the qualifying offsets are contiguous because the distance is convex along the
 * row. Distances are computed from the same centre formulas as the lattice, as
 * {@code sqrt(dx*dx + dy*dy)}, so a centre exactly on the band (e.g. 200 m on a 100 m grid) is in.
 *
 * <p>IMPLEMENTATION NOTE: a centre counts as on the band when it is within {@link #BAND_TOLERANCE} of it
 * (relative). On hexagons many lattice distances are exact in the reals but not in floating point
 * (two rows up and one cell across is 2s, computed as sqrt(s^2/4 ... + 3s^2/4 ...)), so without the
 * tolerance a band of 200 m on a 100 m hexagon grid would take some cells of that ring and not others.
 * spdep decides such knife-edge cases by the rounding of its own coordinates; the spdep fixtures keep
 * their bands clear of lattice distances for that reason.
 */
public final class NeighbourStencil {

    /** Relative slack for "distance equals the band": far below a millimetre at city scale. */
    public static final double BAND_TOLERANCE = 1e-9;

    private final int[][] rowOffsets;
    private final int[][] columnMins;
    private final int[][] columnMaxes;
    private final int maxRowReach;

    private NeighbourStencil(int[][] rowOffsets, int[][] columnMins, int[][] columnMaxes, int maxRowReach) {
        this.rowOffsets = rowOffsets;
        this.columnMins = columnMins;
        this.columnMaxes = columnMaxes;
        this.maxRowReach = maxRowReach;
    }

    static NeighbourStencil forDistanceBand(CellLattice lattice, double distanceBandMeters) {
        if (!(distanceBandMeters >= 0) || !Double.isFinite(distanceBandMeters)) {
            throw new IllegalArgumentException("distanceBandMeters must be >= 0, got " + distanceBandMeters);
        }
        int parities = lattice.rowParities();
        double limit = distanceBandMeters * (1 + BAND_TOLERANCE);
        int rowReach = (int) Math.floor(distanceBandMeters / lattice.rowSpacingMeters()) + 1;
        int columnReach = (int) Math.ceil(distanceBandMeters / lattice.cellSizeMeters()) + 2;
        int[][] rows = new int[parities][];
        int[][] mins = new int[parities][];
        int[][] maxes = new int[parities][];
        int maxRowReach = 0;
        for (int parity = 0; parity < parities; parity++) {
            List<int[]> spans = new ArrayList<>();
            double cx = lattice.centreX(0, parity);
            double cy = lattice.rowCentreY(parity);
            for (int dRow = -rowReach; dRow <= rowReach; dRow++) {
                int lo = Integer.MAX_VALUE;
                int hi = Integer.MIN_VALUE;
                double dy = lattice.rowCentreY(parity + dRow) - cy;
                for (int dCol = -columnReach; dCol <= columnReach; dCol++) {
                    double dx = lattice.centreX(dCol, parity + dRow) - cx;
                    if (Math.sqrt(dx * dx + dy * dy) <= limit) {
                        lo = Math.min(lo, dCol);
                        hi = Math.max(hi, dCol);
                    }
                }
                if (lo <= hi) {
                    spans.add(new int[] {dRow, lo, hi});
                    maxRowReach = Math.max(maxRowReach, Math.abs(dRow));
                }
            }
            rows[parity] = spans.stream().mapToInt(s -> s[0]).toArray();
            mins[parity] = spans.stream().mapToInt(s -> s[1]).toArray();
            maxes[parity] = spans.stream().mapToInt(s -> s[2]).toArray();
        }
        return new NeighbourStencil(rows, mins, maxes, maxRowReach);
    }

    /** Row offsets for cells whose row has this parity (0 for every row of a square lattice). */
    public int[] rowOffsets(int parity) {
        return rowOffsets[parity];
    }

    /** First column offset, per entry of {@link #rowOffsets(int)}. */
    public int[] columnMins(int parity) {
        return columnMins[parity];
    }

    /** Last column offset (inclusive), per entry of {@link #rowOffsets(int)}. */
    public int[] columnMaxes(int parity) {
        return columnMaxes[parity];
    }

    /** The largest |row offset| that holds a neighbour. */
    public int maxRowReach() {
        return maxRowReach;
    }

    /** Neighbours (self included) of an interior cell of this parity. */
    public int sizeForInteriorCell(int parity) {
        int size = 0;
        for (int k = 0; k < rowOffsets[parity].length; k++) {
            size += columnMaxes[parity][k] - columnMins[parity][k] + 1;
        }
        return size;
    }

    /** Parity index for a row of this lattice. */
    public static int parityOf(CellLattice lattice, int row) {
        return lattice.rowParities() == 1 ? 0 : (row & 1);
    }
}
