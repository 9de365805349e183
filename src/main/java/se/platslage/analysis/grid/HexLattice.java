package se.platslage.analysis.grid;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Pointy-top hexagons in offset rows ("odd-r": odd rows shifted half a cell east).
 *
 * <p>{@code cellSizeMeters} is the distance between the centres of adjacent cells, which is also the
 * width across flats; so, as for squares, a cell's nearest neighbours are {@code cellSizeMeters} away.
 * The circumradius is {@code cellSizeMeters / sqrt(3)}, rows are {@code cellSizeMeters * sqrt(3) / 2}
 * apart and a cell's area is {@code cellSizeMeters^2 * sqrt(3) / 2}.
 *
 * <p>Centre of (column, row): {@code x = minX + s/2 + column*s + (row odd ? s/2 : 0)},
 * {@code y = minY + r + row*1.5r} with {@code r} the circumradius.
 *
 * <p>Algorithm for point location: convert to fractional axial hex coordinates and round in cube
 * coordinates (the standard exact method), then convert axial to offset coordinates.
 */
public final class HexLattice extends CellLattice {

    private static final double SQRT3 = Math.sqrt(3.0);

    private final double circumradiusMeters;

    public HexLattice(double minX, double minY, double cellSizeMeters, int columns, int rows) {
        super(minX, minY, cellSizeMeters, columns, rows);
        this.circumradiusMeters = cellSizeMeters / SQRT3;
    }

    /** The smallest grid anchored at (minX, minY) whose hexagon centres reach past the extent. */
    public static HexLattice covering(double minX, double minY, double maxX, double maxY,
                                      double cellSizeMeters) {
        double rowSpacing = cellSizeMeters * SQRT3 / 2;
        int columns = Math.max(1, (int) Math.ceil((maxX - minX) / cellSizeMeters) + 1);
        int rows = Math.max(1, (int) Math.ceil((maxY - minY) / rowSpacing) + 1);
        return new HexLattice(minX, minY, cellSizeMeters, columns, rows);
    }

    @Override
    public double centreX(int column, int row) {
        return minX + cellSizeMeters / 2 + column * cellSizeMeters + ((row & 1) == 1 ? cellSizeMeters / 2 : 0);
    }

    @Override
    public double rowCentreY(int row) {
        return minY + circumradiusMeters + row * 1.5 * circumradiusMeters;
    }

    @Override
    public double rowSpacingMeters() {
        return 1.5 * circumradiusMeters;
    }

    @Override
    public int rowParities() {
        return 2;
    }

    @Override
    public int cellIdOf(double x, double y) {
        double px = x - (minX + cellSizeMeters / 2);
        double py = y - (minY + circumradiusMeters);
        double q = (SQRT3 / 3 * px - py / 3) / circumradiusMeters;
        double r = (2.0 / 3 * py) / circumradiusMeters;
        // cube rounding: round all three, then fix the one with the largest rounding error
        double s = -q - r;
        double rq = Math.rint(q);
        double rr = Math.rint(r);
        double rs = Math.rint(s);
        double dq = Math.abs(rq - q);
        double dr = Math.abs(rr - r);
        double ds = Math.abs(rs - s);
        if (dq > dr && dq > ds) {
            rq = -rr - rs;
        } else if (dr > ds) {
            rr = -rq - rs;
        }
        long row = (long) rr;
        long column = (long) rq + (row - (row & 1)) / 2;
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            return -1;
        }
        return cellId((int) column, (int) row);
    }

    @Override
    public Polygon cellPolygon(int cellId, GeometryFactory factory) {
        double cx = centreX(cellId);
        double cy = centreY(cellId);
        Coordinate[] ring = new Coordinate[7];
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(30 + 60 * k); // pointy top: vertices at 30°, 90°, ...
            ring[k] = new Coordinate(cx + circumradiusMeters * Math.cos(angle),
                    cy + circumradiusMeters * Math.sin(angle));
        }
        ring[6] = ring[0].copy();
        return factory.createPolygon(ring);
    }
}
