package se.platslage.analysis.grid;

/**
 * Chooses a grid cell size from the incidents themselves, for when the user gives none.
 *
 * <p>Algorithm (our reading of ArcGIS's Optimized Hot Spot Analysis, "incident aggregation"; not checked
 * against ArcGIS output):
 * <ol>
 *   <li>For every incident, the distance to its nearest non-coincident incident
 *       ({@link NearestNeighbourDistances}).</li>
 *   <li>Locational outliers are dropped: incidents whose nearest-neighbour distance exceeds the mean of
 *       those distances by more than three standard deviations (isolated points far from the rest would
 *       otherwise inflate the scale).</li>
 *   <li>The cell size is the mean nearest-neighbour distance of the remaining incidents,</li>
 *   <li>raised, if needed, so that the grid over the incidents' extent holds at most {@code maxCells}
 *       cells ({@code sqrt(width * height / maxCells)}). This bound is ours, not ArcGIS's: with a million
 *       incidents the mean nearest-neighbour distance is a few metres and the grid would not fit the
 *       memory budget.</li>
 *   <li>Rounded up to a whole metre, at least 1 m.</li>
 * </ol>
 *
 * <p>Memory is O(n) here (the coordinates must be held to find neighbours); pass a sample or give the
 * cell size explicitly for streams too large to hold. Empty input, or input whose points all coincide,
 * is rejected: there is no scale to read.
 */
public final class CellSizeRule {

    /** Default bound on the number of cells of an automatically sized grid. */
    public static final long DEFAULT_MAX_CELLS = 1_000_000;

    /**
     * @param cellSizeMeters             the chosen cell size
     * @param meanNearestNeighbourMeters mean nearest-neighbour distance after removing outliers
     * @param outliersRemoved            incidents dropped as locational outliers
     * @param boundedByMaxCells          true when step 4 raised the size
     */
    public record Choice(double cellSizeMeters, double meanNearestNeighbourMeters, int outliersRemoved,
                         boolean boundedByMaxCells) {
    }

    private CellSizeRule() {
    }

    public static Choice choose(double[] xs, double[] ys) {
        return choose(xs, ys, DEFAULT_MAX_CELLS);
    }

    public static Choice choose(double[] xs, double[] ys, long maxCells) {
        double[] nn = NearestNeighbourDistances.compute(xs, ys);
        double sum = 0;
        double sumSquares = 0;
        int m = 0;
        for (double d : nn) {
            if (!Double.isNaN(d)) {
                sum += d;
                sumSquares += d * d;
                m++;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("need at least two distinct incident locations to choose a cell size");
        }
        double mean = sum / m;
        double sd = Math.sqrt(Math.max(0, sumSquares / m - mean * mean));
        double limit = mean + 3 * sd;
        double keptSum = 0;
        int kept = 0;
        for (double d : nn) {
            if (!Double.isNaN(d) && d <= limit) {
                keptSum += d;
                kept++;
            }
        }
        double meanKept = keptSum / kept;

        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double floorForMaxCells = Math.sqrt((maxX - minX) * (maxY - minY) / maxCells);
        boolean bounded = floorForMaxCells > meanKept;
        double size = Math.max(1.0, Math.ceil(Math.max(meanKept, floorForMaxCells)));
        return new Choice(size, meanKept, m - kept, bounded);
    }
}
