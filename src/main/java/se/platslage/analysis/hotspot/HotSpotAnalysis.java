package se.platslage.analysis.hotspot;

import java.util.OptionalDouble;
import se.platslage.analysis.grid.CellCounts;

/**
 * The whole hot-spot step on aggregated counts: distance band (given or chosen), Gi* z-scores, two-sided
 * normal p-values, Benjamini-Hochberg adjustment over the included cells, and the hot/cold class.
 *
 * <p>The FDR family is the set of cells in the statistic: every cell of the grid for
 * {@link CellInclusion#ALL_CELLS}, the non-empty ones otherwise. Empty input gives an empty result.
 */
public final class HotSpotAnalysis {

    /**
     * @param inclusion          which cells enter the statistic
     * @param distanceBandMeters the band, or empty to choose it with {@link DistanceBandRule}
     */
    public record Parameters(CellInclusion inclusion, OptionalDouble distanceBandMeters) {

        public static Parameters withBand(CellInclusion inclusion, double distanceBandMeters) {
            return new Parameters(inclusion, OptionalDouble.of(distanceBandMeters));
        }

        public static Parameters chooseBand(CellInclusion inclusion) {
            return new Parameters(inclusion, OptionalDouble.empty());
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
        boolean chosen = parameters.distanceBandMeters().isEmpty();
        double band = chosen ? DistanceBandRule.choose(counts, parameters.inclusion())
                : parameters.distanceBandMeters().getAsDouble();
        GiStarResult gi = GetisOrdGiStar.compute(counts, parameters.inclusion(), band);
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
