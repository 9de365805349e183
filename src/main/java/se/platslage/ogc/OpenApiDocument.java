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
        paths.put("/collections/{collectionId}/items", get("getFeatures", "Features of a collection; further "
                + "filters as in /api: plan, district, priorityArea, status, category, type, responsible, year, text, "
                + "kind, place, overdue, unplaced, approximate", List.of(ref("collectionId"), ref("bbox"), ref("datetime"),
                ref("limit"), ref("offset"), ref("f")), Ogc.GEO_JSON));
        paths.put("/collections/{collectionId}/items/{featureId}", get("getFeature", "One feature",
                List.of(ref("collectionId"), ref("featureId"), ref("f")), Ogc.GEO_JSON));
        doc.put("paths", paths);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("collectionId", param("collectionId", "path", true, "places, measures, targets or districts",
                Map.of("type", "string", "enum", List.of("places", "measures", "targets", "districts"))));
        parameters.put("featureId", param("featureId", "path", true, "the feature's id", Map.of("type", "string")));
        parameters.put("bbox", Map.of("name", "bbox", "in", "query", "required", false, "style", "form",
                "explode", false, "description", "minLon,minLat,maxLon,maxLat (CRS84)",
                "schema", Map.of("type", "array", "minItems", 4, "maxItems", 4, "items", Map.of("type", "number"))));
        parameters.put("datetime", param("datetime", "query", false, "measures only: a date or interval "
                + "(2024-08-05, 2024-06-01/2024-08-31, ../2024-12-31) that the parsed timing must overlap",
                Map.of("type", "string")));
        parameters.put("limit", param("limit", "query", false, "page size; above the maximum it is clamped",
                Map.of("type", "integer", "minimum", 1, "maximum", api.maxLimit(), "default", api.defaultLimit())));
        parameters.put("offset", param("offset", "query", false, "features to skip",
                Map.of("type", "integer", "minimum", 0, "default", 0)));
        parameters.put("f", param("f", "query", false, "json (default) or html",
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
}
