package se.platslage.ogc;

import java.util.Map;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.system.ApiProperties;
import se.platslage.system.InvalidInputException;
import se.platslage.system.Page;

/**
 * An items request, parsed and checked in one place: {@code limit} (default and maximum from
 * {@code platslage.api.*}; above the maximum it is clamped, as OGC 17-069r4 §7.15.3 allows; below 1 or not a
 * number is a 400), {@code offset}, {@code bbox} (CRS84 lon/lat, four numbers), {@code datetime} (measures
 * only) and the lists' own filters ({@code plan}, {@code district}, {@code status} …) as further query
 * parameters.
 */
record FeatureQuery(ListFilter filter, Page page, boolean hasDatetime) {

    static FeatureQuery of(Map<String, String> q, ApiProperties api) {
        String bbox = q.get("bbox");
        if (bbox != null && bbox.split(",").length == 6) {
            throw new InvalidInputException("bbox", "three-dimensional boxes are not supported; give four numbers");
        }
        FilterParams params = new FilterParams(q.get("district"), q.get("plan"), q.get("priorityArea"), q.get("status"),
                q.get("category"), q.get("type"), q.get("responsible"), q.get("year"), q.get("text"), bbox, q.get("kind"),
                q.get("place"), q.get("overdue"), null, q.get("unplaced"),
                q.get("approximate"), q.get("datetime"));
        return new FeatureQuery(ListFilter.of(params), Page.of(integer(q, "limit"), integer(q, "offset"), api),
                q.get("datetime") != null && !q.get("datetime").isBlank());
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
