package se.platslage.problem;

import static se.platslage.DemoLogins.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.place.PlaceRepository;
import se.platslage.plan.PlanRepository;

@BothDatabases
@Transactional
class ProblemApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanRepository plans;

    @Autowired
    PlaceRepository places;

    @Autowired
    ProblemRepository problems;

    @Test
    void theEighteenProblemsOfArea2OnHasselbyTorgAndMaltesholmstorget() throws Exception {
        mvc.perform(get("/api/problems").param("plan", "hasselby-vallingby-2025").param("priorityArea", "2").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(18))
                .andExpect(jsonPath("$.items[*].priorityArea", everyItem(is(2))))
                .andExpect(jsonPath("$.items[0].causes[0].description").isNotEmpty());
    }

    @Test
    void createUpdateAndDeleteAProblem() throws Exception {
        long plan = plans.findByCode("hasselby-vallingby-2025").orElseThrow().getId();
        long torg = places.findByCode("hasselby-torg").orElseThrow().getId();
        String created = mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":" + plan + ",\"priorityArea\":2,\"description\":\"Nedskräpning\","
                                + "\"places\":[" + torg + "],\"causes\":[{\"description\":\"För få papperskorgar\"}]}").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.places[0].name").value("Hässelby torg"))
                .andExpect(jsonPath("$.causes[0].description").value("För få papperskorgar"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        int causeId = JsonPath.read(created, "$.causes[0].id");

        mvc.perform(put("/api/problems/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plan\":" + plan + ",\"priorityArea\":2,\"description\":\"Nedskräpning kvällstid\","
                                + "\"places\":[],\"causes\":[{\"id\":" + causeId + ",\"description\":\"Få korgar\"},"
                                + "{\"description\":\"Ingen tömning på helger\"}],\"version\":0}").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places.length()").value(0))
                .andExpect(jsonPath("$.causes[0].description").value("Få korgar"))
                .andExpect(jsonPath("$.causes[1].description").value("Ingen tömning på helger"));

        mvc.perform(delete("/api/problems/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/problems/" + id).with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/problems/" + id + "/history").with(admin()))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("create", "update", "delete")));
    }

    @Test
    void aProblemWithMeasuresIsNotDeleted() throws Exception {
        Problem withMeasures = problems.findAll().stream().filter(p -> p.getRef() != null).findFirst().orElseThrow();
        mvc.perform(delete("/api/problems/" + withMeasures.getId()).with(admin())).andExpect(status().isConflict());
        assertThat(problems.findById(withMeasures.getId())).isPresent();
    }

    @Test
    void badProblemsNameTheirField() throws Exception {
        long plan = plans.findByCode("hasselby-vallingby-2025").orElseThrow().getId();
        long before = problems.count();
        String[][] cases = {
                {"{\"plan\":999999,\"priorityArea\":2,\"description\":\"x\"}", "plan"},
                {"{\"plan\":" + plan + ",\"priorityArea\":42,\"description\":\"x\"}", "priorityArea"},
                {"{\"plan\":" + plan + ",\"priorityArea\":2}", "description"},
                {"{\"plan\":" + plan + ",\"priorityArea\":\"två\",\"description\":\"x\"}", "priorityArea"},
                {"{\"plan\":" + plan + ",\"priorityArea\":2,\"description\":\"x\",\"places\":[\"torg\"]}", "places[0]"},
                {"[1,2,3]", "body"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/problems").contentType(MediaType.APPLICATION_JSON).content(c[0]).with(admin()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        assertThat(problems.count()).isEqualTo(before);
    }
}
