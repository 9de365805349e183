package se.platslage.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.IncidentGridAggregator;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.incident.IncidentFilter;
import se.platslage.incident.IncidentQueries;
import se.platslage.incident.IncidentSelection;

/**
 * The database's per-cell count (GROUP BY on the snapped cell) gives exactly the counts of the engine's
 * own aggregator fed with every point, for whole and fractional cell sizes and origins, and a grid smaller
 * than the selection (cells outside are dropped, as the aggregator drops them).
 */
@BothDatabases
@Transactional(readOnly = true)
class SquareCellCountsTest {

    @Autowired
    IncidentQueries incidents;

    @ParameterizedTest
    @CsvSource({"100, 0", "37.5, 0", "250, 12.25", "100, 3000"})
    void theDatabaseCountsEveryCellAsTheEngineDoes(double cellSize, double shrink) {
        IncidentSelection all = new IncidentSelection(null, null, null, null, true, false, null, null);
        Envelope extent = incidents.extent(all);
        assertThat(extent).isNotNull();
        // The origin snapped as HotSpotService snaps it; "shrink" leaves incidents outside the grid.
        double minX = Math.floor(extent.getMinX() / cellSize) * cellSize + shrink;
        double minY = Math.floor(extent.getMinY() / cellSize) * cellSize + shrink;
        SquareLattice lattice = SquareLattice.covering(minX, minY, extent.getMaxX() - shrink,
                extent.getMaxY() - shrink, cellSize);

        IncidentGridAggregator streamed = new IncidentGridAggregator(lattice, IncidentFilter.ALL);
        incidents.forEach(all.withEnvelope(extent), streamed);

        CellCounts grouped = CellCounts.forLattice(lattice);
        incidents.countPerSquareCell(all.withEnvelope(extent), minX, minY, cellSize, (column, row, n) -> {
            if (column >= 0 && row >= 0 && column < lattice.columns() && row < lattice.rows()) {
                grouped.add(lattice.cellId((int) column, (int) row), n);
            }
        });

        assertThat(grouped.total()).isPositive().isEqualTo(streamed.counts().total());
        assertThat(nonEmpty(grouped)).isEqualTo(nonEmpty(streamed.counts()));
        if (shrink >= cellSize) {
            assertThat(streamed.outsideGrid()).isPositive();
        }
    }

    private static Map<Integer, Integer> nonEmpty(CellCounts counts) {
        Map<Integer, Integer> cells = new HashMap<>();
        counts.forEachNonEmpty(cells::put);
        return cells;
    }
}
