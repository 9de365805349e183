package se.platslage.analysis.incident;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The period and type filter applied while incidents stream into a grid.
 *
 * <p>The period is half-open, {@code [from, to)}, so consecutive periods never count an incident twice.
 * A {@code null} bound is open; an empty type set means every type.
 *
 * @param from  first instant included, or {@code null} for no lower bound
 * @param to    first instant excluded, or {@code null} for no upper bound
 * @param types incident types to keep; empty keeps all
 */
public record IncidentFilter(Instant from, Instant to, Set<String> types) implements Predicate<Incident> {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, Set.of());

    public IncidentFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("period must have from < to, got " + from + " .. " + to);
        }
    }

    @Override
    public boolean test(Incident incident) {
        Instant t = incident.time();
        if (from != null && t.isBefore(from)) {
            return false;
        }
        if (to != null && !t.isBefore(to)) {
            return false;
        }
        return types.isEmpty() || types.contains(incident.type());
    }
}
