package se.platslage.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.system.ApiProperties;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * OGC API – Features Part 1 (OGC 17-069r4), read-only, under {@code /ogc}: routes as the standard names them.
 * JSON by default, HTML with {@code f=html} or a browser's {@code Accept: text/html}. Authentication and
 * police-only rules are those of {@code /api} (HTTP Basic or a Bearer token for QGIS and GDAL).
 */
@RestController
@RequestMapping("/ogc")
class OgcController {

    private final Catalog catalog;
    private final ApiProperties api;

    OgcController(Catalog catalog, ApiProperties api) {
        this.catalog = catalog;
        this.api = api;
    }

    @GetMapping({"", "/"})
    ResponseEntity<?> landing(HttpServletRequest request) {
        OgcLinks to = OgcLinks.of(request);
        List<Ogc.Link> links = List.of(
                new Ogc.Link(to.to(""), "self", Ogc.JSON, "Denna sida"),
                new Ogc.Link(to.to("", Map.of("f", "html")), "alternate", Ogc.TEXT_HTML, "Denna sida som HTML"),
                new Ogc.Link(to.to("/api"), Ogc.REL_SERVICE_DESC, Ogc.OPENAPI, "API-beskrivning (OpenAPI 3.0)"),
                new Ogc.Link(to.to("/conformance"), Ogc.REL_CONFORMANCE, Ogc.JSON, "Konformitetsklasser"),
                new Ogc.Link(to.to("/collections"), Ogc.REL_DATA, Ogc.JSON, "Samlingar"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", "Platsläge");
        json.put("description", "Stockholms åtgärdsplaner mot brott och otrygghet: platser, åtgärder, mål och stadsdelsområden.");
        json.put("links", links);
        return answer(request, json, Ogc.JSON, () -> OgcHtml.page("Platsläge", links, ""));
    }

    @GetMapping("/conformance")
    ResponseEntity<?> conformance(HttpServletRequest request) {
        return answer(request, Map.of("conformsTo", Ogc.CONFORMANCE), Ogc.JSON,
                () -> OgcHtml.page("Konformitet", List.of(), OgcHtml.list(Ogc.CONFORMANCE)));
    }

    @GetMapping("/api")
    ResponseEntity<?> openApi(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Ogc.OPENAPI))
                .body(OpenApiDocument.build(OgcLinks.of(request), api));
    }

    @GetMapping("/collections")
    ResponseEntity<?> collections(HttpServletRequest request) {
        OgcLinks to = OgcLinks.of(request);
        List<Map<String, Object>> collections = catalog.collections().stream().map(c -> collection(to, c)).toList();
        List<Ogc.Link> links = List.of(new Ogc.Link(to.to("/collections"), "self", Ogc.JSON, "Samlingar"),
                new Ogc.Link(to.to("/collections", Map.of("f", "html")), "alternate", Ogc.TEXT_HTML, "Som HTML"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("links", links);
        json.put("collections", collections);
        List<Ogc.Link> htmlLinks = new ArrayList<>(links);
        catalog.collections().forEach(c -> htmlLinks.add(new Ogc.Link(to.to("/collections/" + c.id(), Map.of("f", "html")),
                "collection", Ogc.TEXT_HTML, c.title())));
        return answer(request, json, Ogc.JSON, () -> OgcHtml.page("Samlingar", htmlLinks, ""));
    }

    @GetMapping("/collections/{collectionId}")
    ResponseEntity<?> collection(HttpServletRequest request, @PathVariable String collectionId) {
        Catalog.Collection c = find(collectionId);
        Map<String, Object> json = collection(OgcLinks.of(request), c);
        @SuppressWarnings("unchecked")
        List<Ogc.Link> links = (List<Ogc.Link>) json.get("links");
        return answer(request, json, Ogc.JSON, () -> OgcHtml.page(c.title(), links, "<p>" + OgcHtml.e(c.description()) + "</p>"));
    }

    @GetMapping("/collections/{collectionId}/items")
    ResponseEntity<?> items(HttpServletRequest request, @PathVariable String collectionId) {
        Catalog.Collection c = find(collectionId);
        Map<String, String> params = params(request);
        FeatureQuery query = FeatureQuery.of(params, c.temporal(), api);
        Catalog.Items items = catalog.items(c, query);
        List<Ogc.Link> links = pageLinks(OgcLinks.of(request), c, params, query, items);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "FeatureCollection");
        json.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("numberMatched", items.numberMatched());
        json.put("numberReturned", items.features().size());
        json.put("features", items.features());
        json.put("links", links);
        return answer(request, json, Ogc.GEO_JSON, () -> OgcHtml.page(c.title(), links,
                OgcHtml.features(items.features(), items.numberMatched())));
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ResponseEntity<?> item(HttpServletRequest request, @PathVariable String collectionId, @PathVariable String featureId) {
        Catalog.Collection c = find(collectionId);
        format(request);
        Map<String, Object> feature = new LinkedHashMap<>(catalog.item(c, featureId)
                .orElseThrow(() -> new NotFoundException("feature " + featureId + " in collection", collectionId)));
        OgcLinks to = OgcLinks.of(request);
        String path = "/collections/" + c.id() + "/items/" + featureId;
        List<Ogc.Link> links = List.of(new Ogc.Link(to.to(path), "self", Ogc.GEO_JSON, "Detta objekt"),
                new Ogc.Link(to.to(path, Map.of("f", "html")), "alternate", Ogc.TEXT_HTML, "Som HTML"),
                new Ogc.Link(to.to("/collections/" + c.id()), "collection", Ogc.JSON, c.title()));
        feature.put("links", links);
        return answer(request, feature, Ogc.GEO_JSON, () -> OgcHtml.page(c.title() + " " + featureId, links,
                OgcHtml.features(List.of(feature), 1)));
    }

    private Map<String, Object> collection(OgcLinks to, Catalog.Collection c) {
        String path = "/collections/" + c.id();
        double[] bbox = catalog.extent();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("title", c.title());
        json.put("description", c.description());
        json.put("itemType", "feature");
        json.put("crs", List.of(Ogc.CRS84));
        Map<String, Object> extent = new LinkedHashMap<>();
        extent.put("spatial", Map.of("bbox", List.of(List.of(bbox[0], bbox[1], bbox[2], bbox[3])), "crs", Ogc.CRS84));
        if (c.temporal()) {
            extent.put("temporal", temporal(catalog.timeExtent(c)));
        }
        json.put("extent", extent);
        json.put("links", List.of(new Ogc.Link(to.to(path), "self", Ogc.JSON, c.title()),
                new Ogc.Link(to.to(path, Map.of("f", "html")), "alternate", Ogc.TEXT_HTML, c.title() + " som HTML"),
                new Ogc.Link(to.to(path + "/items"), Ogc.REL_ITEMS, Ogc.GEO_JSON, c.title() + " (GeoJSON)"),
                new Ogc.Link(to.to(path + "/items", Map.of("f", "html")), Ogc.REL_ITEMS, Ogc.TEXT_HTML, c.title() + " (HTML)")));
        return json;
    }

    /**
     * OGC 17-069r4 §7.14.4: one interval of RFC 3339 instants, null for an unknown end, in the Gregorian
     * calendar. Dates become whole UTC days, as {@code datetime} reads them.
     */
    private static Map<String, Object> temporal(Catalog.TimeExtent time) {
        List<String> interval = new ArrayList<>();
        interval.add(time.first() == null ? null : time.first().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        interval.add(time.last() == null ? null
                : time.last().atTime(LocalTime.MAX).truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC).toString());
        return Map.of("interval", List.of(interval), "trs", Ogc.GREGORIAN);
    }

    /** self and alternate; next while more match (OGC 17-069r4 §7.15.6), prev after the first page. */
    private static List<Ogc.Link> pageLinks(OgcLinks to, Catalog.Collection c, Map<String, String> params,
            FeatureQuery q, Catalog.Items items) {
        String path = "/collections/" + c.id() + "/items";
        int limit = q.page().limit();
        int offset = q.page().offset();
        List<Ogc.Link> links = new ArrayList<>();
        links.add(new Ogc.Link(to.to(path, with(params, limit, offset, null)), "self", Ogc.GEO_JSON, "Denna sida"));
        links.add(new Ogc.Link(to.to(path, with(params, limit, offset, "html")), "alternate", Ogc.TEXT_HTML, "Som HTML"));
        if ((long) offset + items.features().size() < items.numberMatched()) {
            links.add(new Ogc.Link(to.to(path, with(params, limit, offset + limit, null)), "next", Ogc.GEO_JSON, "Nästa sida"));
        }
        if (offset > 0) {
            links.add(new Ogc.Link(to.to(path, with(params, limit, Math.max(0, offset - limit), null)), "prev",
                    Ogc.GEO_JSON, "Föregående sida"));
        }
        return links;
    }

    private static Map<String, String> with(Map<String, String> params, int limit, int offset, String f) {
        Map<String, String> query = new LinkedHashMap<>(params);
        query.keySet().removeAll(List.of("f", "limit", "offset"));
        query.put("limit", String.valueOf(limit));
        query.put("offset", String.valueOf(offset));
        if (f != null) {
            query.put("f", f);
        }
        return query;
    }

    private Catalog.Collection find(String id) {
        return catalog.collection(id).orElseThrow(() -> new NotFoundException("collection", id));
    }

    private static Map<String, String> params(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        return params;
    }

    /** true for HTML: {@code f=html}, or no {@code f} and an Accept header that asks for HTML. */
    private static boolean format(HttpServletRequest request) {
        String f = request.getParameter("f");
        if (f != null) {
            return switch (f.strip().toLowerCase()) {
                case "html" -> true;
                case "json", "geojson" -> false;
                default -> throw new InvalidInputException("f", "'" + f + "' is not a format here; use json or html");
            };
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(Ogc.TEXT_HTML);
    }

    private static ResponseEntity<?> answer(HttpServletRequest request, Object json, String jsonType,
            java.util.function.Supplier<String> html) {
        if (format(request)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(html.get());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(jsonType)).body(json);
    }
}
