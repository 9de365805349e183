package se.platslage.analysis.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.NeighbourStencil;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * Chooses a fixed distance band from the grid, for when the user gives none.
 *
 * <p>Algorithm: ArcGIS Optimized Hot Spot Analysis's rule for when Incremental Spatial Autocorrelation
 * finds no peak: the average, over the cells that enter the statistic, of the distance from a cell to its
 * K-th nearest other included cell, with {@code K = 5 % of n} kept within {@code [3, 30]} (and below n).
 * {@link HotSpotAnalysis} runs that peak search first ({@link IncrementalSpatialAutocorrelation}) and uses
 * this rule only when it finds no peak. The band is rounded up to a whole metre so that a band equal
 * to a lattice distance does not hinge on the last bit of a square root. With {@link CellInclusion#ALL_CELLS}
 * the answer depends only on the grid's shape; with {@link CellInclusion#NON_EMPTY_CELLS} it follows the
 * data. Fewer than two included cells: rejected, there is no neighbour to measure.
 */
public final class DistanceBandRule {

    static final int MIN_K = 3;
    static final int MAX_K = 30;

    private DistanceBandRule() {
    }

    /** K for n included cells. */
    public static int neighbourCountK(int n) {
        int k = (int) Math.floor(0.05 * n);
        k = Math.max(MIN_K, Math.min(MAX_K, k));
        return Math.min(k, n - 1);
    }

    public static double choose(CellCounts counts, CellInclusion inclusion) {
        return choose(counts, StudyAreaCells.whole(counts.lattice()), inclusion);
    }

    /** The band over the cells of the study area that enter the statistic. */
    public static double choose(CellCounts counts, StudyAreaCells area, CellInclusion inclusion) {
        int[] cells = GetisOrdGiStar.includedCells(counts, area, inclusion);
        if (cells.length < 2) {
            throw new IllegalArgumentException("need at least two cells to choose a distance band");
        }
        double[] kth = kthNeighbourDistances(counts, area, inclusion, cells, neighbourCountK(cells.length));
        double sum = 0;
        for (double d : kth) {
            sum += d;
        }
        return Math.ceil(sum / cells.length);
    }

    /**
     * For each of {@code cells} (the included cells, at least two), the distance to its k-th nearest other
     * included cell. k = 1 gives the nearest-neighbour distances that Incremental Spatial Autocorrelation
     * starts and steps from.
     */
    static double[] kthNeighbourDistances(CellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                          int[] cells, int k) {
        CellLattice lattice = counts.lattice();
        int radiusCells = (int) Math.ceil(Math.sqrt(4.0 * k / Math.PI)) + 2;
        int maxRadius = Math.max(lattice.columns(), lattice.rows()) + 1;
        radiusCells = Math.min(radiusCells, maxRadius);
        List<List<double[]>> offsets = sortedOffsets(lattice, radiusCells, radiusCells >= maxRadius);
        double[] distances = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            int cell = cells[i];
            double kth = Double.NaN;
            int radius = radiusCells;
            List<List<double[]>> search = offsets;
            while (Double.isNaN(kth)) {
                kth = kthNeighbourDistance(counts, area, inclusion, cell, k, search);
                if (Double.isNaN(kth)) {
                    if (radius >= maxRadius) {
                        throw new IllegalStateException("no " + k + " neighbours for cell " + cell);
                    }
                    radius = Math.min(maxRadius, radius * 2);
                    search = sortedOffsets(lattice, radius, radius >= maxRadius);
                }
            }
            distances[i] = kth;
        }
        return distances;
    }

    private static double kthNeighbourDistance(CellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                               int cell, int k, List<List<double[]>> offsets) {
        CellLattice lattice = counts.lattice();
        int row = lattice.rowOf(cell);
        int column = lattice.columnOf(cell);
        int found = 0;
        for (double[] offset : offsets.get(NeighbourStencil.parityOf(lattice, row))) {
            int c = column + (int) offset[0];
            int r = row + (int) offset[1];
            if (c < 0 || r < 0 || c >= lattice.columns() || r >= lattice.rows()) {
                continue;
            }
            int id = lattice.cellId(c, r);
            if (GetisOrdGiStar.enters(area, inclusion, id, counts.count(id))) {
                if (++found == k) {
                    return offset[2];
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Per row parity: {dColumn, dRow, distance}, self excluded, nearest first. Unless the square of offsets
     * covers the whole grid, only offsets nearer than (radius - 1) rows are kept: beyond that an offset
     * outside the square could be nearer than one inside, and the K-th distance would be wrong.
     */
    private static List<List<double[]>> sortedOffsets(CellLattice lattice, int radiusCells, boolean wholeGrid) {
        double complete = wholeGrid ? Double.POSITIVE_INFINITY : (radiusCells - 1) * lattice.rowSpacingMeters();
        List<List<double[]>> byParity = new ArrayList<>();
        for (int parity = 0; parity < lattice.rowParities(); parity++) {
            List<double[]> list = new ArrayList<>();
            double cx = lattice.centreX(0, parity);
            double cy = lattice.rowCentreY(parity);
            for (int dRow = -radiusCells; dRow <= radiusCells; dRow++) {
                for (int dCol = -radiusCells; dCol <= radiusCells; dCol++) {
                    if (dRow == 0 && dCol == 0) {
                        continue;
                    }
                    double dx = lattice.centreX(dCol, parity + dRow) - cx;
                    double dy = lattice.rowCentreY(parity + dRow) - cy;
                    double distance = Math.sqrt(dx * dx + dy * dy);
                    if (distance <= complete) {
                        list.add(new double[] {dCol, dRow, distance});
                    }
                }
            }
            list.sort(Comparator.comparingDouble(o -> o[2]));
            byParity.add(list);
        }
        return byParity;
    }
}
