package se.platslage.analysis.emerging;

import java.util.Arrays;
import se.platslage.analysis.grid.CellLattice;

/**
 * Gi* z-scores of every bin of a space-time cube. Arrays over bins are location-major: the bin of location
 * index k at step t is at {@code k * steps + t}.
 *
 * @param locations          cell ids of the locations, ascending
 * @param spatialNeighbours  per location: locations within the band, itself included
 * @param counts             per bin: its incident count
 * @param neighbourCounts    per bin: W, the bins in its space-time neighbourhood
 * @param zScores            per bin: Gi* as a z-score, NaN when undefined
 */
public record SpaceTimeGiStarResult(CellLattice lattice, int steps, double distanceBandMeters, int timeWindow,
                                    GlobalWindow globalWindow, int[] locations, int[] spatialNeighbours,
                                    int[] counts, int[] neighbourCounts, double[] zScores) {

    public int locationCount() {
        return locations.length;
    }

    public int bin(int locationIndex, int step) {
        return locationIndex * steps + step;
    }

    /** Index of a cell among the locations, -1 when it is not one. */
    public int indexOf(int cellId) {
        int k = Arrays.binarySearch(locations, cellId);
        return k >= 0 ? k : -1;
    }

    /** The z-scores of one location over time. */
    public double[] series(int locationIndex) {
        return Arrays.copyOfRange(zScores, locationIndex * steps, (locationIndex + 1) * steps);
    }
}
