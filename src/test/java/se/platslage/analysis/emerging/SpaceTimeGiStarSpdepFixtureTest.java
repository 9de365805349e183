package se.platslage.analysis.emerging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.platslage.analysis.FixtureCsv;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.HexLattice;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.trend.MannKendall;
import se.platslage.analysis.trend.MannKendallResult;

/**
 * The space-time Gi* and the Mann–Kendall trend against R: fixtures in src/test/resources/analysis/emerging
 * written by make-emerging-fixtures.R (spdep 1.2.7, R 4.2.2). With timeWindow 0 and the per-step global window
 * each slice is spdep's {@code localG} on that slice; otherwise {@code localG} on the space-time neighbour list.
 * z to 1e-9 and W exactly; Mann–Kendall tau, z and p on each location's series equal R's
 * {@code cor.test(z, seq_along(z), method = "kendall", exact = FALSE)} to 1e-9 (p relative).
 */
class SpaceTimeGiStarSpdepFixtureTest {

    private static final String DIR = "/analysis/emerging/";

    record FixtureCase(String name, String shape, double cellSize, double minX, double minY, int columns, int rows,
                       int steps, double band, int timeWindow, String globalWindow, String inclusion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<FixtureCase> cases() throws IOException {
        List<FixtureCase> cases = new ArrayList<>();
        for (Map<String, String> r : FixtureCsv.read(DIR, "cases.csv")) {
            cases.add(new FixtureCase(r.get("case"), r.get("shape"), Double.parseDouble(r.get("cell_size")),
                    Double.parseDouble(r.get("min_x")), Double.parseDouble(r.get("min_y")),
                    Integer.parseInt(r.get("columns")), Integer.parseInt(r.get("rows")),
                    Integer.parseInt(r.get("steps")), Double.parseDouble(r.get("band")),
                    Integer.parseInt(r.get("time_window")), r.get("global_window"), r.get("inclusion")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void giStarOfEveryBinEqualsSpdepLocalG(FixtureCase fixture) throws IOException {
        SpaceTimeGiStarResult r = compute(fixture, cube(fixture));
        List<Map<String, String>> bins = FixtureCsv.read(DIR, fixture.name() + "_bins.csv");
        assertEquals(bins.size(), r.locationCount() * r.steps(), "bins in the statistic");
        for (Map<String, String> row : bins) {
            int cell = Integer.parseInt(row.get("cell_id"));
            int step = Integer.parseInt(row.get("step"));
            int k = r.indexOf(cell);
            String where = fixture.name() + " cell " + cell + " step " + step;
            assertEquals(Integer.parseInt(row.get("neighbours")), r.neighbourCounts()[r.bin(k, step)], where + " W");
            assertEquals(Double.parseDouble(row.get("z")), r.zScores()[r.bin(k, step)], 1e-9, where + " z");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mannKendallOnEachSeriesEqualsCorTestKendall(FixtureCase fixture) throws IOException {
        List<Map<String, String>> bins = FixtureCsv.read(DIR, fixture.name() + "_bins.csv");
        List<Map<String, String>> trends = FixtureCsv.read(DIR, fixture.name() + "_trend.csv");
        for (Map<String, String> trend : trends) {
            String cell = trend.get("cell_id");
            // R's own z series, so that ties (equal z of alike neighbourhoods) are R's ties
            double[] series = new double[fixture.steps()];
            for (Map<String, String> row : bins) {
                if (row.get("cell_id").equals(cell)) {
                    series[Integer.parseInt(row.get("step"))] = Double.parseDouble(row.get("z"));
                }
            }
            MannKendallResult mk = MannKendall.test(series);
            String where = fixture.name() + " cell " + cell;
            assertEquals(Double.parseDouble(trend.get("tau")), mk.tau(), 1e-9, where + " tau");
            assertEquals(Double.parseDouble(trend.get("z")), mk.z(), 1e-9, where + " z");
            double p = Double.parseDouble(trend.get("p"));
            assertEquals(p, mk.pValue(), Math.max(p * 1e-9, 1e-300), where + " p");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAnalysisTrendsEqualRsOnTheSameCube(FixtureCase fixture) throws IOException {
        // end to end: equal z in R (alike neighbourhoods) come out bit-equal here too, so the ties agree
        SpaceTimeCube cube = cube(fixture);
        EmergingHotSpotAnalysis.Result result = EmergingHotSpotAnalysis.run(cube, parameters(fixture));
        List<Map<String, String>> trends = FixtureCsv.read(DIR, fixture.name() + "_trend.csv");
        assertArrayEquals(trends.stream().mapToInt(t -> Integer.parseInt(t.get("cell_id"))).toArray(),
                result.giStar().locations(), "locations");
        for (int k = 0; k < trends.size(); k++) {
            assertEquals(Double.parseDouble(trends.get(k).get("tau")), result.trends()[k].tau(), 1e-9,
                    fixture.name() + " location " + k);
        }
    }

    private static SpaceTimeCube cube(FixtureCase fixture) throws IOException {
        CellLattice lattice = fixture.shape().equals("hex")
                ? new HexLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(), fixture.rows())
                : new SquareLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(),
                        fixture.rows());
        SpaceTimeCube cube = new SpaceTimeCube(lattice, TimeStep.MONTH, LocalDate.of(2024, 1, 1), fixture.steps());
        for (Map<String, String> row : FixtureCsv.read(DIR, fixture.name() + "_bins.csv")) {
            cube.add(Integer.parseInt(row.get("cell_id")), Integer.parseInt(row.get("step")),
                    Integer.parseInt(row.get("count")));
        }
        return cube;
    }

    private static EmergingHotSpotAnalysis.Parameters parameters(FixtureCase fixture) {
        return EmergingHotSpotAnalysis.Parameters.of(fixture.band(), fixture.timeWindow()).with(
                fixture.inclusion().equals("all") ? CellInclusion.ALL_CELLS : CellInclusion.NON_EMPTY_CELLS,
                fixture.globalWindow().equals("cube") ? GlobalWindow.ENTIRE_CUBE
                        : GlobalWindow.NEIGHBOURHOOD_TIME_STEP);
    }

    private static SpaceTimeGiStarResult compute(FixtureCase fixture, SpaceTimeCube cube) {
        EmergingHotSpotAnalysis.Parameters p = parameters(fixture);
        return SpaceTimeGiStar.compute(cube, StudyAreaCells.whole(cube.lattice()), p.inclusion(),
                p.distanceBandMeters(), p.timeWindow(), p.globalWindow());
    }
}
