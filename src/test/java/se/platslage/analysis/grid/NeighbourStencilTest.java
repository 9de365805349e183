package se.platslage.analysis.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeighbourStencilTest {

    /*
     * Squares of 100 m; neighbourhood sizes, self included:
     *   band  99: the cell alone                        1
     *   band 100: + 4 edge neighbours                   5
     *   band 150: + 4 diagonals (141 m)                 9
     *   band 200: + 4 cells two away (exactly 200 m)   13
     *   band 250: + 8 knight moves (224 m)             21
     */
    @ParameterizedTest
    @CsvSource({"99, 1", "100, 5", "150, 9", "200, 13", "250, 21"})
    void squareNeighbourhoodSizes(double band, int size) {
        NeighbourStencil stencil = new SquareLattice(0, 0, 100, 20, 20).distanceBandStencil(band);
        assertEquals(size, stencil.sizeForInteriorCell(0));
    }

    /*
     * Hexagons 100 m apart, rings at 100 (6), 173 (6) and 200 m (6), for rows of either parity.
     */
    @ParameterizedTest
    @CsvSource({"99, 1", "110, 7", "180, 13", "200, 19", "210, 19"})
    void hexNeighbourhoodSizesForBothRowParities(double band, int size) {
        NeighbourStencil stencil = new HexLattice(674000, 6580000, 100, 20, 20).distanceBandStencil(band);
        assertEquals(size, stencil.sizeForInteriorCell(0));
        assertEquals(size, stencil.sizeForInteriorCell(1));
    }
}
