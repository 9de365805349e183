package se.platslage.analysis.hotspot;

/**
 * Which cells of the grid enter the Gi* statistic: they make up {@code n}, the global mean and variance,
 * and each other's neighbourhoods. Cells left out get no z-score. Only cells of the study area are
 * candidates ({@link se.platslage.analysis.grid.StudyAreaCells}); this chooses among them.
 *
 * <p>The choice changes the numbers, so it is echoed with every result, and spdep reproduces either one
 * only when it is given exactly the same cells (the fixtures do both).
 */
public enum CellInclusion {

    /**
     * Every cell of the study-area grid, zero-count cells included. The default: a street with no
     * incidents is information (a cold spot is only visible against zeros), and the statistic then does
     * not depend on where incidents happened to fall. Note that a large empty margin around the city
     * lowers the global mean and so makes busy areas look hotter: size the grid to the study area.
     */
    ALL_CELLS,

    /**
     * Only cells with at least one incident, as ArcGIS's Optimized Hot Spot Analysis does for a fishnet
     * without bounding polygons. Cold spots then mean "fewer than elsewhere where anything happens".
     */
    NON_EMPTY_CELLS;

    /** Whether a cell of the study area with this count enters the statistic. */
    public boolean includes(int count) {
        return this == ALL_CELLS || count > 0;
    }
}
