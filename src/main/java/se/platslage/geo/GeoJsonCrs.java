package se.platslage.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import se.platslage.system.InvalidInputException;

/**
 * The coordinate system a GeoJSON file says it is in. RFC 7946 has no {@code crs} member and means WGS84,
 * but QGIS and GDAL write the 2008 draft's named CRS when a layer is kept in SWEREF 99 TM, and the city's
 * GIS staff work in SWEREF 99 TM: such a file is taken as it is rather than refused.
 */
public enum GeoJsonCrs {
    WGS84, SWEREF_99_TM;

    private static final Set<String> WGS84_NAMES = Set.of("urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:epsg::4326",
            "epsg:4326", "http://www.opengis.net/def/crs/ogc/1.3/crs84", "http://www.opengis.net/def/crs/epsg/0/4326");
    private static final Set<String> SWEREF_NAMES = Set.of("urn:ogc:def:crs:epsg::3006", "epsg:3006",
            "http://www.opengis.net/def/crs/epsg/0/3006");

    /** Reads the {@code crs} member of a FeatureCollection; absent means WGS84 (RFC 7946 §4). */
    public static GeoJsonCrs of(JsonNode collection) {
        JsonNode crs = collection.get("crs");
        if (crs == null || crs.isNull()) {
            return WGS84;
        }
        String name = crs.path("properties").path("name").asText("").trim().toLowerCase(Locale.ROOT);
        if (WGS84_NAMES.contains(name)) {
            return WGS84;
        }
        if (SWEREF_NAMES.contains(name)) {
            return SWEREF_99_TM;
        }
        throw new InvalidInputException("crs", "coordinate system '" + crs.path("properties").path("name").asText("")
                + "' is not supported; give WGS84 lon/lat (RFC 7946, no crs member) or SWEREF 99 TM "
                + "(urn:ogc:def:crs:EPSG::3006)");
    }

    /** True when lon/lat-read coordinates are SWEREF 99 TM eastings and northings in a file without crs. */
    public static boolean looksLikeSweref(Geometry read) {
        org.locationtech.jts.geom.Envelope e = read.getEnvelopeInternal();
        return e.getMinX() > 180_000 && e.getMaxX() < 1_000_000 && e.getMinY() > 6_100_000 && e.getMaxY() < 7_700_000;
    }

    /** A geometry read with {@link GeoJsonGeometries#read} in this CRS, as WGS84 lon/lat. */
    public Geometry toLonLat(Geometry read) {
        return this == WGS84 ? read : Sweref.toWgs84(read);
    }
}
