package se.platslage.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import se.platslage.system.Page;

/**
 * GeoJSON Features and FeatureCollections (RFC 7946 §3.2, §3.3) from stored EPSG:3006 geometries, written
 * in WGS84 lon/lat. Paged collections carry numberMatched and numberReturned as in OGC API Features.
 */
public final class Features {

    private Features() {
    }

    public static Map<String, Object> feature(Object id, Geometry sweref, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", sweref == null ? null : GeoJsonGeometries.write(Sweref.toWgs84(sweref)));
        feature.put("properties", properties);
        return feature;
    }

    public static Map<String, Object> collection(List<Map<String, Object>> features, long matched, Page page) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("numberMatched", matched);
        collection.put("numberReturned", features.size());
        if (page != null) {
            collection.put("limit", page.limit());
            collection.put("offset", page.offset());
        }
        collection.put("features", features);
        return collection;
    }
}
