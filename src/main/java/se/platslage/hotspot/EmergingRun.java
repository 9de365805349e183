package se.platslage.hotspot;

import se.platslage.analysis.emerging.EmergingHotSpotAnalysis;
import se.platslage.analysis.emerging.SpaceTimeCube;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.incident.IncidentParams;

/**
 * One emerging hot-spot analysis as run.
 *
 * @param cube       the counts per cell and step, null when no incident was selected
 * @param result     the engine's answer, null with cube
 * @param bandSource "given", or "chosen" by {@link se.platslage.analysis.hotspot.DistanceBandRule} on the period's totals
 * @param cellSizeSource "given" or "default"
 */
record EmergingRun(IncidentParams params, GridParams grid, EmergingParams time, CellLattice lattice,
        SpaceTimeCube cube, EmergingHotSpotAnalysis.Result result, String cellSizeSource, String bandSource,
        long counted) {

    boolean isEmpty() {
        return result == null;
    }
}
