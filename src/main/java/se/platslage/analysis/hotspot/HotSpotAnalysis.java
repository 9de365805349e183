package se.platslage.analysis.hotspot;

import java.util.OptionalDouble;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * The whole hot-spot step on aggregated counts: distance band (given or chosen), Gi* z-scores, two-sided
 * normal p-values, Benjamini-Hochberg adjustment over the included cells, and the hot/cold class.
 *
 * <p>The FDR family is the set of cells in the statistic: every cell of the grid for
 * {@link CellInclusion#ALL_CELLS}, the non-empty ones otherwise, in either case only those of the study
 * area when one is given. Empty input gives an empty result.
 */
public final class HotSpotAnalysis {

    /**
     * @param inclusion          which cells enter the statistic
     * @param distanceBandMeters the band, or empty to choose it from the data: the first peak of
     *                           {@link IncrementalSpatialAutocorrelation}, else {@link DistanceBandRule}
     * @param studyArea          the cells of the study area, or null for the whole grid
     * @param maxChosenBandMeters the largest band a choice from the data may give: one isolated cell can push
     *                           the nearest-neighbour start of the series far out, and a neighbourhood's cost
     *                           grows with the square of the band. Infinite for no limit
     */
    public record Parameters(CellInclusion inclusion, OptionalDouble distanceBandMeters, StudyAreaCells studyArea,
                             double maxChosenBandMeters) {

        public static Parameters withBand(CellInclusion inclusion, double distanceBandMeters) {
            return new Parameters(inclusion, OptionalDouble.of(distanceBandMeters), null, Double.POSITIVE_INFINITY);
        }

        public static Parameters chooseBand(CellInclusion inclusion) {
            return new Parameters(inclusion, OptionalDouble.empty(), null, Double.POSITIVE_INFINITY);
        }

        /** The same parameters with the statistic confined to a study area's cells. */
        public Parameters within(StudyAreaCells area) {
            return new Parameters(inclusion, distanceBandMeters, area, maxChosenBandMeters);
        }

        /** The same parameters with a band chosen from the data kept at or under {@code meters}. */
        public Parameters chosenBandAtMost(double meters) {
            return new Parameters(inclusion, distanceBandMeters, studyArea, meters);
        }
    }

    /** How the distance band was arrived at. */
    public enum BandChoice {
        /** given by the user */
        GIVEN,
        /** the first significant peak of Moran's I z-score over the incremental series */
        PEAK,
        /** no peak: {@link DistanceBandRule}'s average distance to the K-th nearest cell */
        FALLBACK
    }

    /**
     * @param giStar                the z-scores and the parameters actually used
     * @param bandChosenBy          given, the Moran's I peak, or the fallback rule
     * @param bandSeries            the incremental Moran's I series behind a chosen band; null when given
     * @param pValues               two-sided normal p-values, aligned with {@code giStar.cellIds()}
     * @param pValuesFdr            Benjamini-Hochberg adjusted p-values, same alignment
     * @param classes               hot/cold classes read from the adjusted p-values
     */
    public record Result(GiStarResult giStar, BandChoice bandChosenBy, IncrementalSpatialAutocorrelation bandSeries,
                         double[] pValues, double[] pValuesFdr, HotSpotClass[] classes) {

        /** True when the band came from the data (peak or fallback), not from the user. */
        public boolean bandChosenFromData() {
            return bandChosenBy != BandChoice.GIVEN;
        }

        public double distanceBandMeters() {
            return giStar.distanceBandMeters();
        }
    }

    private HotSpotAnalysis() {
    }

    public static Result run(CellCounts counts, Parameters parameters) {
        StudyAreaCells area = parameters.studyArea() != null ? parameters.studyArea()
                : StudyAreaCells.whole(counts.lattice());
        BandChoice choice = BandChoice.GIVEN;
        IncrementalSpatialAutocorrelation series = null;
        double band;
        if (parameters.distanceBandMeters().isPresent()) {
            band = parameters.distanceBandMeters().getAsDouble();
        } else {
            series = IncrementalSpatialAutocorrelation.run(counts, area, parameters.inclusion(),
                    parameters.maxChosenBandMeters());
            if (series.peak().isPresent()) {
                choice = BandChoice.PEAK;
                band = series.peak().get().distanceBandMeters();
            } else {
                choice = BandChoice.FALLBACK;
                band = Math.min(DistanceBandRule.choose(counts, area, parameters.inclusion()),
                        parameters.maxChosenBandMeters());
            }
        }
        GiStarResult gi = GetisOrdGiStar.compute(counts, area, parameters.inclusion(), band);
        double[] p = new double[gi.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = NormalDistribution.twoSidedPValue(gi.zScores()[k]);
        }
        double[] adjusted = BenjaminiHochberg.adjust(p);
        HotSpotClass[] classes = new HotSpotClass[p.length];
        for (int k = 0; k < p.length; k++) {
            classes[k] = HotSpotClass.classify(gi.zScores()[k], adjusted[k]);
        }
        return new Result(gi, choice, series, p, adjusted, classes);
    }
}
