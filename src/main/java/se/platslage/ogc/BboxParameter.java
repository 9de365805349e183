package se.platslage.ogc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.Sweref;
import se.platslage.system.InvalidInputException;

/**
 * The {@code bbox} parameter as OGC 17-069r4 §7.15.3 defines it: four numbers (CRS84 lon/lat, minimum corner
 * first) or six, where the third and sixth are heights that this server ignores, because its data is
 * two-dimensional. A west edge greater than the east edge is a box across the antimeridian: it is read as two
 * boxes, {@code west..180} and {@code -180..east}.
 *
 * <p>IMPLEMENTATION NOTE: every feature lies inside Sweden (geometries are checked on the way in), so each
 * box is clipped to EPSG:3006's area of use before it is projected; far outside it the projection runs to
 * infinity. A valid box that does not reach Sweden matches nothing, which is an empty collection (200), not
 * an error.
 */
final class BboxParameter {

    private BboxParameter() {
    }

    /**
     * The box in EPSG:3006 (a polygon, or two for a box across the antimeridian), or empty when it lies
     * entirely outside Sweden. Not a list of 4 or 6 finite numbers, latitudes outside ±90°, longitudes outside
     * ±180° or a south edge above the north edge: 400 naming {@code bbox}.
     */
    static Optional<Geometry> parse(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new InvalidInputException("bbox", "expected four numbers minLon,minLat,maxLon,maxLat or six "
                    + "minLon,minLat,minHeight,maxLon,maxLat,maxHeight (CRS84)");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox", "'" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidInputException("bbox", "coordinates must be finite numbers");
            }
        }
        int top = parts.length / 2; // index of the upper corner: 2 in 2D, 3 in 3D (heights at 2 and 5)
        double west = v[0];
        double south = v[1];
        double east = v[top];
        double north = v[top + 1];
        if (Math.abs(west) > 180 || Math.abs(east) > 180) {
            throw new InvalidInputException("bbox", "longitudes must lie between -180 and 180");
        }
        if (Math.abs(south) > 90 || Math.abs(north) > 90) {
            throw new InvalidInputException("bbox", "latitudes must lie between -90 and 90");
        }
        if (south > north) {
            throw new InvalidInputException("bbox", "the south edge lies north of the north edge; the order is "
                    + "minLon,minLat,maxLon,maxLat");
        }
        List<Envelope> boxes = west <= east ? List.of(new Envelope(west, east, south, north))
                : List.of(new Envelope(west, 180, south, north), new Envelope(-180, east, south, north));
        List<Geometry> inSweden = new ArrayList<>();
        for (Envelope box : boxes) {
            Envelope clipped = box.intersection(Sweref.AREA_OF_USE_WGS84);
            if (!clipped.isNull()) {
                inSweden.add(Sweref.WGS84_FACTORY.toGeometry(clipped));
            }
        }
        // Two parts only when the box crosses the antimeridian and still reaches Sweden from both sides.
        return inSweden.isEmpty() ? Optional.empty()
                : Optional.of(Sweref.fromWgs84(Sweref.WGS84_FACTORY.buildGeometry(inSweden)));
    }
}
