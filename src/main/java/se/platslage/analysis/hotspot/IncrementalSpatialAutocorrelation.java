package se.platslage.analysis.hotspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * Global Moran's I at a series of increasing distance bands, and the first peak of its z-score: the band
 * where spatial clustering is most pronounced (ArcGIS Incremental Spatial Autocorrelation, which
 * Optimized Hot Spot Analysis runs first to choose its band).
 *
 * <p>Series, with ArcGIS's defaults: {@value #BANDS} bands; the first is the distance that gives every
 * included cell at least one neighbour (the largest nearest-neighbour distance), the increment is the
 * average nearest-neighbour distance (the cell size when every cell is in; more when only non-empty
 * cells are). Both are rounded up to a millimetre so the reported bands are readable without dropping a
 * cell that lies exactly on them.
 *
 * <p>Peak: the first band whose z-score is higher than those of the bands just before and after it and
 * above {@value #MIN_PEAK_Z} (p < 0.05, one-sided, as ArcGIS wants a statistically significant peak). The
 * first and last bands cannot be peaks: with one side missing there is no telling a peak from a slope.
 * No peak (a z-series that only rises or only falls, no clustering, fewer than four cells, all counts
 * equal): {@link #peak()} is empty and the caller uses {@link DistanceBandRule}.
 */
public final class IncrementalSpatialAutocorrelation {

    static final int BANDS = 10;
    static final double MIN_PEAK_Z = 1.96;

    private final List<GlobalMoransI.Result> series;
    private final int peakIndex;

    private IncrementalSpatialAutocorrelation(List<GlobalMoransI.Result> series, int peakIndex) {
        this.series = List.copyOf(series);
        this.peakIndex = peakIndex;
    }

    /** The series with ArcGIS's default start and increment; fewer than two included cells: an empty series. */
    public static IncrementalSpatialAutocorrelation run(CellCounts counts, StudyAreaCells area,
                                                        CellInclusion inclusion) {
        return run(counts, area, inclusion, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #run(CellCounts, StudyAreaCells, CellInclusion)}, evaluating no band beyond
     * {@code maxBandMeters}: the series is shorter, or empty when even the start lies beyond it.
     */
    public static IncrementalSpatialAutocorrelation run(CellCounts counts, StudyAreaCells area,
                                                        CellInclusion inclusion, double maxBandMeters) {
        int[] cells = GetisOrdGiStar.includedCells(counts, area, inclusion);
        if (cells.length < 2) {
            return new IncrementalSpatialAutocorrelation(List.of(), -1);
        }
        double[] nearest = DistanceBandRule.kthNeighbourDistances(counts, area, inclusion, cells, 1);
        double largest = 0;
        double sum = 0;
        for (double d : nearest) {
            largest = Math.max(largest, d);
            sum += d;
        }
        double start = upToMillimetre(largest);
        double increment = upToMillimetre(sum / nearest.length);
        int bands = start > maxBandMeters ? 0 : (int) Math.min(BANDS, Math.floor((maxBandMeters - start) / increment) + 1);
        return bands == 0 ? new IncrementalSpatialAutocorrelation(List.of(), -1)
                : run(counts, area, inclusion, start, increment, bands);
    }

    /** The series from a given start and increment. */
    public static IncrementalSpatialAutocorrelation run(CellCounts counts, StudyAreaCells area,
                                                        CellInclusion inclusion, double startMeters,
                                                        double incrementMeters, int bands) {
        if (!(incrementMeters > 0) || bands < 1) {
            throw new IllegalArgumentException("need a positive increment and at least one band");
        }
        List<GlobalMoransI.Result> series = new ArrayList<>(bands);
        for (int k = 0; k < bands; k++) {
            series.add(GlobalMoransI.compute(counts, area, inclusion, startMeters + k * incrementMeters));
        }
        return new IncrementalSpatialAutocorrelation(series, firstPeak(series));
    }

    static int firstPeak(List<GlobalMoransI.Result> series) {
        for (int k = 1; k + 1 < series.size(); k++) {
            double z = series.get(k).zScore();
            if (z > MIN_PEAK_Z && z > series.get(k - 1).zScore() && z > series.get(k + 1).zScore()) {
                return k;
            }
        }
        return -1;
    }

    /** Up to whole millimetres, forgiving the last bits of a square root (100.0000000001 stays 100). */
    private static double upToMillimetre(double meters) {
        return Math.ceil(meters * 1000 - 1e-6) / 1000;
    }

    /** Moran's I at each band, in increasing band order. */
    public List<GlobalMoransI.Result> series() {
        return series;
    }

    /** The first significant peak of the z-score, if there is one. */
    public Optional<GlobalMoransI.Result> peak() {
        return peakIndex < 0 ? Optional.empty() : Optional.of(series.get(peakIndex));
    }
}
