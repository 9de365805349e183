package se.platslage.analysis.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class StudyAreaCellsTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 3006);

    private static Geometry polygon(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        ring[ring.length - 1] = ring[0];
        return FACTORY.createPolygon(ring);
    }

    private static List<Integer> ids(StudyAreaCells area) {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < area.lattice().cellCount(); id++) {
            if (area.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /*
     * 4 x 3 squares of 100 m from (0, 0); the triangle (0,0)-(250,0)-(0,250) covers, by hand:
     *
     *   row 2:  x  .  .  .     (0,200)-(100,300): the hypotenuse x + y = 250 passes through it
     *   row 1:  x  x  .  .     (100,100)-(200,200): x + y = 200 at its corner, inside
     *   row 0:  x  x  x  .     (200,0)-(300,100): x + y = 250 cuts it; (300,0) not reached
     */
    @Test
    void squareCellsCrossedOrCoveredByATriangle() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 4, 3);
        StudyAreaCells area = StudyAreaCells.intersecting(lattice, polygon(0, 0, 250, 0, 0, 250));
        assertThat(ids(area)).containsExactly(0, 1, 2, 4, 5, 8);
        assertThat(area.count()).isEqualTo(6);
        assertThat(area.isWholeGrid()).isFalse();
    }

    @Test
    void aCellThatOnlyTouchesTheAreaIsInIt() {
        // (100,0)-(200,100) touches the square (0,0)-(100,100) along its west edge: an incident on that edge
        // lies in the study area and is counted in the east cell (half-open cells)
        SquareLattice lattice = new SquareLattice(0, 0, 100, 3, 1);
        StudyAreaCells area = StudyAreaCells.intersecting(lattice, polygon(0, 0, 100, 0, 100, 100, 0, 100));
        assertThat(ids(area)).containsExactly(0, 1);
    }

    @Test
    void anAreaFarFromTheGridHasNoCellsAndTheWholeGridHasAll() {
        HexLattice lattice = new HexLattice(0, 0, 100, 5, 5);
        assertThat(StudyAreaCells.intersecting(lattice, polygon(5000, 5000, 5100, 5000, 5100, 5100)).count()).isZero();
        StudyAreaCells whole = StudyAreaCells.whole(lattice);
        assertThat(whole.count()).isEqualTo(25);
        assertThat(whole.contains(24)).isTrue();
        assertThat(whole.isWholeGrid()).isTrue();
    }
}
