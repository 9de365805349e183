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
     * @param distanceBandMeters the band, or empty to choose it with {@link DistanceBandRule}
     * @param studyArea          the cells of the study area, or null for the whole grid
     */
    public record Parameters(CellInclusion inclusion, OptionalDouble distanceBandMeters, StudyAreaCells studyArea) {

        public static Parameters withBand(CellInclusion inclusion, double distanceBandMeters) {
            return new Parameters(inclusion, OptionalDouble.of(distanceBandMeters), null);
        }

        public static Parameters chooseBand(CellInclusion inclusion) {
            return new Parameters(inclusion, OptionalDouble.empty(), null);
        }

        /** The same parameters with the statistic confined to a study area's cells. */
        public Parameters within(StudyAreaCells area) {
            return new Parameters(inclusion, distanceBandMeters, area);
        }
    }

    /**
     * @param giStar                the z-scores and the parameters actually used
     * @param bandChosenFromData    true when the band came from {@link DistanceBandRule}
     * @param pValues               two-sided normal p-values, aligned with {@code giStar.cellIds()}
     * @param pValuesFdr            Benjamini-Hochberg adjusted p-values, same alignment
     * @param classes               hot/cold classes read from the adjusted p-values
     */
    public record Result(GiStarResult giStar, boolean bandChosenFromData, double[] pValues, double[] pValuesFdr,
                         HotSpotClass[] classes) {

        public double distanceBandMeters() {
            return giStar.distanceBandMeters();
        }
    }

    private HotSpotAnalysis() {
    }

    public static Result run(CellCounts counts, Parameters parameters) {
        StudyAreaCells area = parameters.studyArea() != null ? parameters.studyArea()
                : StudyAreaCells.whole(counts.lattice());
        boolean chosen = parameters.distanceBandMeters().isEmpty();
        double band = chosen ? DistanceBandRule.choose(counts, area, parameters.inclusion())
                : parameters.distanceBandMeters().getAsDouble();
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
        return new Result(gi, chosen, p, adjusted, classes);
    }
}
