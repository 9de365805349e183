package se.platslage.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.platslage.system.ApiProperties;

/**
 * The OpenAPI 3.0 description of {@code /ogc} (conformance class oas30): the routes of OGC 17-069r4 with their
 * parameters as this server reads them, and the security schemes it accepts. Built per request so the server
 * URL is the one the client used.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static Map<String, Object> build(OgcLinks to, ApiProperties api) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Platsläge OGC API – Features", "version", "1.0",
                "description", "Read-only OGC API – Features Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0). Coordinates "
                        + "are CRS84 lon/lat. Police-only properties are served to police and admin accounts only."));
        doc.put("servers", List.of(Map.of("url", to.to(""))));
        doc.put("security", List.of(Map.of("basic", List.of()), Map.of("bearer", List.of())));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", get("getLandingPage", "Landing page", List.of(ref("f")), "application/json"));
        paths.put("/conformance", get("getConformance", "Conformance classes", List.of(ref("f")), "application/json"));
        paths.put("/api", get("getOpenApi", "This document", List.of(), Ogc.OPENAPI));
        paths.put("/collections", get("getCollections", "The collections", List.of(ref("f")), "application/json"));
        paths.put("/collections/{collectionId}", get("describeCollection", "One collection",
                List.of(ref("collectionId"), ref("f")), "application/json"));
        List<Object> itemsParameters = new java.util.ArrayList<>(List.of(ref("collectionId"), ref("bbox"), ref("datetime"),
                ref("limit"), ref("offset"), ref("f")));
        FeatureQuery.FILTERS.keySet().forEach(name -> itemsParameters.add(ref(name)));
        paths.put("/collections/{collectionId}/items", get("getFeatures", "Features of a collection; the list filters "
                + "are those of /api, any other parameter is a 400", itemsParameters, Ogc.GEO_JSON));
        paths.put("/collections/{collectionId}/items/{featureId}", get("getFeature", "One feature",
                List.of(ref("collectionId"), ref("featureId"), ref("f")), Ogc.GEO_JSON));
        doc.put("paths", paths);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("collectionId", param("collectionId", "path", true, "places, measures, targets or districts",
                Map.of("type", "string", "enum", List.of("places", "measures", "targets", "districts"))));
        parameters.put("featureId", param("featureId", "path", true, "the feature's id", Map.of("type", "string")));
        // Query parameters as OGC 17-069r4 §7.15.2-4 defines them: style form, not exploded (bbox=1,2,3,4).
        parameters.put("bbox", query("bbox", "minLon,minLat,maxLon,maxLat (CRS84), or six numbers with a minimum and "
                + "maximum height after each corner (heights are ignored: the data is 2D). West above east crosses "
                + "the antimeridian. A box outside Sweden matches nothing",
                Map.of("type", "array", "minItems", 4, "maxItems", 6, "items", Map.of("type", "number"))));
        parameters.put("datetime", query("datetime", "an RFC 3339 date or date-time, or an interval with open ends "
                + "as .. (2024-08-05, 2024-06-01/2024-08-31, ../2024-12-31, 2024-01-01/..), or a start and an ISO 8601 "
                + "duration (2024-06-01/P3M). Measures: their parsed "
                + "timing must overlap it; measures without a parsed timing, and collections without time, match "
                + "any datetime (OGC 17-069r4 Requirement 25 C)", Map.of("type", "string")));
        parameters.put("limit", query("limit", "page size; above the maximum it is clamped",
                Map.of("type", "integer", "minimum", 1, "maximum", api.maxLimit(), "default", api.defaultLimit())));
        parameters.put("offset", query("offset", "features to skip",
                Map.of("type", "integer", "minimum", 0, "default", 0)));
        FeatureQuery.FILTERS.forEach((name, description) -> parameters.put(name, query(name, description,
                Map.of("type", "string"))));
        parameters.put("f", query("f", "json (default) or html",
                Map.of("type", "string", "enum", List.of("json", "html"))));
        doc.put("components", Map.of("parameters", parameters, "securitySchemes", Map.of(
                "basic", Map.of("type", "http", "scheme", "basic"),
                "bearer", Map.of("type", "http", "scheme", "bearer", "description", "a personal API token"))));
        return doc;
    }

    private static Map<String, Object> get(String operationId, String summary, List<Object> parameters, String type) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", summary, "content", Map.of(type, Map.of(), "text/html", Map.of())));
        responses.put("400", Map.of("description", "a bad parameter (problem+json naming it)"));
        responses.put("401", Map.of("description", "not signed in"));
        responses.put("404", Map.of("description", "no such collection or feature"));
        return Map.of("get", Map.of("operationId", operationId, "summary", summary, "parameters", parameters,
                "responses", responses));
    }

    private static Object ref(String name) {
        return Map.of("$ref", "#/components/parameters/" + name);
    }

    private static Map<String, Object> param(String name, String in, boolean required, String description,
            Map<String, Object> schema) {
        return Map.of("name", name, "in", in, "required", required, "description", description, "schema", schema);
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        Map<String, Object> parameter = new LinkedHashMap<>(param(name, "query", false, description, schema));
        parameter.put("style", "form");
        parameter.put("explode", false);
        return parameter;
    }
}
