package se.platslage.analysis.grid;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A finite regular tessellation of a rectangle in SWEREF 99 TM metres into cells stored row by row.
 *
 * <p>Cell ids run {@code 0 .. cellCount()-1} with {@code id = row * columns + column}; row 0 is the
 * southernmost. Both lattices here are translation invariant within rows of the same parity, which is what
 * lets {@link NeighbourStencil} describe a distance band once for the whole grid.
 *
 * <p>IMPLEMENTATION NOTE: the statistics never look at geometry beyond cell centres; polygons are only for
 * the map layer and for coverage.
 */
public abstract sealed class CellLattice permits SquareLattice, HexLattice {

    protected final double minX;
    protected final double minY;
    protected final double cellSizeMeters;
    protected final int columns;
    protected final int rows;

    protected CellLattice(double minX, double minY, double cellSizeMeters, int columns, int rows) {
        if (!(cellSizeMeters > 0) || !Double.isFinite(cellSizeMeters)) {
            throw new IllegalArgumentException("cellSizeMeters must be positive, got " + cellSizeMeters);
        }
        if (columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("a lattice needs at least one row and column, got "
                    + columns + " x " + rows);
        }
        if ((long) columns * rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("lattice too large: " + columns + " x " + rows + " cells");
        }
        this.minX = minX;
        this.minY = minY;
        this.cellSizeMeters = cellSizeMeters;
        this.columns = columns;
        this.rows = rows;
    }

    public final double minX() {
        return minX;
    }

    public final double minY() {
        return minY;
    }

    /** Distance between the centres of two cells adjacent in a row, in metres. */
    public final double cellSizeMeters() {
        return cellSizeMeters;
    }

    public final int columns() {
        return columns;
    }

    public final int rows() {
        return rows;
    }

    public final int cellCount() {
        return columns * rows;
    }

    public final int cellId(int column, int row) {
        return row * columns + column;
    }

    public final int columnOf(int cellId) {
        return cellId % columns;
    }

    public final int rowOf(int cellId) {
        return cellId / columns;
    }

    public final double centreX(int cellId) {
        return centreX(columnOf(cellId), rowOf(cellId));
    }

    public final double centreY(int cellId) {
        return rowCentreY(rowOf(cellId));
    }

    /** Easting of the centre of the cell at (column, row); also defined outside the grid. */
    public abstract double centreX(int column, int row);

    /** Northing of the centre of cells in a row; also defined outside the grid. */
    public abstract double rowCentreY(int row);

    /** Vertical distance between the centres of adjacent rows, in metres. */
    public abstract double rowSpacingMeters();

    /**
     * How many row classes have different neighbour offsets: 1 for squares, 2 for offset hexagon rows
     * (odd rows are shifted half a cell east).
     */
    public abstract int rowParities();

    /** The cell containing the point, or -1 when the point lies outside the grid. */
    public abstract int cellIdOf(double x, double y);

    /** The cell's outline in the lattice's coordinates (EPSG:3006 when built from SWEREF 99 TM). */
    public abstract Polygon cellPolygon(int cellId, GeometryFactory factory);

    /** Neighbour offsets of the fixed distance band, built once per band. */
    public final NeighbourStencil distanceBandStencil(double distanceBandMeters) {
        return NeighbourStencil.forDistanceBand(this, distanceBandMeters);
    }
}
