package se.platslage.analysis.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/*
 * Pointy-top hexagons 100 m apart, odd rows shifted half a cell east:
 *
 *   row 2:   6   7   8
 *   row 1:     3   4   5
 *   row 0:   0   1   2
 */
class HexLatticeTest {

    private final HexLattice lattice = new HexLattice(674000, 6580000, 100, 3, 3);
    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void centresFollowTheOffsetRows() {
        double r = 100 / Math.sqrt(3);
        assertEquals(674050, lattice.centreX(0), 1e-9);
        assertEquals(674100, lattice.centreX(3), 1e-9); // odd row: half a cell east
        assertEquals(6580000 + r + 1.5 * r, lattice.centreY(4), 1e-9);
    }

    @Test
    void eachPointGoesToTheNearestCentre() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            double x = 674000 + random.nextDouble() * 350;
            double y = 6580000 + random.nextDouble() * 260;
            // the nearest centre of the infinite lattice decides; outside the 3 x 3 grid means no cell
            int expected = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int row = -2; row <= 4; row++) {
                for (int column = -2; column <= 4; column++) {
                    double d = Math.hypot(x - lattice.centreX(column, row), y - lattice.rowCentreY(row));
                    if (d < best) {
                        best = d;
                        boolean inside = row >= 0 && row < 3 && column >= 0 && column < 3;
                        expected = inside ? lattice.cellId(column, row) : -1;
                    }
                }
            }
            assertEquals(expected, lattice.cellIdOf(x, y), "point " + x + ", " + y);
        }
    }

    @Test
    void polygonHasTheHexagonsAreaAndHoldsItsCentre() {
        Polygon cell = lattice.cellPolygon(4, factory);
        assertEquals(100 * 100 * Math.sqrt(3) / 2, cell.getArea(), 1e-6);
        assertTrue(cell.contains(factory.createPoint(new org.locationtech.jts.geom.Coordinate(
                lattice.centreX(4), lattice.centreY(4)))));
    }

    @Test
    void pointsFarOutsideHaveNoCell() {
        assertEquals(-1, lattice.cellIdOf(673000, 6580000));
        assertEquals(-1, lattice.cellIdOf(674100, 6590000));
    }
}
