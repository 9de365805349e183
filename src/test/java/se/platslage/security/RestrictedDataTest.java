package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.DemoLogins;

/**
 * Police-only text must not reach a non-police user through any path. The test writes unmistakable
 * police-only texts, then reads every endpoint that returns data as every role and looks for them in the
 * raw response bytes, so a new property or a new endpoint that leaks them fails here.
 */
@BothDatabases
@Transactional
class RestrictedDataTest {

    static final String MEASURE_NOTE = "POLISHEMLIGT-ÅTGÄRD-7731";
    static final String PROBLEM_NOTE = "POLISHEMLIGT-PROBLEM-7732";
    static final String FOLLOW_UP_NOTE = "POLISHEMLIGT-UPPFÖLJNING-7733";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void policeOnlyTextReachesPoliceAndAdminsOnly() throws Exception {
        var measure = fixtures.measure("hv25-2-06-a");
        var problem = measure.getProblem();
        long plan = fixtures.planId("hasselby-vallingby-2025");
        send(put("/api/measures/" + measure.getId() + "/police-note"), "{\"policeNote\":\"" + MEASURE_NOTE + "\"}");
        send(put("/api/problems/" + problem.getId() + "/police-note"), "{\"policeNote\":\"" + PROBLEM_NOTE + "\"}");
        send(post("/api/measures/" + measure.getId() + "/follow-ups"),
                "{\"status\":\"ongoing\",\"text\":\"" + FOLLOW_UP_NOTE + "\",\"restricted\":true}");

        List<String> paths = List.of(
                "/api/measures?limit=1000", "/api/measures/" + measure.getId(),
                "/api/measures?text=" + MEASURE_NOTE, "/api/measures?place=" + problem.getPlaces().iterator().next().getId(),
                "/api/measures/" + measure.getId() + "/follow-ups", "/api/measures/" + measure.getId() + "/history",
                "/api/problems?limit=1000", "/api/problems/" + problem.getId(),
                "/api/problems/" + problem.getId() + "/history", "/api/plans/" + plan + "/summary",
                "/api/places?limit=1000", "/api/targets", "/api/audit", "/api/deleted");

        List<String> leaks = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String role : List.of("admin", "polis", "strateg", "parkingenjor", "lasare")) {
            boolean police = role.equals("admin") || role.equals("polis");
            for (String path : paths) {
                String body = mvc.perform(get(path).with(DemoLogins.as(role))).andReturn().getResponse()
                        .getContentAsString();
                for (String secret : List.of(MEASURE_NOTE, PROBLEM_NOTE, FOLLOW_UP_NOTE)) {
                    if (body.contains(secret)) {
                        (police ? seen : leaks).add(role + " " + path + " " + secret);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
        // The police do see them, on the measure, the problem, the follow-ups and the history.
        assertThat(seen).contains("polis /api/measures/" + measure.getId() + " " + MEASURE_NOTE,
                "polis /api/problems/" + problem.getId() + " " + PROBLEM_NOTE,
                "polis /api/measures/" + measure.getId() + "/follow-ups " + FOLLOW_UP_NOTE,
                "polis /api/measures/" + measure.getId() + "/history " + MEASURE_NOTE,
                "admin /api/audit " + MEASURE_NOTE);
    }

    @Test
    void aRestrictedFollowUpKeepsItsStatusForEveryone() throws Exception {
        var measure = fixtures.measure("hv25-2-06-a");
        send(post("/api/measures/" + measure.getId() + "/follow-ups"),
                "{\"date\":\"2025-10-01\",\"status\":\"partially-done\",\"text\":\"" + FOLLOW_UP_NOTE + "\",\"restricted\":true}");
        String body = mvc.perform(get("/api/measures/" + measure.getId() + "/follow-ups").with(DemoLogins.lasare()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":\"partially-done\"").contains("\"restricted\":true")
                .doesNotContain(FOLLOW_UP_NOTE);
    }

    @Test
    void onlyPoliceAndAdminsMarkNotesRestricted() throws Exception {
        var measure = fixtures.measure("hv25-2-02-a");
        int status = mvc.perform(post("/api/measures/" + measure.getId() + "/follow-ups").with(DemoLogins.strateg())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ongoing\",\"text\":\"x\",\"restricted\":true}"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void demoModeHasPoliceNotesOnThePoliceMeasuresAtHasselbyTorgAndMaltesholmstorget() {
        assertThat(fixtures.measure("hv25-2-06-a").getPoliceNote()).contains("polisnärvaro");
        assertThat(fixtures.measure("hv25-2-17-a").getPoliceNote()).contains("avvisningar");
    }

    private void send(MockHttpServletRequestBuilder request, String body) throws Exception {
        int status = mvc.perform(request.with(DemoLogins.polis()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(300);
    }
}
