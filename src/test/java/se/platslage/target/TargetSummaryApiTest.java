package se.platslage.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.polis;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** The county's ÖDS figures: count and area per year, per district and for the city. */
@BothDatabases
@Transactional
class TargetSummaryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    void assess(String place, String when, String classification, boolean extent) throws Exception {
        mvc.perform(post("/api/targets/" + fixtures.targetAt(place).getId() + "/assessments").with(polis())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + when + ",\"assessedBy\":\"Lpo\",\"classification\":\"" + classification + "\""
                        + (extent ? ",\"extent\":" + AssessmentApiTest.extentJson() : "") + "}"))
                .andExpect(status().isCreated());
    }

    Map<String, Object> year(String body, int year) {
        List<Map<String, Object>> rows = JsonPath.read(body, "$.years[?(@.year == " + year + ")]");
        assertEquals(1, rows.size(), "one row for " + year);
        return rows.get(0);
    }

    @Test
    void countsAndAreasPerYearFollowEachTargetsLatestAssessmentThatYear() throws Exception {
        // 1918/1919: years no seeded or demo assessment uses
        assess("hasselby-torg", "\"date\":\"1918-04-01\"", "ÖDS", true);
        assess("maltesholmstorget", "\"from\":\"1918-01-01\",\"to\":\"1918-12-31\"", "ÖDS", false);
        assess("bjorns-tradgard", "\"date\":\"1918-05-01\"", "ÖDS", true);
        assess("hasselby-torg", "\"date\":\"1919-02-01\"", "ÖDS", true);
        assess("hasselby-torg", "\"date\":\"1919-11-01\"", "inte ÖDS", false);
        double a = AssessmentApiTest.independentAreaM2();

        String body = mvc.perform(get("/api/targets/summary").param("by", "year").with(lasare()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Object> y1918 = year(body, 1918);
        assertEquals(3, (int) JsonPath.read(y1918, "$.city.count"));
        assertEquals(2 * a, JsonPath.<Number>read(y1918, "$.city.areaM2").doubleValue(), 0.2);
        assertEquals(1, (int) JsonPath.read(y1918, "$.city.withoutExtent"));
        List<Integer> hv = JsonPath.read(y1918, "$.districts[?(@.district == 'hasselby-vallingby')].count");
        List<Integer> sm = JsonPath.read(y1918, "$.districts[?(@.district == 'sodermalm')].count");
        assertEquals(List.of(2), hv);
        assertEquals(List.of(1), sm);
        // 1919: Hässelby torg assessed twice, the later says no longer an ÖDS; nothing else assessed that year
        Map<String, Object> y1919 = year(body, 1919);
        assertEquals(0, (int) JsonPath.read(y1919, "$.city.count"));
        assertEquals(1, (int) JsonPath.read(y1919, "$.city.assessedTargets"));

        String oneDistrict = mvc.perform(get("/api/targets/summary").param("by", "year")
                .param("district", "sodermalm").with(lasare())).andReturn().getResponse().getContentAsString();
        assertEquals(List.of("sodermalm"), JsonPath.read(year(oneDistrict, 1918), "$.districts[*].district"));
    }

    @Test
    void onlyByYearIsOffered() throws Exception {
        mvc.perform(get("/api/targets/summary").param("by", "month").with(lasare()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("by"));
    }
}
