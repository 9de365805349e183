package se.platslage.analysis.emerging;

/**
 * Which bins make up {@code n}, the mean and the variance that a bin's neighbourhood sum is compared with
 * (ArcGIS's "Global Window" of Emerging Hot Spot Analysis).
 */
public enum GlobalWindow {
    /** Every bin of the cube: a bin is hot against the whole period. ArcGIS's default. */
    ENTIRE_CUBE,
    /**
     * The bins of the time steps in the bin's own time window (steps {@code t - timeWindow .. t}): a bin is hot
     * against its own time. With {@code timeWindow = 0} each time slice is an ordinary Gi* hot-spot analysis,
     * which is what the spdep fixtures check.
     */
    NEIGHBOURHOOD_TIME_STEP
}
