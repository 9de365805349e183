package se.platslage.ogc;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import se.platslage.filter.DateInterval;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.system.ApiProperties;
import se.platslage.system.InvalidInputException;
import se.platslage.system.Page;

/**
 * An items request, parsed and checked in one place (OGC 17-069r4 §7.15): {@code limit} (default and maximum
 * from {@code platslage.api.*}; above the maximum it is clamped, as §7.15.3 allows; below 1 or not a number is
 * a 400), {@code offset}, {@code bbox} ({@link BboxParameter}), {@code datetime} and the lists' own filters
 * ({@link #FILTERS}). Any other parameter is a 400 naming it (Requirement /req/core/query-param-unknown).
 *
 * @param matchesNothing the bbox lies entirely outside Sweden, where no feature is: an empty page
 */
record FeatureQuery(ListFilter filter, Page page, boolean matchesNothing) {

    /** The parameters OGC API – Features Part 1 defines for the items operation. */
    static final Set<String> STANDARD = Set.of("bbox", "datetime", "limit", "offset", "f");

    /** The lists' filters, also served under {@code /api}, with what they select (documented in {@code /ogc/api}). */
    static final Map<String, String> FILTERS = filters();

    /**
     * {@code temporal}: whether the collection's features have a time. Where they have none, {@code datetime}
     * is checked but selects everything: Requirement 25 C of OGC 17-069r4 has features without a temporal
     * geometry match any datetime. For the same reason undated measures (an unparsed "När") match too.
     */
    static FeatureQuery of(Map<String, String> q, boolean temporal, ApiProperties api) {
        q.keySet().stream().filter(name -> !STANDARD.contains(name) && !FILTERS.containsKey(name)).findFirst()
                .ifPresent(name -> {
                    throw new InvalidInputException(name, "is not a parameter of this operation; the parameters are "
                            + "listed in the API definition at /ogc/api");
                });
        FilterParams params = new FilterParams(q.get("district"), q.get("plan"), q.get("priorityArea"), q.get("status"),
                q.get("category"), q.get("type"), q.get("responsible"), q.get("year"), q.get("text"), null, q.get("kind"),
                q.get("place"), q.get("overdue"), null, q.get("unplaced"), q.get("approximate"), null);
        DateInterval time = DateInterval.parse(withoutDuration(q.get("datetime")), "datetime");
        String bbox = q.get("bbox");
        Optional<Geometry> area = bbox == null || bbox.isBlank() ? Optional.empty() : BboxParameter.parse(bbox);
        boolean outsideSweden = bbox != null && !bbox.isBlank() && area.isEmpty();
        ListFilter filter = ListFilter.of(params).within(area.orElse(null),
                temporal && time != null ? time.includingUndated() : null);
        return new FeatureQuery(filter, Page.of(integer(q, "limit"), integer(q, "offset"), api), outsideSweden);
    }

    /**
     * {@code start/duration} ("2024-03-01/P2D", ISO 8601 §4.4.4.2) as {@code start/end}. 17-069r4's grammar
     * has no durations, but the official test suite sends one (its Example 8), and a client gains nothing from
     * a 400. Only calendar durations: measures have dates, not times.
     */
    private static String withoutDuration(String datetime) {
        if (datetime == null || !datetime.matches("[^/]+/P[^/]*")) {
            return datetime;
        }
        String[] parts = datetime.split("/");
        try {
            LocalDate start = DateInterval.parse(parts[0], "datetime").from();
            return start + "/" + start.plus(Period.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("datetime", "'" + parts[1] + "' is not an ISO 8601 duration in days, "
                    + "weeks, months or years (P2D, P1M)");
        }
    }

    private static Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("district", "district code, e.g. hasselby-vallingby");
        f.put("plan", "plan id or code, e.g. hasselby-vallingby-2025");
        f.put("priorityArea", "priority area number: 1-5 the SÖK areas, 6 and above a district's own");
        f.put("year", "plan year");
        f.put("status", "measure status codes, comma-separated (ongoing, done, not-started …)");
        f.put("category", "measure category codes, comma-separated");
        f.put("type", "physical measure type codes, comma-separated");
        f.put("responsible", "text contained in the measure's responsible role (Vem), case-insensitive");
        f.put("overdue", "true: only measures past their end date and not done");
        f.put("text", "text contained in names and descriptions, case-insensitive");
        f.put("kind", "place kind or target kind code");
        f.put("place", "place id");
        f.put("unplaced", "true: only places without a geometry yet");
        f.put("approximate", "true: only places drawn less accurately than 30 m, or with no accuracy stated");
        return java.util.Collections.unmodifiableMap(f);
    }

    private static Integer integer(Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + value + "' is not a whole number");
        }
    }
}
