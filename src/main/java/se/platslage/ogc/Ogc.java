package se.platslage.ogc;

import java.util.List;

/**
 * The OGC API – Features vocabulary this server speaks: conformance classes, link relations and media types.
 * No I/O. Only the classes actually implemented are declared (OGC 17-069r4): Core, GeoJSON, HTML and
 * OpenAPI 3.0. Not CRS (Part 2), not filtering (Part 3): coordinates are always CRS84 lon/lat.
 */
final class Ogc {

    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String HTML = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html";
    static final String OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    static final List<String> CONFORMANCE = List.of(CORE, GEOJSON, HTML, OAS30);

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    /** The temporal reference system of every time in this API (OGC 17-069r4 §7.14.4). */
    static final String GREGORIAN = "http://www.opengis.net/def/uri/ISO-8601/0/Gregorian";

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String TEXT_HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

    static final String REL_CONFORMANCE = "conformance";
    static final String REL_DATA = "data";
    static final String REL_SERVICE_DESC = "service-desc";
    static final String REL_ITEMS = "items";

    /** A link object (OGC API Common / RFC 8288 in JSON). */
    record Link(String href, String rel, String type, String title) {
    }

    private Ogc() {
    }
}
