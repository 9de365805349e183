package se.platslage.analysis.grid;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Square cells of side {@code cellSizeMeters}; cell (column, row) covers
 * {@code [minX + column*s, minX + (column+1)*s) x [minY + row*s, minY + (row+1)*s)}.
 *
 * <p>Half-open cells so that a point on a shared edge is counted once, in the cell east/north of it.
 */
public final class SquareLattice extends CellLattice {

    public SquareLattice(double minX, double minY, double cellSizeMeters, int columns, int rows) {
        super(minX, minY, cellSizeMeters, columns, rows);
    }

    /** The smallest grid anchored at (minX, minY) whose cells cover the extent (max edges included). */
    public static SquareLattice covering(double minX, double minY, double maxX, double maxY,
                                         double cellSizeMeters) {
        int columns = Math.max(1, (int) Math.floor((maxX - minX) / cellSizeMeters) + 1);
        int rows = Math.max(1, (int) Math.floor((maxY - minY) / cellSizeMeters) + 1);
        return new SquareLattice(minX, minY, cellSizeMeters, columns, rows);
    }

    @Override
    public double centreX(int column, int row) {
        return minX + (column + 0.5) * cellSizeMeters;
    }

    @Override
    public double rowCentreY(int row) {
        return minY + (row + 0.5) * cellSizeMeters;
    }

    @Override
    public double rowSpacingMeters() {
        return cellSizeMeters;
    }

    @Override
    public int rowParities() {
        return 1;
    }

    @Override
    public int cellIdOf(double x, double y) {
        double fx = (x - minX) / cellSizeMeters;
        double fy = (y - minY) / cellSizeMeters;
        if (!(fx >= 0 && fy >= 0 && fx < columns && fy < rows)) {
            return -1;
        }
        return cellId((int) fx, (int) fy);
    }

    @Override
    public Polygon cellPolygon(int cellId, GeometryFactory factory) {
        double x0 = minX + columnOf(cellId) * cellSizeMeters;
        double y0 = minY + rowOf(cellId) * cellSizeMeters;
        double x1 = x0 + cellSizeMeters;
        double y1 = y0 + cellSizeMeters;
        return factory.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
