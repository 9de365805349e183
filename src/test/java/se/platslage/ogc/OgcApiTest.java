package se.platslage.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.polis;
import static se.platslage.DemoLogins.strateg;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** OGC API – Features Part 1 under /ogc, one test per edge case. */
@BothDatabases
@Transactional
class OgcApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private ResultActions items(String collection, String... params) throws Exception {
        var request = get("/ogc/collections/" + collection + "/items").with(lasare());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void landingPageLinksToApiConformanceAndDataWithAbsoluteLinks() throws Exception {
        mvc.perform(get("/ogc").with(lasare()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.links[*].rel", hasItem("service-desc")))
                .andExpect(jsonPath("$.links[*].rel", hasItem("conformance")))
                .andExpect(jsonPath("$.links[*].rel", hasItem("data")))
                .andExpect(jsonPath("$.links[*].href", everyItem(startsWith("http://localhost/ogc"))));
    }

    @Test
    void linksFollowTheHostTheClientUsed() throws Exception {
        mvc.perform(get("/ogc/collections").with(lasare()).with(r -> {
                    r.setScheme("https");
                    r.setServerName("gis.stad.example");
                    r.setServerPort(8443);
                    return r;
                }))
                .andExpect(jsonPath("$.links[0].href").value("https://gis.stad.example:8443/ogc/collections"))
                .andExpect(jsonPath("$.collections[0].links[*].href", everyItem(startsWith("https://gis.stad.example:8443/ogc/"))));
    }

    @Test
    void conformanceDeclaresOnlyWhatIsImplemented() throws Exception {
        String body = mvc.perform(get("/ogc/conformance").with(lasare())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> classes = JsonPath.read(body, "$.conformsTo");
        assertThat(classes).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void fourCollections() throws Exception {
        mvc.perform(get("/ogc/collections").with(lasare()))
                .andExpect(jsonPath("$.collections[*].id").value(org.hamcrest.Matchers.contains("places", "measures",
                        "targets", "districts")))
                .andExpect(jsonPath("$.collections[0].extent.spatial.bbox[0][0]").value(org.hamcrest.Matchers.closeTo(17.8, 0.2)));
    }

    @Test
    void collectionNotFound() throws Exception {
        mvc.perform(get("/ogc/collections/incidents").with(lasare())).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        items("incidents").andExpect(status().isNotFound());
    }

    @Test
    void openApiIsVersion3() throws Exception {
        mvc.perform(get("/ogc/api").with(lasare()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/vnd.oai.openapi+json")))
                .andExpect(jsonPath("$.openapi").value(startsWith("3.0")))
                .andExpect(jsonPath("$.servers[0].url").value("http://localhost/ogc"))
                .andExpect(jsonPath("$.paths['/collections/{collectionId}/items'].get.operationId").value("getFeatures"));
    }

    @Test
    void itemsAreGeoJson() throws Exception {
        items("places").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/geo+json")))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberMatched").isNumber())
                .andExpect(jsonPath("$.timeStamp").isString());
    }

    @Test
    void limit() throws Exception {
        items("places", "limit", "3").andExpect(jsonPath("$.numberReturned").value(3));
    }

    @Test
    void limitZeroIs400() throws Exception {
        items("places", "limit", "0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
    }

    @Test
    void limitInvalidIs400() throws Exception {
        items("places", "limit", "tio").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("limit"));
    }

    @Test
    void limitAboveMaxIsClamped() throws Exception {
        items("measures", "limit", "50000").andExpect(status().isOk())
                .andExpect(jsonPath("$.numberReturned", lessThanOrEqualTo(1000)))
                .andExpect(jsonPath("$.links[0].href", containsString("limit=1000")));
    }

    @Test
    void negativeOffsetIs400() throws Exception {
        items("places", "offset", "-1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("offset"));
    }

    @Test
    void bboxInvalidIs400() throws Exception {
        items("places", "bbox", "17.8,59.3,17.9").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
        items("places", "bbox", "a,b,c,d").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
    }

    @Test
    void approximatePlacesAreAFilterForQgisToo() throws Exception {
        // The GIS staff load only the positions to check into QGIS.
        items("places", "approximate", "true", "limit", "1000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].properties.approximate", everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.features[*].properties.code", org.hamcrest.Matchers.hasItem("maltesholmstorget-gangvag-kyrkan-brf")))
                .andExpect(jsonPath("$.features[*].properties.code",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("hasselby-torg"))));
    }

    @Test
    void bboxFilters() throws Exception {
        // around Hässelby torg only: nothing from Södermalm
        items("places", "bbox", "17.82,59.36,17.85,59.37", "limit", "1000")
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(org.hamcrest.Matchers.is("hasselby-vallingby"))))
                .andExpect(jsonPath("$.numberMatched", org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void nextLinkPresentWhenMoreMatch() throws Exception {
        items("places", "limit", "2", "district", "sodermalm")
                .andExpect(jsonPath("$.links[?(@.rel == 'next')].href").value(hasItem(
                        "http://localhost/ogc/collections/places/items?district=sodermalm&limit=2&offset=2")))
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')]").isEmpty());
    }

    @Test
    void nextLinkAbsentOnTheLastPage() throws Exception {
        String body = items("places").andReturn().getResponse().getContentAsString();
        int matched = JsonPath.read(body, "$.numberMatched");
        items("places", "limit", "2", "offset", String.valueOf(matched - 1))
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
                .andExpect(jsonPath("$.links[?(@.rel == 'prev')].href").value(hasItem(containsString("offset=" + (matched - 3)))));
    }

    /** The features' timingStart and timingEnd, as dates or null, one pair per feature. */
    private List<LocalDate[]> timings(String... params) throws Exception {
        String body = items("measures", params).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> starts = JsonPath.read(body, "$.features[*].properties.timingStart");
        List<String> ends = JsonPath.read(body, "$.features[*].properties.timingEnd");
        List<LocalDate[]> timings = new java.util.ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            timings.add(new LocalDate[] {starts.get(i) == null ? null : LocalDate.parse(starts.get(i)),
                    ends.get(i) == null ? null : LocalDate.parse(ends.get(i))});
        }
        return timings;
    }

    private static List<LocalDate[]> dated(List<LocalDate[]> timings) {
        return timings.stream().filter(t -> t[0] != null && t[1] != null).toList();
    }

    @Test
    void datetimeInstantSelectsMeasuresWhoseTimingOverlaps() throws Exception {
        LocalDate day = LocalDate.of(2024, 8, 5);
        List<LocalDate[]> dated = dated(timings("datetime", "2024-08-05", "limit", "1000"));
        assertThat(dated).isNotEmpty()
                .allSatisfy(t -> assertThat(t[0]).isBeforeOrEqualTo(day))
                .allSatisfy(t -> assertThat(t[1]).isAfterOrEqualTo(day));
        // a date-time is read as its date
        assertThat(dated(timings("datetime", "2024-08-05T12:00:00Z", "limit", "1000"))).hasSameSizeAs(dated);
    }

    @Test
    void datetimeClosedIntervalSelectsOverlappingMeasures() throws Exception {
        LocalDate from = LocalDate.of(2025, 3, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        List<LocalDate[]> dated = dated(timings("datetime", "2025-03-01/2025-03-31", "limit", "1000"));
        assertThat(dated).isNotEmpty()
                .allSatisfy(t -> assertThat(t[0]).isBeforeOrEqualTo(to))
                .allSatisfy(t -> assertThat(t[1]).isAfterOrEqualTo(from));
        // a measure ending in 2023 has no part in it
        assertThat(dated(timings("limit", "1000"))).anySatisfy(t -> assertThat(t[1]).isBefore(from));
    }

    @Test
    void datetimeOpenStartAndOpenEnd() throws Exception {
        LocalDate edge = LocalDate.of(2023, 6, 30);
        List<LocalDate[]> early = dated(timings("datetime", "../2023-06-30", "limit", "1000"));
        List<LocalDate[]> late = dated(timings("datetime", "2023-06-30/..", "limit", "1000"));
        assertThat(early).isNotEmpty().allSatisfy(t -> assertThat(t[0]).isBeforeOrEqualTo(edge));
        assertThat(late).isNotEmpty().allSatisfy(t -> assertThat(t[1]).isAfterOrEqualTo(edge));
        assertThat(early.size()).isLessThan(late.size());
        // an empty end is open too (ISO 8601-2 "unknown", OGC 17-069r4 §7.15.4)
        assertThat(dated(timings("datetime", "/2023-06-30", "limit", "1000"))).hasSameSizeAs(early);
    }

    @Test
    void datetimeStartAndDurationIsTheClosedInterval() throws Exception {
        // ISO 8601 start/duration, which the official test suite sends
        assertThat(timings("datetime", "2025-03-01/P30D", "limit", "1000"))
                .hasSameSizeAs(timings("datetime", "2025-03-01/2025-03-31", "limit", "1000"));
        items("measures", "datetime", "2025-03-01/PT2H").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("datetime"));
    }

    @Test
    void measuresWithoutParsedTimingMatchAnyDatetime() throws Exception {
        // OGC 17-069r4 Requirement 25 C: features without a temporal geometry match every datetime
        List<LocalDate[]> all = timings("limit", "1000");
        long undated = all.stream().filter(t -> t[0] == null && t[1] == null).count();
        assertThat(undated).isPositive();
        List<LocalDate[]> longAgo = timings("datetime", "1900-01-01", "limit", "1000");
        assertThat(longAgo).hasSize((int) undated).allSatisfy(t -> assertThat(t[0]).isNull());
    }

    @Test
    void datetimeOnACollectionWithoutTimeSelectsEverything() throws Exception {
        String all = items("places", "limit", "1").andReturn().getResponse().getContentAsString();
        items("places", "datetime", "2024-08-05", "limit", "1").andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value((Integer) JsonPath.read(all, "$.numberMatched")));
    }

    @Test
    void datetimeInvalidIs400() throws Exception {
        items("measures", "datetime", "i morgon").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("datetime"));
        items("measures", "datetime", "2024-09-01/2024-08-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("datetime"));
        items("places", "datetime", "..").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("datetime"));
    }

    @Test
    void measuresAdvertiseTheirTemporalExtent() throws Exception {
        // from the earliest start to the end of the latest end of the measures' parsed timings
        List<LocalDate[]> all = timings("limit", "1000");
        LocalDate first = all.stream().map(t -> t[0]).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(t -> t[1]).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
        mvc.perform(get("/ogc/collections/measures").with(lasare()))
                .andExpect(jsonPath("$.extent.temporal.interval[0][0]").value(first + "T00:00:00Z"))
                .andExpect(jsonPath("$.extent.temporal.interval[0][1]").value(last + "T23:59:59Z"))
                .andExpect(jsonPath("$.extent.temporal.trs").value("http://www.opengis.net/def/uri/ISO-8601/0/Gregorian"));
        mvc.perform(get("/ogc/collections/places").with(lasare()))
                .andExpect(jsonPath("$.extent.spatial").exists())
                .andExpect(jsonPath("$.extent.temporal").doesNotExist());
    }

    @Test
    void unknownParameterIs400NamingIt() throws Exception {
        items("places", "färg", "röd").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.field").value("färg"));
        items("districts", "mine", "true").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("mine"));
    }

    @Test
    void bboxWithSixNumbersIgnoresTheHeights() throws Exception {
        String flat = items("places", "bbox", "17.82,59.36,17.85,59.37").andReturn().getResponse().getContentAsString();
        int matched = JsonPath.read(flat, "$.numberMatched");
        assertThat(matched).isPositive();
        items("places", "bbox", "17.82,59.36,-10,17.85,59.37,250.5").andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(matched));
    }

    @Test
    void bboxOutsideSwedenIsAnEmptyCollection() throws Exception {
        for (String collection : List.of("places", "measures", "targets", "districts")) {
            items(collection, "bbox", "-80,-5,-70,5").andExpect(status().isOk())
                    .andExpect(jsonPath("$.type").value("FeatureCollection"))
                    .andExpect(jsonPath("$.numberMatched").value(0))
                    .andExpect(jsonPath("$.numberReturned").value(0))
                    .andExpect(jsonPath("$.features").isEmpty());
        }
        items("places", "bbox", "-180,85,180,90").andExpect(status().isOk()).andExpect(jsonPath("$.numberMatched").value(0));
    }

    @Test
    void bboxAcrossTheAntimeridian() throws Exception {
        // west 177 > east -177: the box wraps around the back of the globe, far from Stockholm
        items("places", "bbox", "177,65,-177,70").andExpect(status().isOk()).andExpect(jsonPath("$.numberMatched").value(0));
        // west 170 > east 17.85: from 170° eastwards over the antimeridian to 17.85°, so Hässelby torg is inside
        items("places", "bbox", "170,59.36,17.85,59.37", "limit", "1000").andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].properties.code", hasItem("hasselby-torg")))
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(org.hamcrest.Matchers.is("hasselby-vallingby"))));
    }

    @Test
    void bboxOffTheGlobeIs400() throws Exception {
        items("places", "bbox", "17,-91,18,59").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
        items("places", "bbox", "17,60,18,59").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
        items("places", "bbox", "17,59,181,60").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
    }

    @Test
    void openApiDefinesTheQueryParametersAsTheStandardDoes() throws Exception {
        // OGC 17-069r4 /req/core/fc-limit-definition, fc-bbox-definition, fc-time-definition
        String doc = mvc.perform(get("/ogc/api").with(lasare())).andReturn().getResponse().getContentAsString();
        for (String name : List.of("limit", "bbox", "datetime")) {
            assertThat((String) JsonPath.read(doc, "$.components.parameters." + name + ".style")).isEqualTo("form");
            assertThat((Boolean) JsonPath.read(doc, "$.components.parameters." + name + ".explode")).isFalse();
            assertThat((Boolean) JsonPath.read(doc, "$.components.parameters." + name + ".required")).isFalse();
        }
        assertThat((Integer) JsonPath.read(doc, "$.components.parameters.bbox.schema.minItems")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(doc, "$.components.parameters.bbox.schema.maxItems")).isEqualTo(6);
        // the list filters are part of the definition, so they are not "unknown"
        List<String> refs = JsonPath.read(doc, "$.paths['/collections/{collectionId}/items'].get.parameters[*].$ref");
        assertThat(refs).contains("#/components/parameters/district", "#/components/parameters/approximate");
    }

    @Test
    void singleItem() throws Exception {
        long id = fixtures.place("hasselby-torg").getId();
        mvc.perform(get("/ogc/collections/places/items/" + id).with(lasare()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/geo+json")))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.links[0].href").value("http://localhost/ogc/collections/places/items/" + id));
    }

    @Test
    void unknownItemIs404() throws Exception {
        mvc.perform(get("/ogc/collections/places/items/999999999").with(lasare())).andExpect(status().isNotFound());
        mvc.perform(get("/ogc/collections/places/items/abc").with(lasare())).andExpect(status().isNotFound());
    }

    @Test
    void htmlOnRequestAndEscaped() throws Exception {
        mvc.perform(post("/api/places").with(strateg()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"<script>alert(1)</script> torg\","
                                + "\"kind\":\"torg\",\"district\":\"hasselby-vallingby\"}}"))
                .andExpect(status().isCreated());
        items("places", "f", "html", "limit", "1000")
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; torg")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/ogc/collections").with(lasare()).header("Accept", "text/html,application/xhtml+xml"))
                .andExpect(header().string("Content-Type", startsWith("text/html")));
        items("places", "f", "xml").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("f"));
    }

    @Test
    void policeNoteOnlyForPolice() throws Exception {
        var measure = fixtures.measure("hv25-2-06-a");
        mvc.perform(put("/api/measures/" + measure.getId() + "/police-note").with(polis())
                .contentType(MediaType.APPLICATION_JSON).content("{\"policeNote\":\"OGC-POLIS-5521\"}"))
                .andExpect(status().isOk());
        String path = "/ogc/collections/measures/items/" + measure.getId();
        mvc.perform(get(path).with(lasare())).andExpect(content().string(not(containsString("OGC-POLIS-5521"))));
        mvc.perform(get(path).with(strateg())).andExpect(content().string(not(containsString("OGC-POLIS-5521"))));
        mvc.perform(get(path).param("f", "html").with(lasare())).andExpect(content().string(not(containsString("OGC-POLIS-5521"))));
        mvc.perform(get("/ogc/collections/measures/items").param("limit", "1000").with(lasare()))
                .andExpect(content().string(not(containsString("OGC-POLIS-5521"))));
        mvc.perform(get(path).with(polis())).andExpect(jsonPath("$.properties.policeNote").value("OGC-POLIS-5521"));
    }

    @Test
    void signInRequired() throws Exception {
        mvc.perform(get("/ogc/collections")).andExpect(status().isUnauthorized());
    }
}
