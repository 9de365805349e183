package se.platslage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.DemoLogins;
import se.platslage.analysis.evaluation.BeforeAfterCounter;
import se.platslage.analysis.incident.Incident;
import se.platslage.hotspot.MeasureGeometries;
import se.platslage.incident.IncidentFiles;
import se.platslage.measure.Measure;
import se.platslage.place.Place;

@BothDatabases
@Transactional
class EvaluationApiTest {

    private static final String BEFORE = "2024-05-10T20:00:00Z"; // 22:00 Swedish summer time, a Friday
    private static final String AFTER = "2024-07-10T20:00:00Z";  // a Wednesday

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private static void add(List<Incident> into, Point p, String time, int n) {
        for (int i = 0; i < n; i++) {
            into.add(IncidentFiles.at(p.getX(), p.getY(), time, "T-wdq"));
        }
    }

    /*
     * Measure hv25-2-02-a with A = its geometry (or places) grown by 50 m, B the 200 m ring, C the 500 m
     * ring; start 2024-06-01, from 2024-03-01 and to 2024-09-01 (92 days either side). Incidents, b/a:
     * A 10/4, B 6/5, C 20/16. By hand from Bowers and Johnson (2003):
     *   SM  = A_a/C_a - A_b/C_b = 4/16 - 10/20 = -0.25           (the response area improved)
     *   BDM = B_a/C_a - B_b/C_b = 5/16 - 6/20  =  0.0125         (slight displacement into the buffer)
     *   WDQ = BDM / SM = -0.05                                    (-1 <= WDQ < 0: displacement < direct effect)
     *   TNE = (A_b C_a/C_b - A_a) + (B_b C_a/C_b - B_a) = (8 - 4) + (4.8 - 5) = 3.8
     */
    @Test
    void theWdqOfAConstructedBeforeAfterSetIsTheHandComputedOne() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        BeforeAfterCounter.Areas areas = BeforeAfterCounter.Areas.around(MeasureGeometries.of(measure), 50, 200, 500);
        List<Incident> incidents = new ArrayList<>();
        add(incidents, areas.response().getInteriorPoint(), BEFORE, 10);
        add(incidents, areas.response().getInteriorPoint(), AFTER, 4);
        add(incidents, areas.buffer().getInteriorPoint(), BEFORE, 6);
        add(incidents, areas.buffer().getInteriorPoint(), AFTER, 5);
        add(incidents, areas.control().getInteriorPoint(), BEFORE, 20);
        add(incidents, areas.control().getInteriorPoint(), AFTER, 16);
        add(incidents, areas.response().getInteriorPoint(), "2023-01-01T12:00:00Z", 7); // outside both periods
        IncidentFiles.importReal(mvc, incidents, "w");

        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-wdq")
                        .param("response", "50").param("buffer", "200").param("control", "500")
                        .param("start", "2024-06-01").param("from", "2024-03-01").param("to", "2024-09-01").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.synthetic").value(false))
                .andExpect(jsonPath("$.parameters.startSource").value("given"))
                // 1 March (CET) to 1 June (CEST) is 92 days less the hour of the clock change: the shorter period
                .andExpect(jsonPath("$.parameters.periodDays").value(org.hamcrest.Matchers.closeTo(92 - 1 / 24.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.counts.response.before").value(10))
                .andExpect(jsonPath("$.counts.response.after").value(4))
                .andExpect(jsonPath("$.counts.buffer.before").value(6))
                .andExpect(jsonPath("$.counts.buffer.after").value(5))
                .andExpect(jsonPath("$.counts.control.before").value(20))
                .andExpect(jsonPath("$.counts.control.after").value(16))
                .andExpect(jsonPath("$.wdq.successMeasure").value(org.hamcrest.Matchers.closeTo(-0.25, 1e-12), Double.class))
                .andExpect(jsonPath("$.wdq.bufferDisplacementMeasure").value(org.hamcrest.Matchers.closeTo(0.0125, 1e-12), Double.class))
                .andExpect(jsonPath("$.wdq.quotient").value(org.hamcrest.Matchers.closeTo(-0.05, 1e-12), Double.class))
                .andExpect(jsonPath("$.wdq.totalNetEffect").value(org.hamcrest.Matchers.closeTo(3.8, 1e-12), Double.class))
                .andExpect(jsonPath("$.wdq.reading").value("displacement-smaller-than-direct-effect"))
                // the profile: 10 before on Friday (index 4) at 22 local, 4 after on Wednesday (index 2) at 22
                .andExpect(jsonPath("$.profile.before.byHour[22]").value(10))
                .andExpect(jsonPath("$.profile.before.byWeekday[4]").value(10))
                .andExpect(jsonPath("$.profile.after.byWeekday[2]").value(4))
                .andExpect(jsonPath("$.areas.features.length()").value(3));

        // strateg: the totals and the WDQ, not the hour/weekday profile
        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-wdq")
                        .param("start", "2024-06-01").param("from", "2024-03-01").param("to", "2024-09-01")
                        .param("response", "50").with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wdq.quotient").value(org.hamcrest.Matchers.closeTo(-0.05, 1e-12), Double.class))
                .andExpect(jsonPath("$.profile").doesNotExist());
    }

    /** Älvsjö torg (polygon), the station and the fair (points): the measure stands on all three. */
    @Test
    void aMeasureOnPlacesOfMixedGeometryTypesCanBeEvaluated() throws Exception {
        Measure measure = fixtures.measure("ha24-2-01-a");
        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-none")
                        .param("start", "2024-06-01").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.response.before").value(0));
    }

    @Test
    void anEmptyControlAreaGivesCountsAndNoWdq() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-none")
                        .param("start", "2024-06-01").param("response", "50").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.control.before").value(0))
                .andExpect(jsonPath("$.wdq").isEmpty())
                .andExpect(jsonPath("$.note").isNotEmpty());
    }

    @Test
    void badEvaluationParametersAre400NamingTheFieldAndUnknownMeasureIs404() throws Exception {
        long id = fixtures.measure("hv25-2-02-a").getId();
        for (String[] bad : new String[][] {{"buffer", "-5"}, {"buffer", "0"}, {"control", "1e9"}, {"response", "x"},
                {"start", "2999-01-01"}, {"start", "soon"}}) {
            mvc.perform(get("/api/measures/" + id + "/evaluation").param(bad[0], bad[1]).param("response",
                    bad[0].equals("response") ? bad[1] : "50").with(polis()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(bad[0]));
        }
        mvc.perform(get("/api/measures/999999/evaluation").with(polis())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lasare", "parkingenjor"})
    void readersAndParkEngineersGetNoEvaluation(String role) throws Exception {
        long id = fixtures.measure("hv25-2-02-a").getId();
        mvc.perform(get("/api/measures/" + id + "/evaluation").param("start", "2024-06-01").with(DemoLogins.as(role)))
                .andExpect(status().isForbidden());
    }

    @Test
    void monthlyIncidentsAroundAPlaceListEveryMonthOfThePeriod() throws Exception {
        Place place = fixtures.place("hasselby-torg");
        Point centre = place.getGeometry().getInteriorPoint();
        List<Incident> incidents = new ArrayList<>();
        for (String t : List.of("2024-01-05T10:00:00Z", "2024-01-20T10:00:00Z", "2024-01-31T23:30:00Z",
                "2024-03-02T10:00:00Z", "2024-03-03T10:00:00Z", "2024-05-01T10:00:00Z")) {
            incidents.add(IncidentFiles.at(centre.getX(), centre.getY(), t, "T-month"));
        }
        incidents.add(IncidentFiles.at(centre.getX() + 2000, centre.getY(), "2024-01-05T10:00:00Z", "T-month")); // too far
        IncidentFiles.importReal(mvc, incidents, "m");
        // 2024-01-31T23:30Z is 1 February 00:30 in Stockholm: a February incident
        mvc.perform(get("/api/places/" + place.getId() + "/incidents/monthly").param("type", "T-month")
                        .param("radius", "200").param("from", "2024-01-01").param("to", "2024-04-01").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.radiusMeters").value(200.0))
                .andExpect(jsonPath("$.months[*].month", org.hamcrest.Matchers.contains("2024-01", "2024-02", "2024-03")))
                .andExpect(jsonPath("$.months[*].count", org.hamcrest.Matchers.contains(2, 1, 2)))
                .andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/places/" + place.getId() + "/incidents/monthly").param("radius", "-3").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("radius"));
        for (String role : List.of("strateg", "lasare", "parkingenjor")) {
            mvc.perform(get("/api/places/" + place.getId() + "/incidents/monthly").with(DemoLogins.as(role)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aDistrictStudyAreaCountsOnlyItsIncidentsAndIsEchoed() throws Exception {
        Place place = fixtures.place("hasselby-torg");
        Point centre = place.getGeometry().getInteriorPoint();
        List<Incident> incidents = new ArrayList<>();
        for (String t : List.of("2024-02-05T10:00:00Z", "2024-02-06T10:00:00Z")) {
            incidents.add(IncidentFiles.at(centre.getX(), centre.getY(), t, "T-area"));
        }
        IncidentFiles.importReal(mvc, incidents, "d");
        String path = "/api/places/" + place.getId() + "/incidents/monthly";
        mvc.perform(get(path).param("type", "T-area").param("radius", "200").param("from", "2024-02-01")
                        .param("to", "2024-03-01").param("district", "hasselby-vallingby").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea.district").value("hasselby-vallingby"))
                .andExpect(jsonPath("$.total").value(2));
        // The same place with another district as the study area: its incidents lie outside it.
        mvc.perform(get(path).param("type", "T-area").param("radius", "200").param("from", "2024-02-01")
                        .param("to", "2024-03-01").param("district", "sodermalm").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea.district").value("sodermalm"))
                .andExpect(jsonPath("$.total").value(0));
        Measure measure = fixtures.measure("hv25-2-02-a");
        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-area")
                        .param("start", "2024-06-01").param("district", "hasselby-vallingby").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea.name").value("Hässelby-Vällingby"));
        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("district", "atlantis").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("district"));
    }
}
