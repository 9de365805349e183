package se.platslage.geo;

import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import se.platslage.system.InvalidInputException;

/**
 * What a stored geometry must be: non-empty, inside Sweden (EPSG:3006's area of use), topologically valid
 * (OGC Simple Features: no self-intersection, closed rings), of a type the record allows, and not absurdly
 * detailed. Checked on the lon/lat input so messages speak in the client's coordinates.
 */
public final class GeometryRules {

    /** A place drawn by hand has tens of vertices; a hundred thousand is an accident or an attack. */
    public static final int MAX_VERTICES = 10_000;

    private GeometryRules() {
    }

    /** Validates a lon/lat geometry and returns it in SWEREF 99 TM. */
    public static Geometry toStored(Geometry lonLat, String field, Set<String> allowedTypes) {
        if (lonLat.isEmpty()) {
            throw new InvalidInputException(field, "the geometry is empty");
        }
        if (!allowedTypes.contains(lonLat.getGeometryType())) {
            throw new InvalidInputException(field, "geometry type " + lonLat.getGeometryType()
                    + " is not allowed here; expected one of " + allowedTypes);
        }
        if (lonLat.getNumPoints() > MAX_VERTICES) {
            throw new InvalidInputException(field, "the geometry has " + lonLat.getNumPoints()
                    + " vertices; at most " + MAX_VERTICES + " are accepted");
        }
        if (!Sweref.AREA_OF_USE_WGS84.contains(lonLat.getEnvelopeInternal())) {
            throw new InvalidInputException(field, "coordinates lie outside Sweden (longitude 10.03..24.17, "
                    + "latitude 54.96..69.07, lon/lat order as in GeoJSON)");
        }
        TopologyValidationError error = new IsValidOp(lonLat).getValidationError();
        if (error != null) {
            throw new InvalidInputException(field, "invalid geometry: " + error.getMessage()
                    + " near " + error.getCoordinate().x + "," + error.getCoordinate().y);
        }
        return Sweref.fromWgs84(lonLat);
    }
}
