package se.platslage.hotspot;

import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.CellSizeRule;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.incident.IncidentParams;

/**
 * One hot-spot analysis as run: the request, the grid, the engine's result and what was counted.
 *
 * @param lattice          the grid, null when no incident was selected
 * @param studyArea        the grid's cells in the study area (all of them without a district), null with lattice
 * @param result           the engine's answer, null when no incident was selected
 * @param cellSizeChoice   how the cell size was chosen, null when given
 * @param cellSizeSample   incidents the cell size was chosen from (a sample beyond the configured bound)
 * @param counted          incidents counted in the grid
 * @param impreciseLeftOut area-centroid incidents left out (includeImprecise=false)
 */
record HotSpotRun(IncidentParams params, GridParams grid, CellLattice lattice, StudyAreaCells studyArea,
        HotSpotAnalysis.Result result,
        CellSizeRule.Choice cellSizeChoice, int cellSizeSample, long counted, long impreciseLeftOut) {

    boolean isEmpty() {
        return lattice == null;
    }
}
