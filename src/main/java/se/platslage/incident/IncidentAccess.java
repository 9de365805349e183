package se.platslage.incident;

import se.platslage.security.Actor;
import se.platslage.security.Permissions;
import se.platslage.security.Role;

/**
 * Who sees what of the incidents: police data, so police-only by default.
 *
 * <ul>
 *   <li>polis and admin: everything, incident-level included (import, generate, list, per-place monthly
 *       counts, the hour/weekday profile of an evaluation), and any grid or kernel size.</li>
 *   <li>strateg: aggregates only, for planning measures against hot spots: hot-spot cells (z, p, class),
 *       coverage, the density surface and a measure's evaluation totals (WDQ). Counts of 1-2 in a cell are
 *       withheld ({@value #MIN_DISCLOSED_COUNT}-rule, as official statistics do), cells must be at least
 *       {@value #MIN_AGGREGATE_CELL_METERS} m and kernels at least {@value #MIN_AGGREGATE_BANDWIDTH_METERS} m,
 *       so no answer pins down a single incident.</li>
 *   <li>parkingenjor and lasare: nothing derived from incidents (403).</li>
 * </ul>
 */
public final class IncidentAccess {

    public static final int MIN_DISCLOSED_COUNT = 3;
    public static final double MIN_AGGREGATE_CELL_METERS = 100;
    public static final double MIN_AGGREGATE_BANDWIDTH_METERS = 200;

    private IncidentAccess() {
    }

    public static boolean seesIncidents(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.POLIS;
    }

    public static boolean seesAggregates(Actor actor) {
        return seesIncidents(actor) || actor.role() == Role.STRATEG;
    }

    public static void requireIncidents(Actor actor) {
        Permissions.require(seesIncidents(actor), "incident-level data is police data: polis or admin only");
    }

    public static void requireAggregates(Actor actor) {
        Permissions.require(seesAggregates(actor),
                "analyses of police incident data are for polis, admin and strateg (aggregated) only");
    }

    /** A count as a non-police user may see it: null when 1 or 2. */
    public static Integer disclosedCount(Actor actor, int count) {
        return seesIncidents(actor) || count == 0 || count >= MIN_DISCLOSED_COUNT ? count : null;
    }
}
