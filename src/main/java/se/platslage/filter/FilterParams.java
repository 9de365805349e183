package se.platslage.filter;

/**
 * The list filters as they arrive in the query string, shared by places, problems, measures and targets.
 * Parsed and checked in one place, {@link ListFilter#of}.
 *
 * @param district  district code ("hasselby-vallingby")
 * @param plan      plan id or code ("hasselby-vallingby-2025")
 * @param priorityArea priority area number, 1-5 the SÖK areas, 6+ a district's own
 * @param status    measure status codes, comma-separated ("ongoing,not-started")
 * @param category  measure category codes, comma-separated
 * @param type      physical measure type codes, comma-separated
 * @param responsible text contained in the responsible role, case-insensitive
 * @param year      plan year
 * @param text      text contained in names and descriptions, case-insensitive
 * @param bbox      minLon,minLat,maxLon,maxLat (WGS84)
 * @param kind      place kind or target kind code
 * @param place     place id
 * @param overdue   only measures past their end date and not done
 * @param mine      only measures assigned to the signed-in account or naming its responsible role
 * @param unplaced  only places without a geometry yet (named by an imported plan, not drawn on the map)
 * @param approximate only places drawn less accurately than 30 m, or with no accuracy stated: positions to check
 * @param datetime  measures whose parsed timing overlaps this date or interval, as OGC API Features writes
 *                  it ("2024-08-05", "2024-06-01/2024-08-31", "../2024-12-31", "2024-01-01/..")
 */
public record FilterParams(String district, String plan, String priorityArea, String status, String category,
        String type, String responsible, String year, String text, String bbox, String kind, String place,
        String overdue, String mine, String unplaced, String approximate, String datetime) {
}
