package se.platslage.analysis.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

/*
 * 3 x 2 squares of 100 m anchored at (674000, 6580000):
 *
 *   6580200 +-----+-----+-----+
 *           |  3  |  4  |  5  |
 *   6580100 +-----+-----+-----+
 *           |  0  |  1  |  2  |
 *   6580000 +-----+-----+-----+
 *        674000            674300
 */
class SquareLatticeTest {

    private final SquareLattice lattice = new SquareLattice(674000, 6580000, 100, 3, 2);

    @Test
    void pointsFallInTheirCell() {
        assertEquals(0, lattice.cellIdOf(674000, 6580000));
        assertEquals(4, lattice.cellIdOf(674150, 6580150));
        assertEquals(5, lattice.cellIdOf(674299.9, 6580199.9));
    }

    @Test
    void aPointOnASharedEdgeGoesToTheCellEastOrNorthOfIt() {
        assertEquals(1, lattice.cellIdOf(674100, 6580050));
        assertEquals(3, lattice.cellIdOf(674050, 6580100));
    }

    @Test
    void pointsOutsideTheGridHaveNoCell() {
        assertEquals(-1, lattice.cellIdOf(673999.99, 6580050));
        assertEquals(-1, lattice.cellIdOf(674300, 6580050));
        assertEquals(-1, lattice.cellIdOf(674050, 6580200));
    }

    @Test
    void centresAndPolygon() {
        assertEquals(674250, lattice.centreX(5));
        assertEquals(6580150, lattice.centreY(5));
        assertEquals(10_000, lattice.cellPolygon(5, new GeometryFactory()).getArea(), 1e-9);
    }

    @Test
    void coveringIncludesTheMaximumEdges() {
        SquareLattice covering = SquareLattice.covering(0, 0, 300, 199, 100);
        assertEquals(4, covering.columns());
        assertEquals(2, covering.rows());
    }
}
