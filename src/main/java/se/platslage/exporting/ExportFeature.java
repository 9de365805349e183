package se.platslage.exporting;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature to export: an id, a geometry in SWEREF 99 TM (EPSG:3006, x = easting, y = northing, metres; null
 * for a place not yet drawn) and its attributes in column order. The caller has already removed fields the
 * user may not see (police-only fields); writers write every attribute they are given.
 */
public record ExportFeature(String id, Geometry geometry, Map<String, Object> attributes) {
}
