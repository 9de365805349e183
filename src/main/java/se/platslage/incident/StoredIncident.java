package se.platslage.incident;

import java.time.Instant;

/** An incident as stored; x, y in SWEREF 99 TM metres. Read-only: incidents are never edited. */
public record StoredIncident(long id, double x, double y, Instant occurredAt, String timePrecision, String type,
        String locationPrecision, String locationName, String summary, boolean synthetic, String format,
        String source, String externalId, long importId) {
}
