package se.platslage.incident;

import java.time.Instant;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * Which stored incidents an analysis reads.
 *
 * @param from             first instant included, or null
 * @param to               first instant excluded, or null (half-open, as the engine's IncidentFilter)
 * @param types            exact types; empty = all
 * @param envelope         SWEREF 99 TM box the points must lie in, or null
 * @param synthetic        true: only synthetic incidents; false: only real ones. Never both at once, so a
 *                         result is either wholly real or wholly synthetic and says which
 * @param includeImprecise also area-centroid locations (polisen.se events), left out by default
 * @param source           only this source ("data.police.uk"), or null
 * @param district         code of the district whose polygon the points must lie in, or null; the envelope
 *                         then bounds the polygon (so the spatial index narrows the rows first)
 */
public record IncidentSelection(Instant from, Instant to, Set<String> types, Envelope envelope, boolean synthetic,
        boolean includeImprecise, String source, String district) {

    public IncidentSelection {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public IncidentSelection withEnvelope(Envelope e) {
        return new IncidentSelection(from, to, types, e, synthetic, includeImprecise, source, district);
    }

    public IncidentSelection withPeriod(Instant newFrom, Instant newTo) {
        return new IncidentSelection(newFrom, newTo, types, envelope, synthetic, includeImprecise, source, district);
    }
}
