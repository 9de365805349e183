package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.vocabulary.MeasureStatus;

@BothDatabases
@Transactional
class MeasureApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasureRepository measures;

    private Measure firstMeasureOf(String planCode, int area) {
        return measures.findAll().stream()
                .filter(m -> m.getProblem().getPriorityArea().getPlan().getCode().equals(planCode))
                .filter(m -> m.getProblem().getPriorityArea().getNumber() == area)
                .filter(m -> m.getFollowUps().isEmpty())
                .findFirst().orElseThrow();
    }

    private String requestFor(Measure m, String statusJson, Long version) {
        return "{\"problem\":" + m.getProblem().getId() + ",\"description\":\"" + "Ny text" + "\",\"category\":\""
                + m.getCategory().code() + "\",\"timing\":\"V 32-33 2025\",\"responsible\":\"Parkingenjör\""
                + (statusJson == null ? "" : ",\"status\":" + statusJson)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @Test
    void measureFeaturesCarryWhatTheMapShows() throws Exception {
        mvc.perform(get("/api/measures").param("plan", "hasselby-vallingby-2025").param("priorityArea", "2").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(18))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[*].properties.status", everyItem(
                        org.hamcrest.Matchers.in(java.util.Arrays.stream(MeasureStatus.values()).map(MeasureStatus::code).toList()))))
                .andExpect(jsonPath("$.features[0].properties.category").isNotEmpty())
                .andExpect(jsonPath("$.features[0].properties.responsible").isNotEmpty())
                .andExpect(jsonPath("$.features[0].properties.timing").isNotEmpty())
                .andExpect(jsonPath("$.features[0].properties.placeName").isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"done", "ongoing", "not-started", "partially-done", "not-done-as-planned", "removed"})
    void filteringByStatusReturnsOnlyThatStatus(String wanted) throws Exception {
        mvc.perform(get("/api/measures").param("status", wanted).param("limit", "1000").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].properties.status", everyItem(is(wanted))));
    }

    @Test
    void theSodermalmFollowUpHasDoneMeasures() throws Exception {
        mvc.perform(get("/api/measures").param("plan", "sodermalm-2024").param("status", "done").with(admin()))
                .andExpect(jsonPath("$.numberMatched").value(greaterThan(0)));
    }

    @Test
    void filtersCombine() throws Exception {
        mvc.perform(get("/api/measures").param("district", "hasselby-vallingby").param("category", "physical,police")
                        .param("year", "2025").with(admin()))
                .andExpect(jsonPath("$.features[*].properties.district", everyItem(is("hasselby-vallingby"))))
                .andExpect(jsonPath("$.features[*].properties.year", everyItem(is(2025))))
                .andExpect(jsonPath("$.features[*].properties.category",
                        everyItem(org.hamcrest.Matchers.in(List.of("physical", "police")))));
    }

    @Test
    void textAndResponsibleFiltersAreCaseInsensitiveContains() throws Exception {
        mvc.perform(get("/api/measures").param("text", "HÄSSELBY TORG").with(admin()))
                .andExpect(jsonPath("$.numberMatched").value(greaterThan(0)));
        mvc.perform(get("/api/measures").param("responsible", "lpo vällingby").with(admin()))
                .andExpect(jsonPath("$.numberMatched").value(greaterThan(0)))
                .andExpect(jsonPath("$.features[*].properties.responsible",
                        everyItem(org.hamcrest.Matchers.containsStringIgnoringCase("lpo vällingby"))));
    }

    @Test
    void injectionInFiltersIsJustText() throws Exception {
        long total = measures.count();
        mvc.perform(get("/api/measures").param("text", "' OR 1=1 --").param("responsible", "%").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/measures").param("district", "x' OR '1'='1").with(admin()))
                .andExpect(jsonPath("$.numberMatched").value(0));
        assertThat(measures.count()).isEqualTo(total);
    }

    @Test
    void unknownStatusInTheFilterNamesTheField() throws Exception {
        mvc.perform(get("/api/measures").param("status", "done,finished").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not-started")));
        mvc.perform(get("/api/measures").param("year", "tjugo").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        mvc.perform(get("/api/measures").param("limit", "-1").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("limit"));
    }

    @Test
    void aFollowUpIsAppendedAndBecomesTheCurrentStatus() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-09-30\",\"status\":\"ongoing\",\"text\":\"Belysning beställd\"}").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.recordedBy").value("admin"))
                .andExpect(jsonPath("$.status").value("ongoing"));
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-12-15\",\"status\":\"done\",\"text\":\"Klart\"}").with(admin()))
                .andExpect(status().isCreated());
        // Entered late, an older meeting does not overwrite the newer status.
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2025-05-31\",\"status\":\"not-started\"}").with(admin()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/measures/" + m.getId()).with(admin()))
                .andExpect(jsonPath("$.properties.status").value("done"))
                .andExpect(jsonPath("$.properties.followUpCount").value(3));
        mvc.perform(get("/api/measures/" + m.getId() + "/follow-ups").with(admin()))
                .andExpect(jsonPath("$[*].date").value(org.hamcrest.Matchers.contains("2025-05-31", "2025-09-30",
                        "2025-12-15")));
    }

    @Test
    void aFollowUpNeedsAKnownStatusAndAPastDate() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"klart\"}").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"done\",\"date\":\"2999-01-01\"}").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(post("/api/measures/" + m.getId() + "/follow-ups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"done\",\"date\":\"igår\"}").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        assertThat(measures.findById(m.getId()).orElseThrow().getFollowUps()).isEmpty();
    }

    @Test
    void anUpdateParsesTheTimingAndKeepsTheText() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        long version = m.getVersion();
        mvc.perform(put("/api/measures/" + m.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(requestFor(m, "\"planned\"", version)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.timing").value("V 32-33 2025"))
                .andExpect(jsonPath("$.properties.timingStart").value("2025-08-04"))
                .andExpect(jsonPath("$.properties.timingEnd").value("2025-08-17"))
                .andExpect(jsonPath("$.properties.version").value((int) version + 1));
    }

    @Test
    void statusIsNotChangedByAnUpdate() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        mvc.perform(put("/api/measures/" + m.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(requestFor(m, "\"done\"", m.getVersion())).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        assertThat(measures.findById(m.getId()).orElseThrow().getDescription()).isNotEqualTo("Ny text");
    }

    @Test
    void createsAMeasureWithItsOwnGeometryAndDeletesIt() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        String body = "{\"problem\":" + m.getProblem().getId() + ",\"description\":\"Belysning längs gångvägen\","
                + "\"category\":\"physical\",\"type\":\"lighting\",\"responsible\":\"Trafikkontoret\","
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[17.8430,59.3670],[17.8436,59.3672]]}}";
        String created = mvc.perform(post("/api/measures").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometry.type").value("LineString"))
                .andExpect(jsonPath("$.properties.type").value("lighting"))
                .andExpect(jsonPath("$.properties.status").value("planned"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        mvc.perform(delete("/api/measures/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/measures/" + id).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedMeasureIsHiddenButKeptWithItsHistoryAndCanBeRestored() throws Exception {
        Measure done = measures.findAll().stream().filter(x -> !x.getFollowUps().isEmpty()).findFirst().orElseThrow();
        mvc.perform(delete("/api/measures/" + done.getId()).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/measures/" + done.getId()).with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/deleted").with(admin()))
                .andExpect(jsonPath("$[?(@.type == 'measures' && @.id == " + done.getId() + ")].deletedBy")
                        .value(org.hamcrest.Matchers.contains("admin")));
        mvc.perform(get("/api/measures/" + done.getId() + "/history").with(admin()))
                .andExpect(jsonPath("$[-1].action").value("delete"))
                .andExpect(jsonPath("$[-1].actor").value("admin"))
                .andExpect(jsonPath("$[-1].before.description").value(done.getDescription()));
    }

    @Test
    void badMeasuresNameTheirField() throws Exception {
        Measure m = firstMeasureOf("hasselby-vallingby-2025", 2);
        long before = measures.count();
        String problem = "\"problem\":" + m.getProblem().getId();
        String[][] cases = {
                {"{" + problem + ",\"description\":\"x\",\"category\":\"magic\"}", "category"},
                {"{" + problem + ",\"description\":\"x\",\"category\":\"social\",\"type\":\"lighting\"}", "type"},
                {"{" + problem + ",\"description\":\"\",\"category\":\"social\"}", "description"},
                {"{\"problem\":999999,\"description\":\"x\",\"category\":\"social\"}", "problem"},
                {"{\"problem\":\"abc\",\"description\":\"x\",\"category\":\"social\"}", "problem"},
                {"{" + problem + ",\"description\":\"x\",\"category\":\"social\",\"places\":[999999]}", "places[0]"},
                {"{" + problem + ",\"description\":\"x\",\"category\":\"physical\",\"geometry\":"
                        + "{\"type\":\"Point\",\"coordinates\":[200,100]}}", "geometry"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/measures").contentType(MediaType.APPLICATION_JSON).content(c[0]).with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        assertThat(measures.count()).isEqualTo(before);
    }
}
