package se.platslage.hotspot;

import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.CellSizeRule;
import se.platslage.analysis.grid.HexLattice;
import se.platslage.analysis.grid.IncidentGridAggregator;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.analysis.incident.IncidentFilter;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.incident.IncidentSelection;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;

/**
 * Runs the engine's hot-spot analysis on stored incidents: the grid over the study area's envelope (a
 * district's, clipped to the bbox; else the bbox or the selected incidents' extent), its origin snapped to a multiple of the cell size so that grids of different periods
 * line up cell for cell; incidents counted per cell (by the database for squares, streamed for hexagons); then
 * {@link HotSpotAnalysis} over the cells that intersect the study area polygon. Memory: the grid ({@code platslage.analysis.max-cells}), plus at most
 * {@code cell-size-sample} coordinates when the cell size is chosen from the data.
 */
@Service
class HotSpotService {

    private static final double SQRT3 = Math.sqrt(3);

    private final IncidentQueries incidents;
    private final AnalysisProperties limits;
    private final CurrentActor current;

    HotSpotService(IncidentQueries incidents, AnalysisProperties limits, CurrentActor current) {
        this.incidents = incidents;
        this.limits = limits;
        this.current = current;
    }

    @Transactional(readOnly = true)
    public HotSpotRun run(IncidentParams params, GridParams grid) {
        IncidentSelection selection = params.selection();
        long impreciseLeftOut = incidents.countImpreciseLeftOut(selection);
        Envelope extent = params.envelope() != null ? params.envelope() : incidents.extent(selection);
        // "any", not a count: a count reads every selected incident once more (0.5 s of a million, issue 16)
        if (extent == null || !incidents.any(selection)) {
            return new HotSpotRun(params, grid, null, null, null, null, 0, 0, impreciseLeftOut);
        }
        CellSizeRule.Choice choice = null;
        int sampled = 0;
        double cellSize;
        if (grid.cellSizeMeters() != null) {
            cellSize = grid.cellSizeMeters();
        } else {
            double[][] sample = sample(selection, incidents.count(selection));
            sampled = sample[0].length;
            try {
                choice = CellSizeRule.choose(sample[0], sample[1], limits.maxCells());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cellSize", "cannot be chosen from fewer than two distinct incident "
                        + "locations; give cellSize in metres");
            }
            // Without incident-level access a chosen cell is never finer than a given one may be.
            double smallest = IncidentAccess.seesIncidents(current.get()) ? GridParams.MIN_CELL_METERS
                    : IncidentAccess.MIN_AGGREGATE_CELL_METERS;
            cellSize = Math.max(choice.cellSizeMeters(), smallest);
        }
        if (grid.distanceBandMeters() != null) {
            GridParams.checkBand(grid.distanceBandMeters(), cellSize, limits);
        }
        CellLattice lattice = lattice(extent, cellSize, grid.hex());
        CellCounts counts = count(selection.withEnvelope(extent), lattice);
        StudyAreaCells area = params.studyArea() == null ? StudyAreaCells.whole(lattice)
                : StudyAreaCells.intersecting(lattice, params.studyArea());
        HotSpotAnalysis.Result result;
        try {
            result = HotSpotAnalysis.run(counts, (grid.distanceBandMeters() == null
                    ? HotSpotAnalysis.Parameters.chooseBand(grid.inclusion())
                    : HotSpotAnalysis.Parameters.withBand(grid.inclusion(), grid.distanceBandMeters())).within(area)
                    .chosenBandAtMost(cellSize * limits.maxBandToCellRatio()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("distanceBand", "cannot be chosen from fewer than two cells; give "
                    + "distanceBand in metres or a larger area");
        }
        return new HotSpotRun(params, grid, lattice, area, result, choice, sampled, counts.total(), impreciseLeftOut);
    }

    /**
     * Incidents per cell. Squares are counted by the database (GROUP BY on the snapped cell: the analysis
     * then costs little more than the raw per-cell count, issue 16); hexagons, whose cell test is not a
     * floor per axis, stream the points through the engine's aggregator.
     */
    private CellCounts count(IncidentSelection selection, CellLattice lattice) {
        if (lattice instanceof SquareLattice square) {
            CellCounts counts = CellCounts.forLattice(square);
            incidents.countPerSquareCell(selection, square.minX(), square.minY(), square.cellSizeMeters(),
                    (column, row, n) -> {
                        if (column >= 0 && row >= 0 && column < square.columns() && row < square.rows()) {
                            counts.add(square.cellId((int) column, (int) row), n);
                        }
                    });
            return counts;
        }
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice, IncidentFilter.ALL);
        incidents.forEach(selection, aggregator);
        return aggregator.counts();
    }

    /** The grid over the extent with its origin snapped to whole cells (two rows for hexagons). */
    CellLattice lattice(Envelope extent, double cellSize, boolean hex) {
        double rowStep = hex ? cellSize * SQRT3 : cellSize; // two hexagon rows keep the row parity
        double minX = Math.floor(extent.getMinX() / cellSize) * cellSize;
        double minY = Math.floor(extent.getMinY() / rowStep) * rowStep;
        double rowSpacing = hex ? cellSize * SQRT3 / 2 : cellSize;
        double columns = Math.floor((extent.getMaxX() - minX) / cellSize) + 2;
        double rows = Math.floor((extent.getMaxY() - minY) / rowSpacing) + 2;
        if (columns * rows > limits.maxCells()) {
            throw new InvalidInputException("cellSize", "the grid would have about " + (long) (columns * rows)
                    + " cells; at most " + limits.maxCells() + " are allowed: choose a larger cellSize or a smaller bbox");
        }
        return hex ? HexLattice.covering(minX, minY, extent.getMaxX(), extent.getMaxY(), cellSize)
                : SquareLattice.covering(minX, minY, extent.getMaxX(), extent.getMaxY(), cellSize);
    }

    /** The selected incidents' coordinates, every k-th when there are more than the configured sample. */
    private double[][] sample(IncidentSelection selection, long total) {
        int stride = (int) Math.max(1, (total + limits.cellSizeSample() - 1) / limits.cellSizeSample());
        int size = (int) Math.min(total / stride + 1, limits.cellSizeSample());
        double[] xs = new double[size];
        double[] ys = new double[size];
        int[] n = {0};
        long[] seen = {0};
        incidents.forEach(selection, incident -> {
            if (seen[0]++ % stride == 0 && n[0] < size) {
                xs[n[0]] = incident.x();
                ys[n[0]] = incident.y();
                n[0]++;
            }
        });
        return new double[][] {java.util.Arrays.copyOf(xs, n[0]), java.util.Arrays.copyOf(ys, n[0])};
    }
}
