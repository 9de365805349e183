package se.platslage.incident;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import se.platslage.geo.Sweref;

/**
 * Checks and converts incident coordinates to SWEREF 99 TM (EPSG:3006) metres. A bad coordinate throws
 * {@link IllegalArgumentException} with a message fit for the row report.
 */
final class IncidentCoordinates {

    /** EPSG:3006's projected bounds over Sweden, metres (rounded outwards). */
    static final double MIN_EASTING = 180_000;
    static final double MAX_EASTING = 1_090_000;
    static final double MIN_NORTHING = 6_090_000;
    static final double MAX_NORTHING = 7_700_000;

    private IncidentCoordinates() {
    }

    /** SWEREF 99 TM x (easting) and y (northing); must lie in Sweden; swapped axes are named as such. */
    static double[] sweref(double x, double y) {
        finite(x, y);
        if (inRange(y, MIN_EASTING, MAX_EASTING) && inRange(x, MIN_NORTHING, MAX_NORTHING)) {
            throw new IllegalArgumentException("x " + x + " and y " + y + " look swapped: x is the easting (E), "
                    + "y the northing (N) in SWEREF 99 TM");
        }
        if (!inRange(x, MIN_EASTING, MAX_EASTING) || !inRange(y, MIN_NORTHING, MAX_NORTHING)) {
            throw new IllegalArgumentException("x " + x + ", y " + y + " is not a SWEREF 99 TM coordinate in Sweden "
                    + "(E " + (long) MIN_EASTING + "-" + (long) MAX_EASTING + ", N " + (long) MIN_NORTHING + "-"
                    + (long) MAX_NORTHING + ")");
        }
        return new double[] {x, y};
    }

    /**
     * WGS84 lon/lat to SWEREF 99 TM. {@code swedenOnly}: must lie in EPSG:3006's area of use; otherwise
     * anywhere the transverse Mercator stays usable (within 30 degrees of its 15 E meridian, latitude 0-85):
     * UK police data is projected too, with a scale error of about 1.3 % in London, which does not matter
     * for testing the methods on it.
     */
    static double[] lonLat(double lon, double lat, boolean swedenOnly) {
        finite(lon, lat);
        if (!inRange(lon, -180, 180) || !inRange(lat, -90, 90)) {
            throw new IllegalArgumentException("lon " + lon + ", lat " + lat + " is not a WGS84 coordinate");
        }
        if (swedenOnly && !Sweref.AREA_OF_USE_WGS84.contains(lon, lat)) {
            boolean swapped = Sweref.AREA_OF_USE_WGS84.contains(lat, lon);
            throw new IllegalArgumentException("lon " + lon + ", lat " + lat + " lies outside Sweden"
                    + (swapped ? " (lon and lat look swapped)" : ""));
        }
        if (!swedenOnly && (Math.abs(lon - 15) > 30 || !inRange(lat, 0, 85))) {
            throw new IllegalArgumentException("lon " + lon + ", lat " + lat + " is too far from Sweden to project");
        }
        Point p = (Point) Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(lon, lat)));
        return new double[] {p.getX(), p.getY()};
    }

    static double number(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text.trim() + "' is not a number");
        }
    }

    private static void finite(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("coordinates must be finite numbers");
        }
    }

    private static boolean inRange(double v, double min, double max) {
        return v >= min && v <= max;
    }
}
