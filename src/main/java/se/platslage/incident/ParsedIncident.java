package se.platslage.incident;

import java.time.Instant;

/**
 * One good row of an incident file, ready to store.
 *
 * @param line              the file line the row starts on (1 = first line)
 * @param sourceId          the source's own id of the record, null when the row has none
 * @param rowDigest         a digest of the row as written (see {@link RecordIdentity#rowDigest})
 * @param x                 SWEREF 99 TM easting, metres
 * @param y                 SWEREF 99 TM northing, metres
 * @param occurredAt        when it happened (start of the day or month when that is all the file says)
 * @param timePrecision     second | day | month
 * @param type              the incident type as written
 * @param locationPrecision point | snapped | area-centroid
 * @param locationName      the file's place name, if any
 * @param summary           the file's description, if any
 */
public record ParsedIncident(int line, String sourceId, String rowDigest, double x, double y, Instant occurredAt,
        String timePrecision, String type, String locationPrecision, String locationName, String summary) {

    public static final String POINT = "point";
    public static final String SNAPPED = "snapped";
    public static final String AREA_CENTROID = "area-centroid";
}
