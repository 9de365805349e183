package se.platslage.analysis.bench;

import java.util.Arrays;
import java.util.Locale;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.IncidentGridAggregator;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.hotspot.GlobalMoransI;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.analysis.hotspot.IncrementalSpatialAutocorrelation;
import se.platslage.analysis.incident.IncidentFilter;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;

/**
 * The band's peak search (10 global Moran's I evaluations) on GiStarBenchmark's grid: 1,000,000 synthetic
 * incidents over Stockholm on 100 m cells (62,500 cells, all in the statistic). Prints the series, the
 * median time of the search (15 runs after 5 warm-ups) and of the whole hot-spot run with the band chosen.
 *
 * <p>Usage: {@code java -cp ... se.platslage.analysis.bench.PeakSearchBenchmark [cells|non-empty]}, or
 * {@code src/test/resources/analysis/bench/run-peak-benchmark.sh}.
 */
public final class PeakSearchBenchmark {

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        CellInclusion inclusion = args.length > 0 && args[0].equals("non-empty") ? CellInclusion.NON_EMPTY_CELLS
                : CellInclusion.ALL_CELLS;
        SquareLattice lattice = new SquareLattice(660000, 6570000, 100, 250, 250);
        CellCounts counts = IncidentGridAggregator.aggregate(lattice, IncidentFilter.ALL,
                SyntheticIncidentGenerator.generate(GiStarBenchmark.stockholm(), 1_000_000));
        StudyAreaCells area = StudyAreaCells.whole(lattice);
        IncrementalSpatialAutocorrelation isa = null;
        for (int i = 0; i < 5; i++) {
            isa = IncrementalSpatialAutocorrelation.run(counts, area, inclusion);
        }
        double[] search = new double[15];
        double[] full = new double[15];
        HotSpotAnalysis.Result result = null;
        for (int i = 0; i < search.length; i++) {
            long a = System.nanoTime();
            isa = IncrementalSpatialAutocorrelation.run(counts, area, inclusion);
            long b = System.nanoTime();
            result = HotSpotAnalysis.run(counts, HotSpotAnalysis.Parameters.chooseBand(inclusion));
            long c = System.nanoTime();
            search[i] = (b - a) / 1e6;
            full[i] = (c - b) / 1e6;
        }
        for (GlobalMoransI.Result step : isa.series()) {
            System.out.printf("band %8.1f m  I %.5f  z %8.2f%s%n", step.distanceBandMeters(), step.index(),
                    step.zScore(), isa.peak().filter(p -> p == step).isPresent() ? "  <- first peak" : "");
        }
        System.out.printf("%s, %,d cells in the statistic: peak search %.1f ms, hot-spot run with the band chosen "
                + "(%s, %.0f m) %.1f ms (medians of %d)%n", inclusion, isa.series().get(0).n(), median(search),
                result.bandChosenBy(), result.distanceBandMeters(), median(full), search.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private PeakSearchBenchmark() {
    }
}
