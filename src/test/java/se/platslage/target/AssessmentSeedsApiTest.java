package se.platslage.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static se.platslage.DemoLogins.lasare;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** The two HV targets start with what the 2025 plan states, marked with its source; demo ones say DEMO. */
@BothDatabases
class AssessmentSeedsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    List<Map<String, Object>> assessments(String place) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/targets/" + fixtures.targetAt(place).getId() + "/assessments")
                .with(lasare())).andReturn().getResponse().getContentAsString(), "$");
    }

    @Test
    void bothHvTargetsCarryThePlansOwnAssessmentWithItsSource() throws Exception {
        for (String place : List.of("hasselby-torg", "maltesholmstorget")) {
            List<Map<String, Object>> fromPlan = assessments(place).stream()
                    .filter(a -> Boolean.TRUE.equals(a.get("seeded")) && Boolean.FALSE.equals(a.get("demo"))).toList();
            assertEquals(1, fromPlan.size(), place);
            Map<String, Object> a = fromPlan.get(0);
            assertEquals("ÖDS", a.get("classification"));
            assertEquals(2025, a.get("year"));
            assertTrue(((String) JsonPath.read(a, "$.source.name")).startsWith("Åtgärdsplan 2025, Hässelby-Vällingby"));
            assertFalse(((String) a.get("text")).contains("DEMO"));
        }
    }

    @Test
    void demoAssessmentsAreMarkedDemoAndKeepTheirPoliceOnlyParts() throws Exception {
        List<Map<String, Object>> demo = assessments("hasselby-torg").stream()
                .filter(a -> Boolean.TRUE.equals(a.get("demo"))).toList();
        assertFalse(demo.isEmpty(), "tests run in demo mode");
        for (Map<String, Object> a : demo) {
            assertTrue(((String) a.get("text")).startsWith("DEMO"), a.get("text").toString());
            assertTrue(((String) a.get("assessedBy")).startsWith("DEMO"));
        }
        String body = mvc.perform(get("/api/targets/" + fixtures.targetAt("hasselby-torg").getId() + "/assessments")
                .with(lasare())).andReturn().getResponse().getContentAsString();
        assertFalse(body.contains("Kända säljare"), "a police-only demo indicator reached a reader");
    }

    @Test
    void theSummaryCountsBothHvScenesIn2025FromThePlan() throws Exception {
        String body = mvc.perform(get("/api/targets/summary").param("by", "year").with(lasare()))
                .andReturn().getResponse().getContentAsString();
        List<Integer> hv = JsonPath.read(body,
                "$.years[?(@.year == 2025)].districts[?(@.district == 'hasselby-vallingby')].count");
        assertEquals(List.of(2), hv);
    }
}
