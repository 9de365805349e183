package se.platslage.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.polis;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** Issue 17, point 10: input that used to get through, or got an answer naming Java types. */
@BothDatabases
@Transactional
class BadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private void followUpIsRefused(String date, String why) throws Exception {
        long id = fixtures.parkEngineersMeasure().getId();
        mvc.perform(post("/api/measures/" + id + "/follow-ups").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":" + date + ",\"status\":\"ongoing\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("date"))
                .andExpect(jsonPath("$.detail").value(containsString(why)))
                .andExpect(jsonPath("$.detail").value(not(containsString("java"))));
    }

    @Test
    void aNumberIsNotADate() throws Exception {
        followUpIsRefused("12", "YYYY-MM-DD");
    }

    @Test
    void yearZeroIsNotADate() throws Exception {
        followUpIsRefused("\"0000-05-01\"", "year");
    }

    @Test
    void anUnreadableDateSaysWhatADateIs() throws Exception {
        followUpIsRefused("\"30/9 2025\"", "YYYY-MM-DD");
    }

    @Test
    void aWrongTypeIsNamedInTheApisWordsNotJavas() throws Exception {
        mvc.perform(get("/api/measures/not-a-number").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(containsString("a whole number")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Long"))));
        long id = fixtures.parkEngineersMeasure().getId();
        mvc.perform(post("/api/measures/" + id + "/follow-ups").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ongoing\",\"restricted\":[1]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("restricted"))
                .andExpect(jsonPath("$.detail").value(not(containsString("java"))));
    }

    @Test
    void incidentIdsLongerThanTheColumnAreRejectedNotCutAndCompared() throws Exception {
        String prefix = "x".repeat(200);
        String csv = "id,x,y,tid,typ\n" + prefix + "A,665200,6583500,2024-05-03 22:15,Skadegörelse\n"
                + prefix + "B,665210,6583520,2024-05-03 22:15,Skadegörelse\n"
                + "kort,665220,6583540,2024-05-03 22:15,Skadegörelse\n";
        mvc.perform(multipart("/api/incidents/import").file(new MockMultipartFile("file", "long-ids.csv", "text/csv",
                                csv.getBytes(StandardCharsets.UTF_8)))
                        .param("format", "csv").param("source", "long-ids").with(polis()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("longer than 200")));
    }
}
