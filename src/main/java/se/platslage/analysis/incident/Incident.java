package se.platslage.analysis.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One incident point.
 *
 * @param x         SWEREF 99 TM (EPSG:3006) easting in metres
 * @param y         SWEREF 99 TM (EPSG:3006) northing in metres
 * @param time      when it happened
 * @param type      the incident type as imported (e.g. "Misshandel"); compared exactly by filters
 * @param synthetic true for generated demo/test data, which must never be presented as real
 */
public record Incident(double x, double y, Instant time, String type, boolean synthetic) {

    public Incident {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("incident coordinates must be finite, got " + x + ", " + y);
        }
    }

    /** A real (not synthetic) incident. */
    public static Incident real(double x, double y, Instant time, String type) {
        return new Incident(x, y, time, type, false);
    }
}
