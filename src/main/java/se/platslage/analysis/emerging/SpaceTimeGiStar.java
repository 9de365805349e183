package se.platslage.analysis.emerging;

import java.util.Arrays;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.NeighbourStencil;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.CellInclusion;

/**
 * Getis-Ord Gi* for every bin of a {@link SpaceTimeCube}, with binary weights on a neighbourhood in space (a
 * fixed distance band) and in time ({@code timeWindow} steps back), the bin itself included.
 *
 * <p>Algorithm. The locations L are the cells of the study area that the inclusion rule admits:
 * {@link CellInclusion#ALL_CELLS} every such cell, {@link CellInclusion#NON_EMPTY_CELLS} those with at least
 * one incident in <em>some</em> step of the cube. Every location has a bin in every step (zero counts
 * included), so the cube is |L| × T bins. The neighbours of bin (i, t) are exactly the bins (j, s) with
 * <pre>
 *   j in L,   d(i, j) <= distanceBandMeters   (centre to centre; j = i included, as {@link NeighbourStencil}),
 *   max(0, t - timeWindow) <= s <= t           (the same step and up to timeWindow steps back, never forward)
 * </pre>
 * each with weight 1, so W_(i,t) = (spatial neighbours of i in L) × (min(t, timeWindow) + 1): a bin near the
 * start of the cube has fewer steps behind it, as ArcGIS's edge bins have fewer neighbours. With x the bin
 * counts of the global window G (n bins, {@link GlobalWindow}), mean xbar and variance s² = Σ(x - xbar)²/n:
 * <pre>
 *   z_(i,t) = (Σ_neighbours x - xbar W) / sqrt( s² (n W - W²) / (n - 1) )
 * </pre>
 * Ord and Getis (1995) eq. 14 with binary weights, as {@link se.platslage.analysis.hotspot.GetisOrdGiStar}. It
 * equals spdep's {@code localG} given all bins of G and the neighbour list above (a directed list: neighbours
 * look back in time only); with {@code timeWindow = 0} and {@link GlobalWindow#NEIGHBOURHOOD_TIME_STEP} it is
 * {@code localG} on each time slice alone. z is NaN when undefined (zero variance in G, n < 2, W = n).
 *
 * <p>Cost: per slice, row prefix sums of the counts over the location mask make every row of the circular
 * neighbourhood two subtractions (as {@code GetisOrdGiStar}); the time window is then a running sum per
 * location. O(T × cells × band rows) time; memory one double per bin plus one slice of prefix sums.
 * Empty input (no location) gives an empty result.
 */
public final class SpaceTimeGiStar {

    private SpaceTimeGiStar() {
    }

    /**
     * @param timeWindow steps back in the neighbourhood, 0 for the same step only
     */
    public static SpaceTimeGiStarResult compute(SpaceTimeCube cube, StudyAreaCells area, CellInclusion inclusion,
                                                double distanceBandMeters, int timeWindow, GlobalWindow window) {
        CellLattice lattice = cube.lattice();
        if (area.lattice() != lattice) {
            throw new IllegalArgumentException("the study area belongs to another lattice");
        }
        if (timeWindow < 0) {
            throw new IllegalArgumentException("timeWindow must be >= 0, got " + timeWindow);
        }
        int steps = cube.steps();
        int[] locations = locations(cube, area, inclusion);
        int size = locations.length;
        boolean[] isLocation = new boolean[lattice.cellCount()];
        for (int cell : locations) {
            isLocation[cell] = true;
        }
        NeighbourStencil stencil = lattice.distanceBandStencil(distanceBandMeters);
        int[] spatialNeighbours = new int[size];
        double[] sums = new double[size * steps]; // location-major: [k * steps + t]
        int[] counts = new int[size * steps];
        SlicePrefixSums prefix = new SlicePrefixSums(lattice, stencil);
        prefix.load(cell -> isLocation[cell] ? 1 : 0);
        for (int k = 0; k < size; k++) {
            spatialNeighbours[k] = (int) prefix.bandSum(locations[k]);
        }
        for (int t = 0; t < steps; t++) {
            int step = t;
            prefix.load(cell -> isLocation[cell] ? cube.count(cell, step) : 0);
            for (int k = 0; k < size; k++) {
                sums[k * steps + t] = prefix.bandSum(locations[k]);
                counts[k * steps + t] = cube.count(locations[k], t);
            }
        }
        // the time window: going backwards, each step's sum still sees the untouched earlier steps
        if (timeWindow > 0) {
            for (int k = 0; k < size; k++) {
                int base = k * steps;
                for (int t = steps - 1; t >= 0; t--) {
                    double sum = sums[base + t];
                    for (int s = Math.max(0, t - timeWindow); s < t; s++) {
                        sum += sums[base + s];
                    }
                    sums[base + t] = sum;
                }
            }
        }
        WindowMoments moments = WindowMoments.of(counts, size, steps, timeWindow, window);
        double[] z = sums; // turned into z-scores in place
        int[] weights = new int[size * steps];
        for (int k = 0; k < size; k++) {
            for (int t = 0; t < steps; t++) {
                int at = k * steps + t;
                double w = (double) spatialNeighbours[k] * (Math.min(t, timeWindow) + 1);
                weights[at] = (int) w;
                double n = moments.n(t);
                double varianceOfSum = moments.variance(t) * ((n * w - w * w) / (n - 1));
                z[at] = n < 2 || !(varianceOfSum > 0) ? Double.NaN
                        : (sums[at] - w * moments.mean(t)) / Math.sqrt(varianceOfSum);
            }
        }
        return new SpaceTimeGiStarResult(lattice, steps, distanceBandMeters, timeWindow, window, locations,
                spatialNeighbours, counts, weights, z);
    }

    /** The cells that are locations of the cube, ascending. */
    static int[] locations(SpaceTimeCube cube, StudyAreaCells area, CellInclusion inclusion) {
        int cells = cube.lattice().cellCount();
        int[] ids = new int[cells];
        int n = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (area.contains(cell) && (inclusion == CellInclusion.ALL_CELLS || cube.cellTotal(cell) > 0)) {
                ids[n++] = cell;
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** Mean and variance (divided by n) of the bin counts over each step's global window. */
    private record WindowMoments(double[] n, double[] mean, double[] variance) {

        static WindowMoments of(int[] counts, int size, int steps, int timeWindow, GlobalWindow window) {
            double[] sliceSum = new double[steps];
            for (int k = 0; k < size; k++) {
                for (int t = 0; t < steps; t++) {
                    sliceSum[t] += counts[k * steps + t];
                }
            }
            double[] n = new double[steps];
            double[] mean = new double[steps];
            double[] variance = new double[steps];
            for (int t = 0; t < steps; t++) {
                int first = window == GlobalWindow.ENTIRE_CUBE ? 0 : Math.max(0, t - timeWindow);
                int last = window == GlobalWindow.ENTIRE_CUBE ? steps - 1 : t;
                double total = 0;
                for (int s = first; s <= last; s++) {
                    total += sliceSum[s];
                }
                n[t] = (double) size * (last - first + 1);
                mean[t] = n[t] == 0 ? Double.NaN : total / n[t];
                // two-pass, as spdep's sum(scale(x, scale = FALSE)^2) / n
                double squares = 0;
                for (int k = 0; k < size; k++) {
                    for (int s = first; s <= last; s++) {
                        double d = counts[k * steps + s] - mean[t];
                        squares += d * d;
                    }
                }
                variance[t] = n[t] == 0 ? Double.NaN : squares / n[t];
                if (window == GlobalWindow.ENTIRE_CUBE) {
                    Arrays.fill(n, n[0]);
                    Arrays.fill(mean, mean[0]);
                    Arrays.fill(variance, variance[0]);
                    break;
                }
            }
            return new WindowMoments(n, mean, variance);
        }

        double n(int t) {
            return n[t];
        }

        double mean(int t) {
            return mean[t];
        }

        double variance(int t) {
            return variance[t];
        }
    }
}
