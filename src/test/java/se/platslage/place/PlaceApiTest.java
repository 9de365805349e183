package se.platslage.place;

import static se.platslage.DemoLogins.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;

@BothDatabases
@Transactional
class PlaceApiTest {

    /** A small square at Hässelby gård, lon/lat. */
    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[17.8420,59.3670],[17.8425,59.3670],"
            + "[17.8425,59.3673],[17.8420,59.3673],[17.8420,59.3670]]]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    PlaceRepository places;

    static String place(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    @Test
    void listsPlacesAsGeoJsonInWgs84() throws Exception {
        mvc.perform(get("/api/places").param("district", "hasselby-vallingby").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Hässelby torg")))
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(is("hasselby-vallingby"))))
                .andExpect(jsonPath("$.features[0].geometry.coordinates").isArray());
    }

    @Test
    void bboxAroundHasselbyTorgFindsItAndNothingOnSodermalm() throws Exception {
        mvc.perform(get("/api/places").param("bbox", "17.835,59.362,17.850,59.372").with(admin()))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Hässelby torg")))
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(is("hasselby-vallingby"))));
    }

    @Test
    void walkwaysAreLines() throws Exception {
        mvc.perform(get("/api/places").param("kind", "gångväg").with(admin()))
                .andExpect(jsonPath("$.features.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.features[*].geometry.type", everyItem(is("LineString"))));
    }

    @Test
    void filtersPlacesByTheStatusOfTheirMeasures() throws Exception {
        mvc.perform(get("/api/places").param("plan", "sodermalm-2024").param("status", "done").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(is("sodermalm"))));
    }

    @Test
    void pagingClampsLimitAndReportsTheTotal() throws Exception {
        mvc.perform(get("/api/places").param("limit", "100000").with(admin()))
                .andExpect(jsonPath("$.limit").value(1000));
        String body = mvc.perform(get("/api/places").param("limit", "2").param("offset", "1").with(admin()))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andReturn().getResponse().getContentAsString();
        int matched = JsonPath.read(body, "$.numberMatched");
        assertThat(matched).isEqualTo(places.count());
    }

    @Test
    void createsAPlaceAndFindsItsDistrictFromTheGeometry() throws Exception {
        String created = mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON)
                        .content(place(SQUARE, "{\"name\":\"Testtorget\",\"kind\":\"torg\"}")).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.properties.district").value("hasselby-vallingby"))
                .andExpect(jsonPath("$.geometry.type").value("Polygon"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/places/" + id).with(admin()))
                .andExpect(jsonPath("$.properties.name").value("Testtorget"))
                .andExpect(jsonPath("$.geometry.coordinates[0][0][0]").value(17.842))
                .andExpect(jsonPath("$.geometry.coordinates[0][0][1]").value(59.367));
    }

    @Test
    void aBodyReadEarlierWithAStaleVersionIsAConflict() throws Exception {
        String created = mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON)
                        .content(place(SQUARE, "{\"name\":\"Versionstorget\",\"kind\":\"torg\"}")).with(admin()))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/places/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(place(SQUARE, "{\"name\":\"Version 2\",\"kind\":\"torg\",\"version\":0}")).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.version").value(1));
        mvc.perform(put("/api/places/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(place(SQUARE, "{\"name\":\"Stale\",\"kind\":\"torg\",\"version\":0}")).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/places/" + id).with(admin())).andExpect(jsonPath("$.properties.name").value("Version 2"));
    }

    @Test
    void aPlaceNamedByAPlanCannotBeDeleted() throws Exception {
        long id = places.findByCode("hasselby-torg").orElseThrow().getId();
        mvc.perform(delete("/api/places/" + id).with(admin())).andExpect(status().isConflict());
        assertThat(places.findById(id)).isPresent();
    }

    @Test
    void unknownPlaceIsNotFound() throws Exception {
        mvc.perform(get("/api/places/999999").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/places/abc").with(admin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }

    static Stream<Arguments> badPlaces() {
        String props = "{\"name\":\"X\",\"kind\":\"torg\"}";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"type\":\"Feature\",", "body"),
                Arguments.of("self-intersecting polygon", place("{\"type\":\"Polygon\",\"coordinates\":[[[17.842,59.367],"
                        + "[17.843,59.368],[17.843,59.367],[17.842,59.368],[17.842,59.367]]]}", props), "geometry"),
                Arguments.of("unclosed ring", place("{\"type\":\"Polygon\",\"coordinates\":[[[17.842,59.367],"
                        + "[17.843,59.367],[17.843,59.368],[17.842,59.368]]]}", props), "geometry.coordinates[0]"),
                Arguments.of("empty polygon", place("{\"type\":\"Polygon\",\"coordinates\":[]}", props),
                        "geometry.coordinates"),
                Arguments.of("line for a square", place("{\"type\":\"LineString\",\"coordinates\":[[17.842,59.367],"
                        + "[17.843,59.367]]}", props), "geometry"),
                Arguments.of("polygon for a walkway", place(SQUARE, "{\"name\":\"X\",\"kind\":\"gångväg\"}"), "geometry"),
                Arguments.of("outside Sweden", place("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}", props),
                        "geometry"),
                Arguments.of("lat,lon swapped", place("{\"type\":\"Point\",\"coordinates\":[59.367,17.842]}", props),
                        "geometry"),
                Arguments.of("unknown geometry type", place("{\"type\":\"Circle\",\"coordinates\":[17.8,59.3]}", props),
                        "geometry.type"),
                Arguments.of("unknown kind", place(SQUARE, "{\"name\":\"X\",\"kind\":\"slott\"}"), "properties.kind"),
                Arguments.of("missing name", place(SQUARE, "{\"kind\":\"torg\"}"), "properties.name"),
                Arguments.of("name of wrong type", place(SQUARE, "{\"name\":{\"a\":1},\"kind\":\"torg\"}"),
                        "properties.name"),
                Arguments.of("unknown district", place(SQUARE, "{\"name\":\"X\",\"kind\":\"torg\",\"district\":\"narnia\"}"),
                        "properties.district"),
                Arguments.of("not a Feature", "{\"type\":\"Point\",\"coordinates\":[17.8,59.3]}", "properties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlaces")
    void badInputIsAClearBadRequestAndStoresNothing(String why, String body, String field) throws Exception {
        long before = places.count();
        mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail", not(org.hamcrest.Matchers.containsString("Exception"))));
        assertThat(places.count()).isEqualTo(before);
    }
}
