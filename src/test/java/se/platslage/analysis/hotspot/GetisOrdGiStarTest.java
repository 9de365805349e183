package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.HexLattice;
import se.platslage.analysis.grid.NeighbourStencil;
import se.platslage.analysis.grid.SparseCellCounts;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Gi* on tiny grids, expected values worked by hand from Ord and Getis (1995) eq. 14 with binary weights:
 * z_i = (sum_j w_ij x_j - xbar W_i) / (s sqrt((n W_i - W_i^2) / (n - 1))), s^2 = sum x^2 / n - xbar^2.
 */
class GetisOrdGiStarTest {

    private static final double EXACT = 1e-12;

    /*
     * 3 x 3 squares of 100 m, band 100 m: a cell, its four edge neighbours and itself (diagonals are 141 m).
     *
     *   row 2:   0  0  0
     *   row 1:   0  4  0
     *   row 0:   0  0  2
     *
     * n = 9, sum = 6, xbar = 2/3, sum x^2 = 20, s^2 = 20/9 - 4/9 = 16/9, s = 4/3.
     */
    private static final SquareLattice ROOK = new SquareLattice(0, 0, 100, 3, 3);
    private static final int[] ROOK_COUNTS = {0, 0, 2, 0, 4, 0, 0, 0, 0};

    private static GiStarResult rook() {
        return GetisOrdGiStar.compute(DenseCellCounts.of(ROOK, ROOK_COUNTS), CellInclusion.ALL_CELLS, 100);
    }

    @Test
    void centreCellByHand() {
        // W = 5, sum = 4: (4 - 10/3) / ((4/3) sqrt((45 - 25)/8)) = 1/sqrt(10)
        assertEquals(1 / Math.sqrt(10), rook().zScoreOf(ROOK.cellId(1, 1)), EXACT);
        assertEquals(5, rook().neighbourCounts()[ROOK.cellId(1, 1)]);
    }

    @Test
    void edgeCellNextToTheHotCentreByHand() {
        // (1,0): itself 0, (0,0) 0, (2,0) 2, (1,1) 4 -> W = 4, sum = 6: (6 - 8/3) / ((4/3) sqrt(20/8)) = sqrt(2.5)
        assertEquals(Math.sqrt(2.5), rook().zScoreOf(ROOK.cellId(1, 0)), EXACT);
    }

    @Test
    void cornerWithEmptyNeighbourhoodByHand() {
        // (0,0): W = 3, sum = 0: (0 - 2) / ((4/3) sqrt((27 - 9)/8)) = -1
        assertEquals(-1.0, rook().zScoreOf(ROOK.cellId(0, 0)), EXACT);
    }

    @Test
    void cornerHoldingExactlyItsExpectationIsZero() {
        // (2,0): W = 3, sum = 2 = 3 * 2/3
        assertEquals(0.0, rook().zScoreOf(ROOK.cellId(2, 0)), EXACT);
    }

    /*
     * 3 x 3 pointy-top hexagons 100 m apart, odd rows shifted half a cell east; band 110 m = the six
     * adjacent cells (the next ring is 173 m away).
     *
     *   row 2:   .   .   .
     *   row 1:     .   7   .
     *   row 0:   .   .   .
     *
     * n = 9, xbar = 7/9, s^2 = 49/9 - 49/81 = 392/81.
     */
    private static final HexLattice HEX = new HexLattice(0, 0, 100, 3, 3);

    private static GiStarResult hex() {
        int[] counts = new int[9];
        counts[HEX.cellId(1, 1)] = 7;
        return GetisOrdGiStar.compute(DenseCellCounts.of(HEX, counts), CellInclusion.ALL_CELLS, 110);
    }

    @Test
    void hexCentreWithSixNeighboursByHand() {
        // W = 7, sum = 7: (7 - 49/9) / (s sqrt((63 - 49)/8)) = 14 / sqrt(686) = sqrt(2/7)
        assertEquals(7, hex().neighbourCounts()[HEX.cellId(1, 1)]);
        assertEquals(Math.sqrt(2.0 / 7), hex().zScoreOf(HEX.cellId(1, 1)), EXACT);
    }

    @Test
    void hexCornerWithTwoNeighboursByHand() {
        // (0,0) touches (1,0) and (0,1) only; W = 3, sum = 0: -(7/3) / (s * 1.5) = -1/sqrt(2)
        assertEquals(3, hex().neighbourCounts()[HEX.cellId(0, 0)]);
        assertEquals(-1 / Math.sqrt(2), hex().zScoreOf(HEX.cellId(0, 0)), EXACT);
    }

    @Test
    void equalCountsEverywhereHaveNoZScore() {
        int[] counts = {3, 3, 3, 3, 3, 3, 3, 3, 3};
        GiStarResult result = GetisOrdGiStar.compute(DenseCellCounts.of(ROOK, counts), CellInclusion.ALL_CELLS, 100);
        for (double z : result.zScores()) {
            assertTrue(Double.isNaN(z), "zero variance leaves Gi* undefined");
        }
    }

    @Test
    void neighbourhoodCoveringTheWholeGridHasNoZScore() {
        // band 300 m reaches every cell of a 3 x 3 grid from every cell: W_i = n, the variance term is 0
        GiStarResult result = GetisOrdGiStar.compute(DenseCellCounts.of(ROOK, ROOK_COUNTS), CellInclusion.ALL_CELLS, 300);
        assertTrue(Double.isNaN(result.zScoreOf(4)));
    }

    @Test
    void nonEmptyInclusionLeavesZeroCellsOut() {
        GiStarResult result = GetisOrdGiStar.compute(DenseCellCounts.of(ROOK, ROOK_COUNTS),
                CellInclusion.NON_EMPTY_CELLS, 100);
        assertArrayEquals(new int[] {2, 4}, result.cellIds());
        assertEquals(3.0, result.mean(), EXACT);
        assertTrue(Double.isNaN(result.zScoreOf(0)), "an empty cell gets no z-score");
        // the two non-empty cells are 141 m apart, beyond the band: each is its own neighbourhood,
        // z = (x - xbar) / s = (4 - 3) / 1
        assertEquals(1.0, result.zScoreOf(4), EXACT);
        assertEquals(-1.0, result.zScoreOf(2), EXACT);
    }

    @Test
    void noNonEmptyCellGivesEmptyResult() {
        GiStarResult result = GetisOrdGiStar.compute(new DenseCellCounts(ROOK), CellInclusion.NON_EMPTY_CELLS, 100);
        assertEquals(0, result.size());
    }

    @Test
    void rowPrefixSumsEqualBruteForceOverAllPairs() {
        Random random = new Random(42);
        for (CellLattice lattice : new CellLattice[] {
            new SquareLattice(674000, 6580000, 100, 17, 13), new HexLattice(674000, 6580000, 75, 14, 19)}) {
            for (double band : new double[] {0, 99, 150, 260, 410}) {
                for (CellInclusion inclusion : CellInclusion.values()) {
                    int[] counts = new int[lattice.cellCount()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = random.nextDouble() < 0.4 ? 0 : random.nextInt(12);
                    }
                    GiStarResult fast = GetisOrdGiStar.compute(DenseCellCounts.of(lattice, counts), inclusion, band);
                    double[] expected = bruteForce(lattice, counts, inclusion, band, fast.cellIds());
                    for (int k = 0; k < expected.length; k++) {
                        assertEquals(expected[k], fast.zScores()[k], 1e-10, lattice + " band " + band);
                    }
                    SparseCellCounts sparse = new SparseCellCounts(lattice);
                    for (int i = 0; i < counts.length; i++) {
                        sparse.add(i, counts[i]);
                    }
                    assertArrayEquals(fast.zScores(), GetisOrdGiStar.compute(sparse, inclusion, band).zScores(), 1e-12);
                }
            }
        }
    }

    /**
     * A study area (an L of cells) on a grid whose other cells hold incidents too: those cells are not in
     * n, mean, variance or any neighbourhood, so Gi* equals the definition over the L's cells alone, on both
     * paths and for both inclusion rules.
     */
    @Test
    void cellsOutsideTheStudyAreaAreNotInTheStatistic() {
        Random random = new Random(7);
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 3006);
        for (CellLattice lattice : new CellLattice[] {
            new SquareLattice(0, 0, 100, 12, 10), new HexLattice(0, 0, 100, 12, 12)}) {
            // an L: the west 500 m and the south 400 m of the grid
            var area = factory.createPolygon(new Coordinate[] {new Coordinate(50, 50), new Coordinate(1150, 50),
                new Coordinate(1150, 400), new Coordinate(500, 400), new Coordinate(500, 950),
                new Coordinate(50, 950), new Coordinate(50, 50)});
            StudyAreaCells cells = StudyAreaCells.intersecting(lattice, area);
            int[] counts = new int[lattice.cellCount()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = cells.contains(i) ? random.nextInt(4) : 20 + random.nextInt(30);
            }
            for (CellInclusion inclusion : CellInclusion.values()) {
                int[] expectedCells = java.util.stream.IntStream.range(0, counts.length)
                        .filter(i -> lattice.cellPolygon(i, factory).intersects(area)
                                && (inclusion == CellInclusion.ALL_CELLS || counts[i] > 0)).toArray();
                GiStarResult fast = GetisOrdGiStar.compute(DenseCellCounts.of(lattice, counts), cells, inclusion, 250);
                assertArrayEquals(expectedCells, fast.cellIds());
                assertArrayEquals(bruteForce(lattice, counts, inclusion, 250, expectedCells), fast.zScores(), 1e-10);
                SparseCellCounts sparse = new SparseCellCounts(lattice);
                for (int i = 0; i < counts.length; i++) {
                    sparse.add(i, counts[i]);
                }
                assertArrayEquals(fast.zScores(),
                        GetisOrdGiStar.compute(sparse, cells, inclusion, 250).zScores(), 1e-12);
                double sum = 0;
                for (int cell : expectedCells) {
                    sum += counts[cell];
                }
                assertEquals(sum / expectedCells.length, fast.mean(), EXACT);
            }
        }
    }

    /** Ord and Getis (1995) eq. 14 straight from the definition, every pair of cells: O(n^2). */
    private static double[] bruteForce(CellLattice lattice, int[] counts, CellInclusion inclusion, double band,
                                       int[] cells) {
        int n = cells.length;
        double sum = 0;
        double squares = 0;
        for (int cell : cells) {
            sum += counts[cell];
            squares += (double) counts[cell] * counts[cell];
        }
        double mean = sum / n;
        double s = Math.sqrt(squares / n - mean * mean);
        double[] z = new double[n];
        for (int a = 0; a < n; a++) {
            double weighted = 0;
            int w = 0;
            for (int b = 0; b < n; b++) {
                double dx = lattice.centreX(cells[a]) - lattice.centreX(cells[b]);
                double dy = lattice.centreY(cells[a]) - lattice.centreY(cells[b]);
                if (Math.sqrt(dx * dx + dy * dy) <= band * (1 + NeighbourStencil.BAND_TOLERANCE)) {
                    weighted += counts[cells[b]];
                    w++;
                }
            }
            z[a] = (weighted - mean * w) / (s * Math.sqrt((n * (double) w - (double) w * w) / (n - 1)));
            if (w == n) {
                z[a] = Double.NaN;
            }
        }
        return z;
    }
}
