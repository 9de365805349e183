package se.platslage.analysis.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.hotspot.HotSpotAnalysis;

/*
 *   H1 = 0..100 x 0..100          H2 = 500..600 x 0..100         (hot cells)
 *   M1 = point (150, 50): 50 m east of H1;  M2 = point (2000, 2000): far from both   (measures)
 */
class HotSpotCoverageTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 3006);
    private static final List<HotSpotCoverage.Feature> HOT = List.of(
            new HotSpotCoverage.Feature("H1", FACTORY.toGeometry(new Envelope(0, 100, 0, 100))),
            new HotSpotCoverage.Feature("H2", FACTORY.toGeometry(new Envelope(500, 600, 0, 100))));
    private static final List<HotSpotCoverage.Feature> MEASURES = List.of(
            new HotSpotCoverage.Feature("M1", FACTORY.createPoint(new Coordinate(150, 50))),
            new HotSpotCoverage.Feature("M2", FACTORY.createPoint(new Coordinate(2000, 2000))));

    private static List<String> ids(List<HotSpotCoverage.Feature> features) {
        return features.stream().map(HotSpotCoverage.Feature::id).toList();
    }

    @Test
    void measureWithinTheDistanceCoversTheCell() {
        HotSpotCoverage.Result result = HotSpotCoverage.analyse(HOT, MEASURES, 60);
        assertEquals(List.of("H2"), ids(result.uncoveredHotCells()));
        assertEquals(List.of("M2"), ids(result.measuresOutside()));
    }

    @Test
    void distanceIsMeasuredFromTheCellEdgeNotItsCentre() {
        // M1 is 100 m from H1's centre but 50 m from its edge
        HotSpotCoverage.Result result = HotSpotCoverage.analyse(HOT, MEASURES, 40);
        assertEquals(List.of("H1", "H2"), ids(result.uncoveredHotCells()));
        assertEquals(List.of("M1", "M2"), ids(result.measuresOutside()));
    }

    @Test
    void noMeasuresLeavesEveryHotCellUncovered() {
        assertEquals(2, HotSpotCoverage.analyse(HOT, List.of(), 1000).uncoveredHotCells().size());
    }

    /*
     * 7 x 7 squares of 100 m, a 3 x 3 block of 9s in the middle, zeros elsewhere; band 150 m.
     * The centre cell is hot; the measure stands 30 m from its east neighbour.
     */
    @Test
    void hotCellsComeFromTheGiStarClasses() {
        SquareLattice lattice = new SquareLattice(0, 0, 100, 7, 7);
        int[] counts = new int[49];
        for (int row = 2; row <= 4; row++) {
            for (int column = 2; column <= 4; column++) {
                counts[lattice.cellId(column, row)] = 9;
            }
        }
        HotSpotAnalysis.Result hotSpots = HotSpotAnalysis.run(DenseCellCounts.of(lattice, counts),
                HotSpotAnalysis.Parameters.withBand(CellInclusion.ALL_CELLS, 150));
        List<HotSpotCoverage.Feature> hot = HotSpotCoverage.hotCells(hotSpots, FACTORY);
        assertEquals(true, ids(hot).contains(Integer.toString(lattice.cellId(3, 3))));
        HotSpotCoverage.Result result = HotSpotCoverage.analyse(hot,
                List.of(new HotSpotCoverage.Feature("M", FACTORY.createPoint(new Coordinate(530, 350)))), 50);
        assertEquals(List.of(), ids(result.measuresOutside()));
    }
}
