package se.platslage.analysis.evaluation;

/**
 * Incidents in one area before and after a measure started, over periods of equal length.
 *
 * @param before incidents in the period before the start
 * @param after  incidents in the period after the start
 */
public record BeforeAfterCounts(long before, long after) {

    public BeforeAfterCounts {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
