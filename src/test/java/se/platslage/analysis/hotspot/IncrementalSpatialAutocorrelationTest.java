package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.FixtureCsv;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * The incremental series and its first peak. The clustered grid is make-moran-fixtures.R's
 * square_24x20_clusters (two clusters about 300 m across on 50 m cells), whose z-scores at 50, 100, ...,
 * 500 m spdep computed; the peak is read from those, not from this code.
 */
class IncrementalSpatialAutocorrelationTest {

    private static final SquareLattice CLUSTER_GRID = new SquareLattice(0, 0, 50, 24, 20);

    @Test
    void clustersAbout300mAcrossGiveAPeakWhereSpdepsZSeriesPeaks() throws IOException {
        CellCounts counts = GlobalMoransISpdepFixtureTest.countsOf("square_24x20_clusters", CLUSTER_GRID, false);
        List<Map<String, String>> spdep = new ArrayList<>();
        for (Map<String, String> r : FixtureCsv.read("/analysis/moran/", "cases.csv")) {
            if (r.get("grid").equals("square_24x20_clusters")) {
                spdep.add(r);
            }
        }
        double spdepPeak = firstSignificantLocalMaximum(spdep);

        IncrementalSpatialAutocorrelation isa = IncrementalSpatialAutocorrelation.run(counts,
                StudyAreaCells.whole(CLUSTER_GRID), CellInclusion.ALL_CELLS);

        // defaults: start = every cell has a neighbour (50 m), increment = mean nearest-neighbour distance (50 m)
        assertEquals(spdep.size(), isa.series().size());
        for (int k = 0; k < spdep.size(); k++) {
            assertEquals(Double.parseDouble(spdep.get(k).get("band")), isa.series().get(k).distanceBandMeters(), 0,
                    "band " + k);
            assertEquals(Double.parseDouble(spdep.get(k).get("z")), isa.series().get(k).zScore(), 1e-9, "z " + k);
            assertEquals(Double.parseDouble(spdep.get(k).get("i")), isa.series().get(k).index(), 1e-9, "I " + k);
        }
        assertEquals(150.0, spdepPeak, "the fixture is meant to peak inside the series");
        assertEquals(spdepPeak, isa.peak().orElseThrow().distanceBandMeters());
    }

    @Test
    void theHotSpotRunUsesThePeakAndReportsTheSeries() throws IOException {
        CellCounts counts = GlobalMoransISpdepFixtureTest.countsOf("square_24x20_clusters", CLUSTER_GRID, false);

        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.chooseBand(CellInclusion.ALL_CELLS));

        assertEquals(HotSpotAnalysis.BandChoice.PEAK, result.bandChosenBy());
        assertEquals(150.0, result.distanceBandMeters());
        assertEquals(10, result.bandSeries().series().size());
        assertTrue(result.bandChosenFromData());
    }

    @Test
    void uniformRandomCountsHaveNoPeakAndFallBackToTheKthNeighbourRule() {
        SquareLattice lattice = new SquareLattice(0, 0, 50, 30, 30);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        SplittableRandom random = new SplittableRandom(20261126L);
        for (int i = 0; i < 2700; i++) {
            counts.add(random.nextInt(lattice.cellCount()), 1);
        }

        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.chooseBand(CellInclusion.ALL_CELLS));

        assertEquals(HotSpotAnalysis.BandChoice.FALLBACK, result.bandChosenBy());
        assertEquals(DistanceBandRule.choose(counts, CellInclusion.ALL_CELLS), result.distanceBandMeters());
        assertEquals(10, result.bandSeries().series().size(), "the series is reported even without a peak");
        for (GlobalMoransI.Result step : result.bandSeries().series()) {
            assertTrue(Math.abs(step.zScore()) < 3, "no clustering at " + step.distanceBandMeters() + ": z "
                    + step.zScore());
        }
    }

    @Test
    void allCountsEqualHaveNoPeak() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 8, 8);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        for (int cell = 0; cell < lattice.cellCount(); cell++) {
            counts.add(cell, 2);
        }
        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.chooseBand(CellInclusion.ALL_CELLS));
        assertEquals(HotSpotAnalysis.BandChoice.FALLBACK, result.bandChosenBy());
    }

    @Test
    void aGivenBandRunsNoSeries() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 8, 8);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        counts.add(9, 4);
        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.withBand(CellInclusion.ALL_CELLS, 250));
        assertEquals(HotSpotAnalysis.BandChoice.GIVEN, result.bandChosenBy());
        assertNull(result.bandSeries());
    }

    @Test
    void nonEmptyCellsStartWhereEveryCellHasANeighbourAndStepByTheMeanNearestDistance() {
        // non-empty cells at columns 0, 1, 3 and 7 of one row: nearest distances 100, 100, 200, 400
        SquareLattice lattice = new SquareLattice(0, 0, 100, 8, 1);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        counts.add(0, 1);
        counts.add(1, 3);
        counts.add(3, 2);
        counts.add(7, 5);
        IncrementalSpatialAutocorrelation isa = IncrementalSpatialAutocorrelation.run(counts,
                StudyAreaCells.whole(lattice), CellInclusion.NON_EMPTY_CELLS);
        assertEquals(400.0, isa.series().get(0).distanceBandMeters());
        assertEquals(600.0, isa.series().get(1).distanceBandMeters());
        assertEquals(400.0 + 9 * 200.0, isa.series().get(9).distanceBandMeters());
    }

    @Test
    void aCapStopsTheSeriesAndKeepsTheChosenBandUnderIt() {
        // as above: start 400 m, step 200 m; an isolated cell is what pushes the start out
        SquareLattice lattice = new SquareLattice(0, 0, 100, 8, 1);
        DenseCellCounts counts = new DenseCellCounts(lattice);
        counts.add(0, 1);
        counts.add(1, 3);
        counts.add(3, 2);
        counts.add(7, 5);
        IncrementalSpatialAutocorrelation capped = IncrementalSpatialAutocorrelation.run(counts,
                StudyAreaCells.whole(lattice), CellInclusion.NON_EMPTY_CELLS, 1000);
        assertEquals(List.of(400.0, 600.0, 800.0, 1000.0),
                capped.series().stream().map(GlobalMoransI.Result::distanceBandMeters).toList());
        assertTrue(IncrementalSpatialAutocorrelation.run(counts, StudyAreaCells.whole(lattice),
                CellInclusion.NON_EMPTY_CELLS, 300).series().isEmpty());

        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.chooseBand(CellInclusion.NON_EMPTY_CELLS).chosenBandAtMost(300));
        assertEquals(HotSpotAnalysis.BandChoice.FALLBACK, result.bandChosenBy());
        assertEquals(300.0, result.distanceBandMeters());
    }

    @Test
    void thePeakIsTheFirstSignificantLocalMaximumInsideTheSeries() {
        assertEquals(-1, IncrementalSpatialAutocorrelation.firstPeak(series(1, 2, 3, 4, 5)), "only rising");
        assertEquals(-1, IncrementalSpatialAutocorrelation.firstPeak(series(9, 8, 7, 6)), "only falling");
        assertEquals(-1, IncrementalSpatialAutocorrelation.firstPeak(series(0.5, 1.9, 1.2, 1.0)),
                "a peak below 1.96 is not significant");
        assertEquals(2, IncrementalSpatialAutocorrelation.firstPeak(series(1.0, 1.9, 2.5, 2.4, 6.0, 3.0)),
                "the first significant peak, not the highest");
        assertEquals(-1, IncrementalSpatialAutocorrelation.firstPeak(series(3, 3, 3)), "a plateau is no peak");
        assertEquals(-1, IncrementalSpatialAutocorrelation.firstPeak(series(Double.NaN, Double.NaN, Double.NaN)));
    }

    private static List<GlobalMoransI.Result> series(double... z) {
        List<GlobalMoransI.Result> series = new ArrayList<>();
        for (int k = 0; k < z.length; k++) {
            series.add(new GlobalMoransI.Result(100 + 50 * k, 100, Double.NaN, Double.NaN, Double.NaN, z[k]));
        }
        return series;
    }

    /** The rule of the class under test, applied to spdep's numbers by hand. */
    private static double firstSignificantLocalMaximum(List<Map<String, String>> rows) {
        for (int k = 1; k + 1 < rows.size(); k++) {
            double z = Double.parseDouble(rows.get(k).get("z"));
            if (z > 1.96 && z > Double.parseDouble(rows.get(k - 1).get("z"))
                    && z > Double.parseDouble(rows.get(k + 1).get("z"))) {
                return Double.parseDouble(rows.get(k).get("band"));
            }
        }
        return Double.NaN;
    }
}
