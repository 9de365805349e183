package se.platslage.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.as;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.geo.Sweref;
import se.platslage.photo.SamplePhotos;
import se.platslage.place.Place;

/** Safety walks (issue 13): checklists, planning, observations on the spot, and what they become. */
@BothDatabases
@Transactional
class WalkApiTest {

    static final String HV = "hasselby-vallingby";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private Place torg() {
        return fixtures.place("hasselby-torg");
    }

    /** The torg's own point, lon/lat. */
    private Point onTheTorg() {
        return (Point) Sweref.toWgs84(torg().getGeometry().getInteriorPoint());
    }

    private long walk(String district, String startsAt, RequestPostProcessor who) throws Exception {
        String body = planWalk(district, startsAt, who).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions planWalk(String district, String startsAt, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/walks").with(who).contentType(MediaType.APPLICATION_JSON).content(
                "{\"district\":\"" + district + "\",\"title\":\"Kvällsvandring Hässelby torg\",\"startsAt\":\"" + startsAt
                        + "\",\"participants\":\"Boende, fältassistenter, Lpo Vällingby\",\"places\":[" + torg().getId()
                        + "],\"route\":{\"type\":\"LineString\",\"coordinates\":[[17.83,59.365],[17.835,59.366]]}}"));
    }

    private ResultActions observe(long walk, String json, String key, RequestPostProcessor who) throws Exception {
        var request = post("/api/walks/" + walk + "/observations").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private String rating(String parameter, int rating, String text) {
        Point p = onTheTorg();
        return "{\"lon\":" + p.getX() + ",\"lat\":" + p.getY() + ",\"source\":\"gps\",\"accuracyM\":12.5,"
                + "\"parameter\":\"" + parameter + "\",\"rating\":" + rating
                + (text == null ? "" : ",\"text\":\"" + text + "\"") + "}";
    }

    private long observation(long walk, String json, RequestPostProcessor who) throws Exception {
        String body = observe(walk, json, UUID.randomUUID().toString(), who).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void theDefaultChecklistIsSafetipinsNineParametersInSwedish() throws Exception {
        mvc.perform(get("/api/walk-checklists/" + HV).with(as("lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(true))
                .andExpect(jsonPath("$.items", hasSize(9)))
                .andExpect(jsonPath("$.items[*].code", contains("lighting", "openness", "visibility", "people",
                        "security", "walk-path", "public-transport", "gender-usage", "feeling")))
                .andExpect(jsonPath("$.items[0].label").value("Belysning"))
                .andExpect(jsonPath("$.items[0].help").isNotEmpty())
                .andExpect(jsonPath("$.actions", hasSize(0)));
    }

    @Test
    void aDistrictEditsItsChecklistAndEarlierWalksKeepTheirs() throws Exception {
        long before = walk(HV, "2026-10-14T19:00:00+02:00", as("strateg"));
        String items = "{\"items\":[{\"code\":\"lighting\",\"label\":\"Belysning\"},"
                + "{\"code\":\"graffiti\",\"label\":\"Klotter\",\"help\":\"0 = mycket, 3 = inget\"}]}";
        mvc.perform(put("/api/walk-checklists/" + HV).with(as("strateg")).contentType(MediaType.APPLICATION_JSON)
                        .content(items))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.isDefault").value(false))
                .andExpect(jsonPath("$.items[*].code", contains("lighting", "graffiti")));
        mvc.perform(put("/api/walk-checklists/sodermalm").with(as("strateg")).contentType(MediaType.APPLICATION_JSON)
                .content(items)).andExpect(status().isForbidden());
        mvc.perform(put("/api/walk-checklists/" + HV).with(as("parkingenjor")).contentType(MediaType.APPLICATION_JSON)
                .content(items)).andExpect(status().isForbidden());
        mvc.perform(put("/api/walk-checklists/" + HV).with(as("strateg")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"code\":\"a1\",\"label\":\"A\"},{\"code\":\"a1\",\"label\":\"B\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("items[1].code"));

        long after = walk(HV, "2026-11-14T19:00:00+01:00", as("strateg"));
        mvc.perform(get("/api/walks/" + after).with(admin())).andExpect(jsonPath("$.checklist", hasSize(2)));
        mvc.perform(get("/api/walks/" + before).with(admin())).andExpect(jsonPath("$.checklist", hasSize(9)));
        // A parameter of the new list is not on the earlier walk's.
        observe(before, rating("graffiti", 1, null), UUID.randomUUID().toString(), as("strateg"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("parameter"));
    }

    @Test
    void aStrategPlansAWalkInTheirDistrictOnly() throws Exception {
        planWalk(HV, "2026-11-12T18:30:00+01:00", as("strateg"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("2026-11-12T17:30:00Z"))
                .andExpect(jsonPath("$.places[0].name").value(torg().getName()))
                .andExpect(jsonPath("$.route.type").value("LineString"))
                .andExpect(jsonPath("$.participants").value("Boende, fältassistenter, Lpo Vällingby"))
                .andExpect(jsonPath("$.actions", containsInAnyOrder("edit", "delete", "observe")));
        planWalk("sodermalm", "2026-11-12T18:30:00+01:00", as("strateg")).andExpect(status().isForbidden());
        planWalk(HV, "2026-11-12T18:30:00+01:00", as("parkingenjor")).andExpect(status().isForbidden());
        planWalk(HV, "2026-11-12T18:30:00+01:00", as("lasare")).andExpect(status().isForbidden());
        mvc.perform(post("/api/walks").with(as("strateg")).contentType(MediaType.APPLICATION_JSON).content(
                        "{\"district\":\"" + HV + "\",\"title\":\"x\",\"startsAt\":\"2026-11-12T18:30:00+01:00\","
                                + "\"route\":{\"type\":\"Point\",\"coordinates\":[17.83,59.36]}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("route"));
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", as("strateg"));
        mvc.perform(get("/api/walks/" + walk).with(as("parkingenjor")))
                .andExpect(jsonPath("$.actions", contains("observe")));
        mvc.perform(get("/api/walks/" + walk).with(as("lasare"))).andExpect(jsonPath("$.actions", hasSize(0)));
        mvc.perform(get("/api/walks").param("district", HV).with(as("lasare")))
                .andExpect(jsonPath("$[*].id", hasItem((int) walk)));
    }

    @Test
    void strategParkEngineerAndPoliceRecordObservationsReadersDoNot() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        for (String role : new String[] {"strateg", "parkingenjor", "polis", "admin"}) {
            observe(walk, rating("lighting", 1, "Mörkt vid " + role), UUID.randomUUID().toString(), as(role))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.properties.recordedBy").value(role))
                    .andExpect(jsonPath("$.properties.accuracyM").value(12.5))
                    .andExpect(jsonPath("$.properties.place").value(torg().getId().intValue()))
                    .andExpect(jsonPath("$.properties.parameterLabel").value("Belysning"));
        }
        observe(walk, rating("lighting", 1, null), UUID.randomUUID().toString(), as("lasare"))
                .andExpect(status().isForbidden());
        long sodermalm = walk("sodermalm", "2026-11-12T18:30:00+01:00", admin());
        observe(sodermalm, rating("lighting", 1, null), UUID.randomUUID().toString(), as("strateg"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/walks/" + walk + "/observations").with(as("lasare")))
                .andExpect(jsonPath("$.features", hasSize(4)));
    }

    @Test
    void anObservationSentTwiceWithOneKeyIsStoredOnce() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        String key = UUID.randomUUID().toString();
        String first = observe(walk, rating("openness", 0, "Buskage skymmer"), key, as("parkingenjor"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        observe(walk, rating("openness", 0, "Buskage skymmer"), key, as("parkingenjor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(((Number) JsonPath.read(first, "$.id")).intValue()));
        mvc.perform(get("/api/walks/" + walk + "/observations").with(admin()))
                .andExpect(jsonPath("$.features", hasSize(1)));
        observe(walk, rating("openness", 0, null), null, as("parkingenjor"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    @Test
    void badObservationsNameTheirField() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        Point p = onTheTorg();
        String at = "\"lon\":" + p.getX() + ",\"lat\":" + p.getY();
        String[][] cases = {
                {"{" + at + ",\"source\":\"gps\",\"accuracyM\":5,\"parameter\":\"darkness\",\"rating\":1}", "parameter"},
                {"{" + at + ",\"source\":\"gps\",\"accuracyM\":5,\"rating\":1}", "parameter"},
                {"{" + at + ",\"source\":\"gps\",\"accuracyM\":5,\"parameter\":\"lighting\",\"rating\":4}", "rating"},
                {"{" + at + ",\"source\":\"gps\",\"text\":\"x\"}", "accuracyM"},
                {"{" + at + ",\"source\":\"map\"}", "text"},
                {"{" + at + ",\"source\":\"radar\",\"text\":\"x\"}", "source"},
                {"{\"lon\":2.35,\"lat\":48.85,\"source\":\"map\",\"text\":\"Paris\"}", "lon"},
                {"{" + at + ",\"source\":\"map\",\"text\":\"x\",\"observedAt\":\"2099-01-01T00:00:00Z\"}", "observedAt"}};
        for (String[] c : cases) {
            observe(walk, c[0], UUID.randomUUID().toString(), as("strateg"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(c[1]));
        }
        mvc.perform(get("/api/walks/" + walk + "/observations").with(admin()))
                .andExpect(jsonPath("$.features", hasSize(0)));
    }

    @Test
    void aTappedPointFarFromTheWalksPlacesConcernsNoPlace() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        observe(walk, "{\"lon\":17.70,\"lat\":59.40,\"source\":\"map\",\"text\":\"Trasig lampa\"}",
                UUID.randomUUID().toString(), as("strateg"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.properties.place").isEmpty())
                .andExpect(jsonPath("$.properties.positionSource").value("map"))
                .andExpect(jsonPath("$.properties.accuracyM").isEmpty());
    }

    @Test
    void aPoliceOnlyObservationKeepsItsTextAndPhotosFromOthers() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        String json = rating("people", 0, "Langning vid entrén").replace("}", ",\"restricted\":true}");
        observe(walk, json, UUID.randomUUID().toString(), as("strateg")).andExpect(status().isForbidden());
        long id = observation(walk, json, as("polis"));
        String photo = mvc.perform(multipart("/api/walks/" + walk + "/observations/" + id + "/photos")
                        .file(new MockMultipartFile("file", "p.jpg", "image/jpeg", SamplePhotos.plainJpeg()))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).with(as("polis")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(photo, "$.url");
        mvc.perform(get("/api/walks/" + walk + "/observations").with(as("strateg")))
                .andExpect(jsonPath("$.features[0].properties.text").isEmpty())
                .andExpect(jsonPath("$.features[0].properties.rating").value(0))
                .andExpect(jsonPath("$.features[0].properties.photos", hasSize(0)));
        mvc.perform(get(url).with(as("strateg"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/walks/" + walk + "/observations").with(as("polis")))
                .andExpect(jsonPath("$.features[0].properties.text").value("Langning vid entrén"))
                .andExpect(jsonPath("$.features[0].properties.photos", hasSize(1)));
        mvc.perform(get(url).with(as("polis"))).andExpect(status().isOk());
    }

    @Test
    void anObservationBecomesAProblemAndAMeasureLinkedBothWays() throws Exception {
        long walk = walk(HV, "2026-11-12T18:30:00+01:00", admin());
        long id = observation(walk, rating("lighting", 0, "Belysningen trasig längs gångvägen"), as("parkingenjor"));
        long plan = fixtures.planId("hasselby-vallingby-2025");
        String toProblem = "{\"plan\":" + plan + ",\"causeText\":\"Trasig belysning\"}";
        mvc.perform(post("/api/walks/" + walk + "/observations/" + id + "/problem").with(as("parkingenjor"))
                .contentType(MediaType.APPLICATION_JSON).content(toProblem)).andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/walks/" + walk + "/observations/" + id + "/problem").with(as("strateg"))
                        .contentType(MediaType.APPLICATION_JSON).content(toProblem))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.problem.description").value(org.hamcrest.Matchers.containsString(
                        "Belysningen trasig längs gångvägen")))
                .andReturn().getResponse().getContentAsString();
        long problem = ((Number) JsonPath.read(body, "$.problem.id")).longValue();
        mvc.perform(get("/api/problems/" + problem).with(admin()))
                .andExpect(jsonPath("$.places[0].id").value(torg().getId().intValue()));

        body = mvc.perform(post("/api/walks/" + walk + "/observations/" + id + "/measure").with(as("strateg"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"Byt armaturer längs gångvägen\",\"responsible\":\"Parkingenjör\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.observation.properties.problem").value((int) problem))
                .andReturn().getResponse().getContentAsString();
        long measure = ((Number) JsonPath.read(body, "$.measure.id")).longValue();
        mvc.perform(get("/api/walks/observations").param("measure", String.valueOf(measure)).with(as("lasare")))
                .andExpect(jsonPath("$[*].id", contains((int) id)))
                .andExpect(jsonPath("$[0].properties.walkTitle").value("Kvällsvandring Hässelby torg"));
        mvc.perform(get("/api/walks/observations").param("problem", String.valueOf(problem)).with(as("lasare")))
                .andExpect(jsonPath("$[*].id", contains((int) id)));
        mvc.perform(post("/api/walks/" + walk + "/observations/" + id + "/measure").with(as("strateg"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"Igen\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void aPlacesScoreIsFollowedWalkByWalk() throws Exception {
        long autumn = walk(HV, "2026-10-01T19:00:00+02:00", admin());
        observation(autumn, rating("lighting", 0, null), as("strateg"));
        observation(autumn, rating("openness", 1, null), as("strateg"));
        long spring = walk(HV, "2026-11-20T19:00:00+01:00", admin());
        observation(spring, rating("lighting", 3, null), as("strateg"));
        observation(spring, rating("openness", 2, null), as("strateg"));

        mvc.perform(get("/api/walks/ratings").param("place", torg().getId().toString()).with(as("lasare")))
                .andExpect(jsonPath("$.walks[*].walk", contains((int) autumn, (int) spring)))
                .andExpect(jsonPath("$.walks[0].score").value(0.5))
                .andExpect(jsonPath("$.walks[0].scoreClass").value("poor"))
                .andExpect(jsonPath("$.walks[0].parameters.lighting").value(0.0))
                .andExpect(jsonPath("$.walks[1].score").value(2.5))
                .andExpect(jsonPath("$.walks[1].scoreClass").value("good"));
        String layer = mvc.perform(get("/api/walks/scores").param("district", HV).with(as("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((java.util.List<Object>) JsonPath.read(layer, "$.features[?(@.id == " + torg().getId()
                + ")].properties.score")).containsExactly(2.5);
        assertThat((java.util.List<Object>) JsonPath.read(layer, "$.features[?(@.id == " + torg().getId()
                + ")].properties.glyph")).containsExactly("✓");
        mvc.perform(get("/api/walks/scores").param("district", "sodermalm").with(as("lasare")))
                .andExpect(jsonPath("$.features[*].id", not(hasItem(torg().getId().intValue()))));
    }

    @Test
    void thePlansFollowUpWorkbookListsTheWalksObservationsOfItsYear() throws Exception {
        long walk = walk(HV, "2025-10-01T19:00:00+02:00", admin());
        observation(walk, rating("lighting", 0, "Mörkt bakom kiosken"), as("strateg"));
        observation(walk, rating("people", 1, "Langning").replace("}", ",\"restricted\":true}"), as("polis"));
        long otherYear = walk(HV, "2026-10-01T19:00:00+02:00", admin());
        observation(otherYear, rating("lighting", 3, "Nya lampor"), as("strateg"));
        long plan = fixtures.planId("hasselby-vallingby-2025");
        byte[] xlsx = mvc.perform(get("/api/plans/" + plan + "/follow-up.xlsx").with(as("strateg")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Trygghetsvandringar");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Betyg (0–3)");
            java.util.List<String> texts = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                texts.add(sheet.getRow(r).getCell(5).getStringCellValue());
            }
            // The plan's year only; a police-only text stays police-only in the workbook too.
            assertThat(texts).containsExactly("Mörkt bakom kiosken", "(begränsad: endast polis)");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Belysning");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.0);
            // The template's own sheets are still there, first.
            assertThat(book.getSheetIndex("Trygghetsvandringar")).isEqualTo(book.getNumberOfSheets() - 1);
        }
    }
}
