package se.platslage.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.strateg;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** Error answers: one vocabulary of problem types, and a role's rights checked before a body's rules. */
@BothDatabases
@Transactional
class ProblemAnswersApiTest {

    /** Well-formed JSON that breaks the place rules: no name, an unknown kind, a geometry that is no geometry. */
    private static final String MALFORMED_PLACE = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[]},\"properties\":{\"kind\":\"slott\"}}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private static void hasType(ResultActions answer, int status, String type) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("https://platslage.se/problems/" + type))
                .andExpect(jsonPath("$.status").value(status));
    }

    @Test
    void aViewerPostingAMalformedPlaceIsForbiddenWithoutLearningTheRules() throws Exception {
        // the body is wrong: an editor is told why
        mvc.perform(post("/api/places").with(strateg()).contentType(MediaType.APPLICATION_JSON).content(MALFORMED_PLACE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").exists());
        // a viewer may not create places at all: 403, and nothing about the fields
        hasType(mvc.perform(post("/api/places").with(lasare()).contentType(MediaType.APPLICATION_JSON)
                .content(MALFORMED_PLACE)), 403, "forbidden");
        mvc.perform(post("/api/places").with(lasare()).contentType(MediaType.APPLICATION_JSON).content(MALFORMED_PLACE))
                .andExpect(jsonPath("$.detail").value(containsString("only reads")))
                .andExpect(jsonPath("$.field").doesNotExist())
                .andExpect(jsonPath("$.errors").doesNotExist());
        long measure = fixtures.measure("hv25-2-02-a").getId();
        mvc.perform(put("/api/measures/" + measure).with(lasare()).contentType(MediaType.APPLICATION_JSON).content("{]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/measures/" + measure + "/follow-ups").with(lasare()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"kanske\"}")).andExpect(status().isForbidden());
    }

    @Test
    void aViewerStillManagesTheirOwnAccount() throws Exception {
        mvc.perform(post("/api/me/tokens").with(lasare()).contentType(MediaType.APPLICATION_JSON).content("{]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void everyKindOfFailureNamesOneOfTheServicesProblemTypes() throws Exception {
        hasType(mvc.perform(get("/api/places").param("bbox", "a,b,c,d").with(lasare())), 400, "invalid-input");
        hasType(mvc.perform(get("/api/places")), 401, "unauthorized");
        hasType(mvc.perform(delete("/api/places/" + fixtures.place("hasselby-torg").getId()).with(lasare())), 403,
                "forbidden");
        hasType(mvc.perform(get("/api/accounts").with(strateg())), 403, "forbidden");
        hasType(mvc.perform(get("/api/places/999999999").with(lasare())), 404, "not-found");
        hasType(mvc.perform(patch("/api/places").with(strateg()).contentType(MediaType.APPLICATION_JSON).content("{}")),
                405, "method-not-allowed");
        // a problem that still has measures cannot be deleted
        hasType(mvc.perform(delete("/api/problems/" + fixtures.problem("hv25-2-01").getId()).with(admin())), 409,
                "conflict");
    }
}
