package se.platslage.analysis.emerging;

import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.BenjaminiHochberg;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.hotspot.HotSpotClass;
import se.platslage.analysis.hotspot.NormalDistribution;
import se.platslage.analysis.trend.MannKendall;
import se.platslage.analysis.trend.MannKendallResult;

/**
 * Emerging hot spots on a space-time cube: {@link SpaceTimeGiStar} per bin, two-sided normal p-values,
 * Benjamini-Hochberg over every bin of the cube with a defined z (one family, as ArcGIS corrects the whole
 * cube), the hot/cold class of each bin, the Mann–Kendall test on each location's series of z-scores and the
 * location's {@link EmergingCategory} by {@link EmergingPatterns}.
 *
 * <p>A location whose series holds an undefined z (zero variance in its global window) has no computable
 * trend; its undefined bins are not significant. Empty input (no location) gives an empty result.
 */
public final class EmergingHotSpotAnalysis {

    /** Default significance for bins (FDR-adjusted p) and for the trend. */
    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * @param inclusion          which cells are locations
     * @param distanceBandMeters the spatial band
     * @param timeWindow         steps back in the neighbourhood (ArcGIS's neighbourhood time step; default 1)
     * @param globalWindow       which bins the mean and variance come from
     * @param studyArea          the study area's cells, null for the whole grid
     * @param binAlpha           a bin is significant when its FDR-adjusted p is at most this
     * @param trendAlpha         a trend is significant when its Mann–Kendall p is at most this
     */
    public record Parameters(CellInclusion inclusion, double distanceBandMeters, int timeWindow,
                             GlobalWindow globalWindow, StudyAreaCells studyArea, double binAlpha, double trendAlpha) {

        public static Parameters of(double distanceBandMeters, int timeWindow) {
            return new Parameters(CellInclusion.ALL_CELLS, distanceBandMeters, timeWindow, GlobalWindow.ENTIRE_CUBE,
                    null, DEFAULT_ALPHA, DEFAULT_ALPHA);
        }

        public Parameters within(StudyAreaCells area) {
            return new Parameters(inclusion, distanceBandMeters, timeWindow, globalWindow, area, binAlpha, trendAlpha);
        }

        public Parameters with(CellInclusion cells, GlobalWindow window) {
            return new Parameters(cells, distanceBandMeters, timeWindow, window, studyArea, binAlpha, trendAlpha);
        }
    }

    /**
     * Per bin (location-major, as {@link SpaceTimeGiStarResult}): p, FDR-adjusted p and class; per location:
     * the trend and the category.
     */
    public record Result(Parameters parameters, SpaceTimeGiStarResult giStar, double[] pValues, double[] pValuesFdr,
                         HotSpotClass[] binClasses, MannKendallResult[] trends, EmergingCategory[] categories) {

        public int locationCount() {
            return giStar.locationCount();
        }
    }

    private EmergingHotSpotAnalysis() {
    }

    public static Result run(SpaceTimeCube cube, Parameters parameters) {
        StudyAreaCells area = parameters.studyArea() != null ? parameters.studyArea()
                : StudyAreaCells.whole(cube.lattice());
        SpaceTimeGiStarResult gi = SpaceTimeGiStar.compute(cube, area, parameters.inclusion(),
                parameters.distanceBandMeters(), parameters.timeWindow(), parameters.globalWindow());
        double[] z = gi.zScores();
        double[] p = new double[z.length];
        for (int b = 0; b < z.length; b++) {
            p[b] = NormalDistribution.twoSidedPValue(z[b]);
        }
        double[] adjusted = BenjaminiHochberg.adjust(p);
        HotSpotClass[] classes = new HotSpotClass[z.length];
        for (int b = 0; b < z.length; b++) {
            classes[b] = HotSpotClass.classify(z[b], adjusted[b]);
        }
        int steps = gi.steps();
        MannKendallResult[] trends = new MannKendallResult[gi.locationCount()];
        EmergingCategory[] categories = new EmergingCategory[gi.locationCount()];
        boolean[] hot = new boolean[steps];
        boolean[] cold = new boolean[steps];
        for (int k = 0; k < gi.locationCount(); k++) {
            double[] series = gi.series(k);
            boolean defined = true;
            for (int t = 0; t < steps; t++) {
                int b = gi.bin(k, t);
                boolean significant = adjusted[b] <= parameters.binAlpha(); // false for NaN
                hot[t] = significant && z[b] > 0;
                cold[t] = significant && z[b] < 0;
                defined &= !Double.isNaN(series[t]);
            }
            trends[k] = defined ? MannKendall.test(series) : null;
            boolean trendSignificant = trends[k] != null && trends[k].computable()
                    && trends[k].pValue() <= parameters.trendAlpha();
            categories[k] = EmergingPatterns.classify(hot, cold, trends[k] == null ? 0 : trends[k].direction(),
                    trendSignificant);
        }
        return new Result(parameters, gi, p, adjusted, classes, trends, categories);
    }
}
