package se.platslage.analysis.hotspot;

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
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * Global Moran's I against R spdep's {@code moran.test(randomisation = TRUE)} with
 * {@code nb2listw(dnearneigh(...), style = "W")}: the fixtures in src/test/resources/analysis/moran were
 * written by make-moran-fixtures.R (spdep 1.2.7). I, E[I], V[I] and z must agree to 1e-9, on both the
 * dense and the sparse path; n exactly.
 */
class GlobalMoransISpdepFixtureTest {

    private static final double TOLERANCE = 1e-9;

    record FixtureCase(String grid, String shape, double cellSize, double minX, double minY, int columns, int rows,
                       double band, String inclusion, Map<String, String> expected) {
        @Override
        public String toString() {
            return grid + " band " + band + " " + inclusion;
        }
    }

    static Stream<FixtureCase> cases() throws IOException {
        List<FixtureCase> cases = new ArrayList<>();
        for (Map<String, String> r : FixtureCsv.read("/analysis/moran/", "cases.csv")) {
            cases.add(new FixtureCase(r.get("grid"), r.get("shape"), Double.parseDouble(r.get("cell_size")),
                    Double.parseDouble(r.get("min_x")), Double.parseDouble(r.get("min_y")),
                    Integer.parseInt(r.get("columns")), Integer.parseInt(r.get("rows")),
                    Double.parseDouble(r.get("band")), r.get("inclusion"), r));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void denseMoransIEqualsSpdepMoranTest(FixtureCase fixture) throws IOException {
        assertMatchesSpdep(fixture, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sparseMoransIEqualsSpdepMoranTest(FixtureCase fixture) throws IOException {
        assertMatchesSpdep(fixture, true);
    }

    static CellCounts countsOf(String grid, CellLattice lattice, boolean sparse) throws IOException {
        CellCounts counts = sparse ? new SparseCellCounts(lattice) : new DenseCellCounts(lattice);
        for (Map<String, String> row : FixtureCsv.read("/analysis/moran/", grid + ".csv")) {
            int cell = Integer.parseInt(row.get("cell_id"));
            // the fixture's geometry must be the lattice's, or the comparison would prove nothing
            assertEquals(Double.parseDouble(row.get("x")), lattice.centreX(cell), 1e-6, "x of cell " + cell);
            assertEquals(Double.parseDouble(row.get("y")), lattice.centreY(cell), 1e-6, "y of cell " + cell);
            counts.add(cell, Integer.parseInt(row.get("count")));
        }
        return counts;
    }

    private static void assertMatchesSpdep(FixtureCase fixture, boolean sparse) throws IOException {
        CellLattice lattice = fixture.shape().equals("hex")
                ? new HexLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(), fixture.rows())
                : new SquareLattice(fixture.minX(), fixture.minY(), fixture.cellSize(), fixture.columns(),
                        fixture.rows());
        CellCounts counts = countsOf(fixture.grid(), lattice, sparse);
        CellInclusion inclusion = fixture.inclusion().equals("all") ? CellInclusion.ALL_CELLS
                : CellInclusion.NON_EMPTY_CELLS;

        GlobalMoransI.Result moran = GlobalMoransI.compute(counts, StudyAreaCells.whole(lattice), inclusion,
                fixture.band());

        Map<String, String> r = fixture.expected();
        assertEquals(Integer.parseInt(r.get("n")), moran.n(), "n");
        assertEquals(Double.parseDouble(r.get("i")), moran.index(), TOLERANCE, "I");
        assertEquals(Double.parseDouble(r.get("expected")), moran.expected(), TOLERANCE, "E[I]");
        assertEquals(Double.parseDouble(r.get("variance")), moran.variance(), TOLERANCE, "V[I]");
        assertEquals(Double.parseDouble(r.get("z")), moran.zScore(), TOLERANCE, "z");
    }
}
