package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.platslage.analysis.FixtureCsv;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.HexLattice;
import se.platslage.analysis.grid.SparseCellCounts;
import se.platslage.analysis.grid.SquareLattice;

/**
 * Gi* against R spdep's {@code localG} with {@code include.self(dnearneigh(...))}, style "B": the fixtures
 * in src/test/resources/analysis/gistar were written by make-fixtures.R (spdep 1.2.7) beside them.
 * z-scores must agree to 1e-9; p-values (R's pnorm) and BH-adjusted p-values (R's p.adjust) to 1e-12
 * relative; neighbour counts exactly.
 */
class GetisOrdGiStarSpdepFixtureTest {

    private static final double Z_TOLERANCE = 1e-9;
    private static final double P_RELATIVE_TOLERANCE = 1e-12;

    record FixtureCase(String name, String shape, double cellSize, double minX, double minY, int columns,
                       int rows, double band, String inclusion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<FixtureCase> cases() throws IOException {
        List<FixtureCase> cases = new ArrayList<>();
        for (Map<String, String> r : readCsv("cases.csv")) {
            cases.add(new FixtureCase(r.get("case"), r.get("shape"), Double.parseDouble(r.get("cell_size")),
                    Double.parseDouble(r.get("min_x")), Double.parseDouble(r.get("min_y")),
                    Integer.parseInt(r.get("columns")), Integer.parseInt(r.get("rows")),
                    Double.parseDouble(r.get("band")), r.get("inclusion")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void denseGiStarEqualsSpdepLocalG(FixtureCase fixture) throws IOException {
        assertMatchesSpdep(fixture, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sparseGiStarEqualsSpdepLocalG(FixtureCase fixture) throws IOException {
        assertMatchesSpdep(fixture, true);
    }

    private static void assertMatchesSpdep(FixtureCase fixture, boolean sparse) throws IOException {
        CellLattice lattice = fixture.shape().equals("hex")
                ? new HexLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(), fixture.rows())
                : new SquareLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(),
                        fixture.rows());
        List<Map<String, String>> rows = readCsv(fixture.name() + ".csv");
        CellCounts counts = sparse ? new SparseCellCounts(lattice) : new DenseCellCounts(lattice);
        for (Map<String, String> row : rows) {
            int cell = Integer.parseInt(row.get("cell_id"));
            // the fixture's geometry must be the lattice's, or the comparison would prove nothing
            assertEquals(Double.parseDouble(row.get("x")), lattice.centreX(cell), 1e-6, "x of cell " + cell);
            assertEquals(Double.parseDouble(row.get("y")), lattice.centreY(cell), 1e-6, "y of cell " + cell);
            counts.add(cell, Integer.parseInt(row.get("count")));
        }
        CellInclusion inclusion = fixture.inclusion().equals("all") ? CellInclusion.ALL_CELLS
                : CellInclusion.NON_EMPTY_CELLS;

        HotSpotAnalysis.Result result = HotSpotAnalysis.run(counts,
                HotSpotAnalysis.Parameters.withBand(inclusion, fixture.band()));

        GiStarResult gi = result.giStar();
        assertArrayEquals(rows.stream().mapToInt(r -> Integer.parseInt(r.get("cell_id"))).toArray(), gi.cellIds(),
                "cells in the statistic");
        for (int k = 0; k < rows.size(); k++) {
            Map<String, String> row = rows.get(k);
            String where = fixture.name() + " cell " + row.get("cell_id");
            assertEquals(Integer.parseInt(row.get("neighbours")), gi.neighbourCounts()[k], where + " W_i");
            assertEquals(Double.parseDouble(row.get("z")), gi.zScores()[k], Z_TOLERANCE, where + " z");
            assertRelativelyEqual(Double.parseDouble(row.get("p")), result.pValues()[k], where + " p");
            assertRelativelyEqual(Double.parseDouble(row.get("p_bh")), result.pValuesFdr()[k], where + " p BH");
        }
    }

    private static void assertRelativelyEqual(double expected, double actual, String message) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * P_RELATIVE_TOLERANCE, 1e-300), message);
    }

    static List<Map<String, String>> readCsv(String name) throws IOException {
        return FixtureCsv.read("/analysis/gistar/", name);
    }
}
