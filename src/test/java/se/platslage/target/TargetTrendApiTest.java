package se.platslage.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.parkingenjor;
import static se.platslage.DemoLogins.polis;
import static se.platslage.DemoLogins.strateg;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.analysis.FixtureCsv;
import se.platslage.analysis.incident.Incident;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentFiles;

/**
 * A target's trend end to end: incidents imported so that the monthly counts inside the assessed extent are
 * an R fixture's series (make-trend-fixtures.R, cor.test(..., method = "kendall", exact = FALSE)), and the
 * API's S, tau and p equal R's.
 */
@BothDatabases
@Transactional
class TargetTrendApiTest {

    static final double R_TOLERANCE = 1e-9;
    static final YearMonth FIRST = YearMonth.of(1991, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Map<String, String> fixture;
    long target;

    /** The R fixture's counts inside the extent, one Misshandel inside each month, and drug offences 300 m off. */
    void arrange() throws Exception {
        fixture = FixtureCsv.read("/analysis/trend/", "series.csv").stream()
                .filter(f -> f.get("name").equals("falling_monthly_counts_36")).findFirst().orElseThrow();
        double[] counts = Arrays.stream(fixture.get("values").split(" ")).mapToDouble(Double::parseDouble).toArray();
        target = fixtures.targetAt("hasselby-torg").getId();
        mvc.perform(post("/api/targets/" + target + "/assessments").with(polis()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"" + LocalDate.now() + "\",\"assessedBy\":\"Lpo Vällingby\",\"classification\":\"ÖDS\","
                        + "\"extent\":" + AssessmentApiTest.extentJson() + "}"))
                .andExpect(status().isCreated());
        Point centre = Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPolygon(Arrays.stream(AssessmentApiTest.EXTENT)
                .map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new))).getCentroid();
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String day = FIRST.plusMonths(i).atDay(15) + "T10:00:00Z";
            for (int k = 0; k < counts[i]; k++) {
                incidents.add(IncidentFiles.at(centre.getX() + k, centre.getY(), day, "Narkotikabrott"));
            }
            incidents.add(IncidentFiles.at(centre.getX(), centre.getY() + 1, day, "Misshandel"));
            incidents.add(IncidentFiles.at(centre.getX() + 300, centre.getY(), day, "Narkotikabrott"));
        }
        IncidentFiles.importReal(mvc, incidents, "trend-");
    }

    @Test
    void drugOffencesInsideTheAssessedExtentGiveRsMannKendallAndSensSlope() throws Exception {
        arrange();
        String body = mvc.perform(get("/api/targets/" + target + "/trend").param("from", "1991-01")
                .param("to", "1994-01").with(polis())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertEquals(36, (int) JsonPath.read(body, "$.n"));
        assertEquals("assessment", JsonPath.read(body, "$.counted.source"));
        assertEquals(List.of("Narkotikabrott"), JsonPath.read(body, "$.types"));
        assertEquals(Long.parseLong(fixture.get("s")), JsonPath.<Number>read(body, "$.mannKendall.s").longValue());
        assertEquals(Double.parseDouble(fixture.get("tau")), JsonPath.<Number>read(body, "$.mannKendall.tau").doubleValue(), R_TOLERANCE);
        double p = Double.parseDouble(fixture.get("p"));
        assertEquals(p, JsonPath.<Number>read(body, "$.mannKendall.p").doubleValue(), p * R_TOLERANCE);
        assertEquals(Double.parseDouble(fixture.get("sen")) * 12, JsonPath.<Number>read(body, "$.sensSlopePerYear").doubleValue(),
                R_TOLERANCE);
        assertEquals(-1, (int) JsonPath.read(body, "$.direction"));
        String sv = JsonPath.read(body, "$.reading.sv");
        assertTrue(sv.startsWith("Narkotikabrott inom platsen: minskande, \u2212"), sv);
        assertTrue(sv.endsWith("36 månader)"), sv);
        assertFalse(JsonPath.<Boolean>read(body, "$.synthetic"));
    }

    @Test
    void anEmptyOrConstantSeriesHasNoTrendRatherThanNaN() throws Exception {
        arrange();
        mvc.perform(get("/api/targets/" + target + "/trend").param("from", "1991-01").param("to", "1994-01")
                .param("type", "Misshandel").with(polis()))
                .andExpect(jsonPath("$.computable").value(false))
                .andExpect(jsonPath("$.noTrend").value("constant"))
                .andExpect(jsonPath("$.mannKendall").doesNotExist())
                .andExpect(jsonPath("$.reading.sv").value(
                        "Misshandel inom platsen: ingen trend kan beräknas (alla 36 månader har samma antal)"));
        mvc.perform(get("/api/targets/" + target + "/trend").param("from", "1991-01").param("to", "1994-01")
                .param("data", "synthetic").with(polis()))
                .andExpect(jsonPath("$.computable").value(false))
                .andExpect(jsonPath("$.synthetic").value(true))
                .andExpect(jsonPath("$.dataLabel").value(org.hamcrest.Matchers.startsWith("SYNTHETIC")))
                .andExpect(jsonPath("$.caveats.sv[0]").value(org.hamcrest.Matchers.startsWith("SYNTETISKA")));
    }

    @Test
    void aPlaceWithoutAnExtentIsCountedWithItsStatedBuffer() throws Exception {
        long place = fixtures.targetAt("bjorns-tradgard").getId();
        mvc.perform(get("/api/targets/" + place + "/trend").param("from", "1991-01").param("to", "1994-01").with(strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counted.source").value("place"))
                .andExpect(jsonPath("$.counted.bufferMeters").value(100.0))
                .andExpect(jsonPath("$.reading.sv").value(org.hamcrest.Matchers.startsWith("Narkotikabrott inom 100 m från platsen")));
    }

    @Test
    void readersAndParkEngineersGetNoIncidentTrendAndBadBuffersNameTheField() throws Exception {
        long id = fixtures.targetAt("hasselby-torg").getId();
        mvc.perform(get("/api/targets/" + id + "/trend").with(lasare())).andExpect(status().isForbidden());
        mvc.perform(get("/api/targets/" + id + "/trend").with(parkingenjor())).andExpect(status().isForbidden());
        mvc.perform(get("/api/targets/" + id + "/trend").param("buffer", "-5").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("buffer"));
    }
}
