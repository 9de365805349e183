package se.platslage.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.parkingenjor;
import static se.platslage.DemoLogins.strateg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;

/**
 * Positions to check (GET /api/places?approximate=true) and a GIS file of corrected geometries
 * (POST /api/places/geometries): what the district's GIS staff use to replace the estimated outlines.
 */
@BothDatabases
@Transactional
class PlaceGeometryCorrectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    PlaceRepository places;

    @Autowired
    JdbcTemplate jdbc;

    /** The codes geodata itself marks as worse than 30 m or without an accuracy. */
    static Set<String> approximateInGeodata() throws IOException {
        Set<String> codes = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("geodata/places"))) {
            for (Path file : files.toList()) {
                for (JsonNode f : JSON.readTree(file.toFile()).get("features")) {
                    JsonNode accuracy = f.path("properties").get("accuracyM");
                    if (!f.path("geometry").isNull() && (accuracy == null || accuracy.asInt() > PlaceAccuracy.TARGET_M)) {
                        codes.add(f.path("properties").path("id").asText());
                    }
                }
            }
        }
        return codes;
    }

    @Test
    void positionsToCheckAreExactlyThePlacesGeodataMarksApproximate() throws Exception {
        Set<String> expected = approximateInGeodata();
        assertThat(expected).contains("maltesholmstorget-gangvag-kyrkan-brf", "tantolunden")
                .doesNotContain("hasselby-torg", "maltesholmstorget");
        String body = mvc.perform(get("/api/places").param("approximate", "true").param("limit", "1000").with(admin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.features[*].properties.code");
        List<Boolean> flags = JsonPath.read(body, "$.features[*].properties.approximate");
        assertThat(new HashSet<>(codes)).isEqualTo(expected);
        assertThat(flags).containsOnly(true);
        mvc.perform(get("/api/places").param("text", "Hässelby torg").with(admin()))
                .andExpect(jsonPath("$.features[0].properties.approximate").value(false));
        mvc.perform(get("/api/places").param("approximate", "kanske").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("approximate"));
    }

    @Test
    void aDryRunReportsHowFarEachPlaceMovesAndWritesNothing() throws Exception {
        Place place = places.findByCode("alvsjo-centrum").orElseThrow();
        Geometry before = place.getGeometry().copy();
        long version = place.getVersion();
        String file = collection(feature(place.getId(), shifted(place, 20, 0), 5, "Ritad mot stadens baskarta"));

        mvc.perform(post("/api/places/geometries").param("dryRun", "true").contentType("application/geo+json")
                        .content(file).with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.changed").value(1))
                .andExpect(jsonPath("$.places[0].code").value("alvsjo-centrum"))
                .andExpect(jsonPath("$.places[0].shiftM").value(org.hamcrest.Matchers.closeTo(20.0, 0.5)))
                .andExpect(jsonPath("$.places[0].accuracyBefore").value(50))
                .andExpect(jsonPath("$.places[0].accuracyAfter").value(5))
                .andExpect(jsonPath("$.places[0].approximate").value(false));

        Place after = places.findById(place.getId()).orElseThrow();
        assertThat(after.getGeometry().equalsExact(before, 1e-6)).isTrue();
        assertThat(after.getAccuracyM()).isEqualTo(50);
        assertThat(after.getVersion()).isEqualTo(version);
    }

    @Test
    void aCorrectionMovesThePlaceRecordsHowAndLeavesItOffTheListToCheck() throws Exception {
        Place place = places.findByCode("tantolunden").orElseThrow();
        double x = place.getGeometry().getCentroid().getX();
        String file = collection(feature(place.getId(), shifted(place, -12, 7), 3, "Ritad i QGIS mot baskartan 2026"));

        mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(file).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.changed").value(1));

        String read = mvc.perform(get("/api/places/" + place.getId()).with(admin()))
                .andExpect(jsonPath("$.properties.accuracyM").value(3))
                .andExpect(jsonPath("$.properties.approximate").value(false))
                .andExpect(jsonPath("$.properties.digitised").value("Ritad i QGIS mot baskartan 2026"))
                .andReturn().getResponse().getContentAsString();
        Geometry stored = Sweref.fromWgs84(GeoJsonGeometries.read(JSON.readTree(read).get("geometry"), "geometry"));
        assertThat(stored.getCentroid().getX()).isCloseTo(x - 12, within(0.05));
        // The source a file does not restate is kept.
        assertThat(JsonPath.<String>read(read, "$.properties.source")).isNotBlank();

        List<String> toCheck = JsonPath.read(mvc.perform(get("/api/places").param("approximate", "true")
                .param("limit", "1000").with(admin())).andReturn().getResponse().getContentAsString(),
                "$.features[*].properties.code");
        assertThat(toCheck).doesNotContain("tantolunden").contains("maltesholmstorget-gangvag-kyrkan-brf");
        List<java.util.Map<String, Object>> history = JsonPath.read(mvc.perform(get("/api/places/" + place.getId()
                + "/history").with(admin())).andReturn().getResponse().getContentAsString(), "$");
        java.util.Map<String, Object> last = history.get(history.size() - 1);
        assertThat(last).containsEntry("action", "update").containsEntry("actor", "admin");
        assertThat(JsonPath.<Integer>read(last, "$.before.accuracyM")).isEqualTo(60);
        assertThat(JsonPath.<Integer>read(last, "$.after.accuracyM")).isEqualTo(3);
    }

    @Test
    void aFileInSwerefWithItsCrsNamedIsTakenAsItIs() throws Exception {
        Place place = places.findByCode("fatbursparken").orElseThrow();
        Geometry moved = AffineTransformation.translationInstance(5, -8).transform(place.getGeometry());
        ObjectNode feature = JSON.createObjectNode().put("type", "Feature");
        ArrayNode ring = feature.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
        for (var c : moved.getCoordinates()) {
            ring.addArray().add(c.getX()).add(c.getY());
        }
        feature.putObject("properties").put("code", "fatbursparken").put("accuracyM", 2).put("digitised", "Baskartan");
        ObjectNode file = JSON.createObjectNode().put("type", "FeatureCollection");
        file.putObject("crs").put("type", "name").putObject("properties").put("name", "urn:ogc:def:crs:EPSG::3006");
        file.putArray("features").add(feature);

        mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(file.toString())
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places[0].shiftM").value(org.hamcrest.Matchers.closeTo(Math.hypot(5, 8), 0.1)));
        assertThat(places.findById(place.getId()).orElseThrow().getGeometry().equalsExact(moved, 0.01)).isTrue();
    }

    @Test
    void anExportSentBackUnchangedChangesNothing() throws Exception {
        String export = mvc.perform(get("/api/places").param("district", "sodermalm").param("limit", "1000").with(admin()))
                .andReturn().getResponse().getContentAsString();
        long updatesBefore = updates();
        mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(export).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features").value(JsonPath.<Integer>read(export, "$.features.length()")))
                .andExpect(jsonPath("$.changed").value(0));
        assertThat(updates()).isEqualTo(updatesBefore);
    }

    @Test
    void aFileWithMistakesChangesNothingAndNamesEveryMistake() throws Exception {
        Place good = places.findByCode("maltesholmstorget").orElseThrow();
        Place walkway = places.findByCode("maltesholmstorget-gangvag-kyrkan-brf").orElseThrow();
        Place park = places.findByCode("drakenbergsparken").orElseThrow();
        Geometry before = good.getGeometry().copy();
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[17.832,59.361],[17.833,59.362],[17.833,59.361],"
                + "[17.832,59.362],[17.832,59.361]]]}";
        String point = "{\"type\":\"Point\",\"coordinates\":[17.8325,59.3612]}";
        String sweref = "{\"type\":\"Point\",\"coordinates\":[664000,6584000]}";
        String file = collection(
                feature(good.getId(), shifted(good, 10, 0), 5, "Baskartan"),
                "{\"type\":\"Feature\",\"geometry\":" + point + ",\"properties\":{\"code\":\"finns-inte\",\"accuracyM\":5,"
                        + "\"digitised\":\"x\"}}",
                feature(park.getId(), bowtie, 5, "x"),
                "{\"type\":\"Feature\",\"geometry\":" + shifted(park, 3, 3) + ",\"properties\":{\"id\":" + park.getId()
                        + ",\"digitised\":\"x\"}}",
                feature(walkway.getId(), point, 5, "x"),
                feature(park.getId(), shifted(good, 0, 0), 5, "ny"),
                feature(walkway.getId(), shifted(walkway, 4, 0), 5, walkway.getDigitised()),
                feature(good.getId(), sweref, 5, "x"));

        String problem = mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(file)
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("features[1].properties.code"))
                .andReturn().getResponse().getContentAsString();
        List<String> fields = JsonPath.read(problem, "$.errors[*].field");
        assertThat(fields).containsExactly(
                "features[1].properties.code",            // no such place
                "features[2].geometry",                   // self-intersecting
                "features[3].properties.accuracyM",       // missing
                "features[4].geometry",                   // a point for a walkway
                "features[5].geometry",                   // Drakenbergsparken drawn in Hässelby
                "features[6].properties.digitised",       // moved, but still described as the old estimate
                "features[7].geometry");                  // SWEREF metres in a file without crs
        assertThat(JsonPath.<String>read(problem, "$.errors[6].message")).contains("SWEREF 99 TM");
        assertThat(places.findById(good.getId()).orElseThrow().getGeometry().equalsExact(before, 1e-6)).isTrue();
    }

    @Test
    void aStaleVersionIsReportedForTheFeatureThatHasIt() throws Exception {
        Place place = places.findByCode("bysistappan").orElseThrow();
        String file = collection("{\"type\":\"Feature\",\"geometry\":" + shifted(place, 1, 1) + ",\"properties\":{\"id\":"
                + place.getId() + ",\"version\":" + (place.getVersion() + 7) + ",\"accuracyM\":5,\"digitised\":\"x\"}}");
        mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(file).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("features[0].properties.version"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("export it again")));
    }

    @Test
    void onlyThoseWhoEditTheDistrictMayCorrectIt() throws Exception {
        Place sodermalm = places.findByCode("tantolunden").orElseThrow();
        Place hasselby = places.findByCode("maltesholmstorget").orElseThrow();
        String both = collection(feature(hasselby.getId(), shifted(hasselby, 5, 0), 5, "a"),
                feature(sodermalm.getId(), shifted(sodermalm, 5, 0), 5, "b"));
        for (RequestPostProcessor who : List.of(lasare(), parkingenjor(), strateg())) {
            mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(both).with(who))
                    .andExpect(status().isForbidden());
        }
        assertThat(places.findById(hasselby.getId()).orElseThrow().getAccuracyM()).isEqualTo(10);
    }

    @Test
    void whatIsNotAFileOfFeaturesIsRefusedByName() throws Exception {
        expectField("{\"type\":\"Feature\"}", "type");
        expectField("{\"type\":\"FeatureCollection\",\"features\":[]}", "features");
        expectField("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},"
                + "\"features\":[{}]}", "crs");
        expectField("[1,2]", "type");
    }

    private void expectField(String body, String field) throws Exception {
        mvc.perform(post("/api/places/geometries").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    private long updates() {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'place'", Long.class);
    }

    /** The place's geometry moved east and north by metres, as a WGS84 GeoJSON geometry. */
    private static String shifted(Place place, double east, double north) {
        Geometry moved = AffineTransformation.translationInstance(east, north).transform(place.getGeometry());
        return GeoJsonGeometries.write(Sweref.toWgs84(moved)).toString();
    }

    private static String feature(long id, String geometry, int accuracyM, String digitised) {
        ObjectNode properties = JSON.createObjectNode().put("id", id).put("accuracyM", accuracyM).put("digitised", digitised);
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
