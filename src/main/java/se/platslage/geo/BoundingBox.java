package se.platslage.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import se.platslage.system.InvalidInputException;

/**
 * A {@code bbox=minLon,minLat,maxLon,maxLat} request parameter (WGS84, as in OGC API Features and
 * RFC 7946 §5), clamped to EPSG:3006's area of use before it is projected: far outside Sweden the
 * projection runs to infinity.
 */
public final class BoundingBox {

    private BoundingBox() {
    }

    /** Parses the parameter, or returns null when it is absent; the result is a SWEREF 99 TM polygon. */
    public static Geometry parse(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", "expected minLon,minLat,maxLon,maxLat (four numbers, WGS84)");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox", "'" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidInputException("bbox", "coordinates must be finite numbers");
            }
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new InvalidInputException("bbox", "minimum exceeds maximum; the order is minLon,minLat,maxLon,maxLat");
        }
        Envelope requested = new Envelope(v[0], v[2], v[1], v[3]);
        Envelope clamped = requested.intersection(Sweref.AREA_OF_USE_WGS84);
        if (clamped.isNull()) {
            throw new InvalidInputException("bbox", "the box lies entirely outside Sweden");
        }
        return Sweref.fromWgs84(Sweref.WGS84_FACTORY.toGeometry(clamped));
    }
}
