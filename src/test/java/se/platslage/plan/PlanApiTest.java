package se.platslage.plan;

import static se.platslage.DemoLogins.admin;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;

@BothDatabases
class PlanApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheThreeRealPlans() throws Exception {
        mvc.perform(get("/api/plans").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("hagersten-alvsjo-2024", "hasselby-vallingby-2025",
                        "sodermalm-2024")))
                .andExpect(jsonPath("$[?(@.code == 'sodermalm-2024')].kind").value("uppföljning"));
    }

    /** The table "Sammanställning över prioriterade områden" on the last page of the Hässelby-Vällingby plan. */
    @Test
    void hasselbyVallingbySummaryEqualsThePlansOwnTable() throws Exception {
        int[][] printed = {{1, 2, 2, 2}, {2, 18, 18, 18}, {3, 1, 1, 1}, {4, 8, 8, 8}, {5, 3, 3, 3}, {6, 0, 0, 0}};
        var result = mvc.perform(get("/api/plans/hasselby-vallingby-2025/summary").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matchesPrinted").value(true))
                .andExpect(jsonPath("$.sammanstallning.length()").value(printed.length));
        for (int i = 0; i < printed.length; i++) {
            result.andExpect(jsonPath("$.sammanstallning[" + i + "].area").value(printed[i][0]))
                    .andExpect(jsonPath("$.sammanstallning[" + i + "].problems").value(printed[i][1]))
                    .andExpect(jsonPath("$.sammanstallning[" + i + "].causes").value(printed[i][2]))
                    .andExpect(jsonPath("$.sammanstallning[" + i + "].measures").value(printed[i][3]));
        }
    }

    @Test
    void summaryShowsTheChainFromProblemToMeasure() throws Exception {
        mvc.perform(get("/api/plans/hasselby-vallingby-2025/summary").with(admin()))
                .andExpect(jsonPath("$.areas[1].items[0].causes[0].description").isNotEmpty())
                .andExpect(jsonPath("$.areas[1].items[0].causes[0].measures[0].description").isNotEmpty())
                .andExpect(jsonPath("$.areas[1].items[0].places[0].name").isNotEmpty());
    }

    @Test
    void unknownPlanIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/plans/no-such-plan/summary").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
