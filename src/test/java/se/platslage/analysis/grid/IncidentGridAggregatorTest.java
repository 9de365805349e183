package se.platslage.analysis.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.incident.IncidentFilter;

/*
 * 2 x 2 squares of 100 m at the origin; incidents (a = assault in January, t = theft in February):
 *
 *   200 +------+------+
 *       |  a   | t t  |
 *   100 +------+------+      one more assault outside, at (250, 50)
 *       | a a  |      |
 *     0 +------+------+
 *       0     100    200
 */
class IncidentGridAggregatorTest {

    private static final Instant JAN = Instant.parse("2026-01-15T20:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-15T20:00:00Z");
    private static final List<Incident> INCIDENTS = List.of(
            Incident.real(20, 30, JAN, "assault"), Incident.real(70, 60, JAN, "assault"),
            Incident.real(50, 150, JAN, "assault"), Incident.real(120, 150, FEB, "theft"),
            Incident.real(180, 190, FEB, "theft"), Incident.real(250, 50, JAN, "assault"));

    private final SquareLattice lattice = new SquareLattice(0, 0, 100, 2, 2);

    @Test
    void countsEveryIncidentInItsCellAndTheRestAsOutside() {
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice, IncidentFilter.ALL);
        INCIDENTS.forEach(aggregator);
        assertArrayEquals(new int[] {2, 0, 1, 2}, ((DenseCellCounts) aggregator.counts()).toArray());
        assertEquals(1, aggregator.outsideGrid());
        assertEquals(5, aggregator.counts().total());
    }

    @Test
    void typeFilterKeepsOnlyThatType() {
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice,
                new IncidentFilter(null, null, Set.of("theft")));
        INCIDENTS.forEach(aggregator);
        assertArrayEquals(new int[] {0, 0, 0, 2}, ((DenseCellCounts) aggregator.counts()).toArray());
        assertEquals(4, aggregator.filteredOut());
    }

    @Test
    void periodIsHalfOpen() {
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice,
                new IncidentFilter(JAN, FEB, Set.of()));
        INCIDENTS.forEach(aggregator);
        assertArrayEquals(new int[] {2, 0, 1, 0}, ((DenseCellCounts) aggregator.counts()).toArray());
    }

    @Test
    void sparseStorageCountsTheSame() {
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice, IncidentFilter.ALL,
                new SparseCellCounts(lattice));
        INCIDENTS.forEach(aggregator);
        CellCounts counts = aggregator.counts();
        assertEquals(2, counts.count(0));
        assertEquals(0, counts.count(1));
        assertEquals(2, counts.count(3));
        assertEquals(3, counts.nonEmptyCellCount());
    }
}
