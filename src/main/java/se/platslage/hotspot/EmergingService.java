package se.platslage.hotspot;

import java.time.Instant;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.emerging.EmergingHotSpotAnalysis;
import se.platslage.analysis.emerging.SpaceTimeCube;
import se.platslage.analysis.emerging.TimeStep;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.DistanceBandRule;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.incident.IncidentSelection;
import se.platslage.system.InvalidInputException;

/**
 * Emerging hot spots on stored incidents: the same snapped grid as {@link HotSpotService} over the study area,
 * time steps from {@code from} (else the first selected incident) to {@code to} (else the end of the last one's step), the
 * incidents streamed into a {@link SpaceTimeCube}, then {@link EmergingHotSpotAnalysis}. Memory: about 60 bytes a
 * bin, bounded by {@value #MAX_BINS} bins (cells × steps).
 */
@Service
class EmergingService {

    static final int MAX_BINS = 3_000_000;
    static final double DEFAULT_CELL_METERS = 200;

    private final IncidentQueries incidents;
    private final HotSpotService grids;
    private final AnalysisProperties limits;

    EmergingService(IncidentQueries incidents, HotSpotService grids, AnalysisProperties limits) {
        this.incidents = incidents;
        this.grids = grids;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public EmergingRun run(IncidentParams params, GridParams grid, EmergingParams time) {
        IncidentSelection selection = params.selection();
        Envelope extent = params.envelope() != null ? params.envelope() : incidents.extent(selection);
        Instant[] times = extent == null ? null : incidents.timeExtent(selection);
        if (times == null) {
            return new EmergingRun(params, grid, time, null, null, null, null, null, 0);
        }
        double cellSize = grid.cellSizeMeters() != null ? grid.cellSizeMeters() : DEFAULT_CELL_METERS;
        if (grid.distanceBandMeters() != null) {
            GridParams.checkBand(grid.distanceBandMeters(), cellSize, limits);
        }
        Instant from = params.from() != null ? params.from() : times[0];
        // by default the end of the last incident's step: whole steps, and no sub-microsecond bound that
        // PostgreSQL's timestamps would round back onto the last incident
        TimeStep step = time.timeStep();
        Instant to = params.to() != null ? params.to()
                : TimeStep.instant(step.plus(step.startOf(TimeStep.day(times[1])), 1));
        CellLattice lattice = grids.lattice(extent, cellSize, grid.hex());
        long steps = time.timeStep().between(time.timeStep().startOf(TimeStep.day(from)),
                TimeStep.day(to.minusNanos(1))) + 1;
        if (steps * lattice.cellCount() > MAX_BINS) {
            throw new InvalidInputException("timeStep", "the space-time cube would have " + steps * lattice.cellCount()
                    + " bins (" + lattice.cellCount() + " cells x " + steps + " steps); at most " + MAX_BINS
                    + ": choose a longer timeStep, a shorter period, a larger cellSize or a smaller area");
        }
        if (steps < 3) {
            throw new InvalidInputException("from", "the period holds " + steps + " time step(s); the trend needs at "
                    + "least 3: widen from/to or choose a shorter timeStep");
        }
        SpaceTimeCube cube = SpaceTimeCube.covering(lattice, time.timeStep(), from, to);
        incidents.forEach(selection.withEnvelope(extent).withPeriod(from, to), cube);
        StudyAreaCells area = params.studyArea() == null ? StudyAreaCells.whole(lattice)
                : StudyAreaCells.intersecting(lattice, params.studyArea());
        double band;
        String bandSource = "given";
        if (grid.distanceBandMeters() != null) {
            band = grid.distanceBandMeters();
        } else {
            bandSource = "chosen";
            CellCounts totals = CellCounts.forLattice(lattice);
            for (int cell = 0; cell < lattice.cellCount(); cell++) {
                long n = cube.cellTotal(cell);
                if (n > 0) {
                    totals.add(cell, (int) n);
                }
            }
            try {
                band = Math.min(Math.max(DistanceBandRule.choose(totals, area, grid.inclusion()), cellSize),
                        cellSize * limits.maxBandToCellRatio());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("distanceBand", "cannot be chosen from fewer than two cells; give "
                        + "distanceBand in metres or a larger area");
            }
        }
        EmergingHotSpotAnalysis.Result result = EmergingHotSpotAnalysis.run(cube,
                EmergingHotSpotAnalysis.Parameters.of(band, time.timeWindow())
                        .with(grid.inclusion(), time.globalWindow()).within(area));
        long counted = 0;
        for (int cell = 0; cell < lattice.cellCount(); cell++) {
            counted += cube.cellTotal(cell);
        }
        return new EmergingRun(params, grid, time, lattice, cube, result,
                grid.cellSizeMeters() != null ? "given" : "default", bandSource, counted);
    }
}
