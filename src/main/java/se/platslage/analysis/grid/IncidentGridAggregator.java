package se.platslage.analysis.grid;

import java.util.Iterator;
import java.util.function.Consumer;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.incident.IncidentFilter;

/**
 * Counts incidents per cell as they stream past, so memory is bounded by the grid and not by the number
 * of incidents: feed it from a database cursor, a file reader or the synthetic generator.
 *
 * <p>Incidents rejected by the filter and incidents outside the grid are counted separately, so a caller
 * can report them ("312 incidents fell outside the study area").
 */
public final class IncidentGridAggregator implements Consumer<Incident> {

    private final CellLattice lattice;
    private final IncidentFilter filter;
    private final CellCounts counts;
    private long filteredOut;
    private long outsideGrid;

    public IncidentGridAggregator(CellLattice lattice, IncidentFilter filter) {
        this(lattice, filter, CellCounts.forLattice(lattice));
    }

    public IncidentGridAggregator(CellLattice lattice, IncidentFilter filter, CellCounts storage) {
        if (storage.lattice() != lattice) {
            throw new IllegalArgumentException("storage belongs to another lattice");
        }
        this.lattice = lattice;
        this.filter = filter == null ? IncidentFilter.ALL : filter;
        this.counts = storage;
    }

    /** Shortcut: every incident of the iterator, counted on the lattice. */
    public static CellCounts aggregate(CellLattice lattice, IncidentFilter filter, Iterator<Incident> incidents) {
        IncidentGridAggregator aggregator = new IncidentGridAggregator(lattice, filter);
        incidents.forEachRemaining(aggregator);
        return aggregator.counts();
    }

    @Override
    public void accept(Incident incident) {
        if (!filter.test(incident)) {
            filteredOut++;
            return;
        }
        int cell = lattice.cellIdOf(incident.x(), incident.y());
        if (cell < 0) {
            outsideGrid++;
            return;
        }
        counts.increment(cell);
    }

    public CellCounts counts() {
        return counts;
    }

    /** Incidents dropped by the period/type filter. */
    public long filteredOut() {
        return filteredOut;
    }

    /** Incidents that passed the filter but lie outside the grid. */
    public long outsideGrid() {
        return outsideGrid;
    }
}
