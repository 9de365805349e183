package se.platslage.analysis.emerging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.incident.Incident;

/**
 * Incident counts per grid cell and time step: the bins of ArcGIS's space-time cube. A location is a cell of
 * the lattice, a time slice all cells of one step; step 0 is the step holding {@code firstDay}.
 *
 * <p>Memory is one int per bin (cells × steps), never per incident: a 250 × 250 grid over 36 months is
 * 2.25 million bins, 9 MB. Incidents before step 0, after the last step or outside the grid are counted
 * separately so a caller can report them.
 */
public final class SpaceTimeCube implements Consumer<Incident> {

    private final CellLattice lattice;
    private final TimeStep step;
    private final LocalDate firstDay;
    private final int steps;
    private final int[] counts; // step-major: counts[t * cells + cell]
    private long outsideGrid;
    private long outsidePeriod;

    /**
     * @param firstDay any day of the first step; the cube starts at that step's first day
     * @param steps    number of time steps, at least 1
     */
    public SpaceTimeCube(CellLattice lattice, TimeStep step, LocalDate firstDay, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("a cube needs at least one time step, got " + steps);
        }
        if ((long) lattice.cellCount() * steps > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cube too large: " + lattice.cellCount() + " cells x " + steps + " steps");
        }
        this.lattice = lattice;
        this.step = step;
        this.firstDay = step.startOf(firstDay);
        this.steps = steps;
        this.counts = new int[lattice.cellCount() * steps];
    }

    /** The steps from the one holding {@code from} to the one holding the instant just before {@code to}. */
    public static SpaceTimeCube covering(CellLattice lattice, TimeStep step, Instant from, Instant toExclusive) {
        if (!toExclusive.isAfter(from)) {
            throw new IllegalArgumentException("the period is empty: " + from + " .. " + toExclusive);
        }
        LocalDate first = step.startOf(TimeStep.day(from));
        long n = step.between(first, TimeStep.day(toExclusive.minusNanos(1))) + 1;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many time steps: " + n);
        }
        return new SpaceTimeCube(lattice, step, first, (int) n);
    }

    @Override
    public void accept(Incident incident) {
        int cell = lattice.cellIdOf(incident.x(), incident.y());
        if (cell < 0) {
            outsideGrid++;
            return;
        }
        long t = step.between(firstDay, TimeStep.day(incident.time()));
        if (t < 0 || t >= steps) {
            outsidePeriod++;
            return;
        }
        counts[(int) t * lattice.cellCount() + cell]++;
    }

    /** Adds {@code amount} incidents to a bin (tests and pre-aggregated input). */
    public void add(int cellId, int timeStep, int amount) {
        if (cellId < 0 || cellId >= lattice.cellCount() || timeStep < 0 || timeStep >= steps) {
            throw new IndexOutOfBoundsException("bin (" + cellId + ", " + timeStep + ") outside the cube");
        }
        int at = timeStep * lattice.cellCount() + cellId;
        if (counts[at] + amount < 0) {
            throw new IllegalArgumentException("a bin count cannot become negative");
        }
        counts[at] += amount;
    }

    public int count(int cellId, int timeStep) {
        return counts[timeStep * lattice.cellCount() + cellId];
    }

    /** Incidents of a cell over all steps. */
    public long cellTotal(int cellId) {
        long total = 0;
        for (int t = 0; t < steps; t++) {
            total += counts[t * lattice.cellCount() + cellId];
        }
        return total;
    }

    public CellLattice lattice() {
        return lattice;
    }

    public TimeStep step() {
        return step;
    }

    public int steps() {
        return steps;
    }

    /** First day of step {@code t}. */
    public LocalDate stepStart(int t) {
        return step.plus(firstDay, t);
    }

    public long outsideGrid() {
        return outsideGrid;
    }

    public long outsidePeriod() {
        return outsidePeriod;
    }
}
