package se.platslage.analysis.grid;

import java.util.BitSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The cells of a lattice that belong to the study area: the bounding polygon of ArcGIS's hot-spot tools.
 * A rectangular grid around a district also covers water and neighbouring districts; their cells would
 * enter Gi*'s global mean and variance as zeros and make the district look hotter than it is, so they are
 * left out of the statistic altogether.
 */
public final class StudyAreaCells {

    private final CellLattice lattice;
    private final BitSet cells; // null: every cell of the lattice
    private final int count;

    private StudyAreaCells(CellLattice lattice, BitSet cells) {
        this.lattice = lattice;
        this.cells = cells;
        this.count = cells == null ? lattice.cellCount() : cells.cardinality();
    }

    /** The whole grid is the study area (no bounding polygon). */
    public static StudyAreaCells whole(CellLattice lattice) {
        return new StudyAreaCells(lattice, null);
    }

    /**
     * The cells whose outline intersects the area (touching counts: an incident on the area's edge lies in
     * such a cell). The area must be in the lattice's coordinates.
     */
    public static StudyAreaCells intersecting(CellLattice lattice, Geometry area) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        Envelope bounds = area.getEnvelopeInternal();
        GeometryFactory factory = area.getFactory();
        BitSet cells = new BitSet(lattice.cellCount());
        for (int id = 0; id < lattice.cellCount(); id++) {
            var polygon = lattice.cellPolygon(id, factory);
            if (bounds.intersects(polygon.getEnvelopeInternal()) && prepared.intersects(polygon)) {
                cells.set(id);
            }
        }
        return new StudyAreaCells(lattice, cells);
    }

    public CellLattice lattice() {
        return lattice;
    }

    public boolean contains(int cellId) {
        return cells == null || cells.get(cellId);
    }

    /** Number of cells in the study area. */
    public int count() {
        return count;
    }

    /** True when the study area is the whole grid. */
    public boolean isWholeGrid() {
        return cells == null;
    }
}
