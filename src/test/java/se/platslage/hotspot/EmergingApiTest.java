package se.platslage.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.analysis.emerging.EmergingHotSpotAnalysis;
import se.platslage.analysis.emerging.GlobalWindow;
import se.platslage.analysis.emerging.SpaceTimeCube;
import se.platslage.analysis.emerging.TimeStep;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.hotspot.CellInclusion;
import se.platslage.analysis.incident.Incident;
import se.platslage.incident.IncidentFiles;

/**
 * The emerging hot-spot endpoint against the engine on the same incidents, and its role rules: those of the
 * hot-spot layer (polis and admin everything, strateg aggregates with counts of 1-2 withheld, others nothing).
 */
@BothDatabases
@Transactional
class EmergingApiTest {

    private static final String PATH = "/api/analysis/emerging";

    @Autowired
    MockMvc mvc;

    /** A cluster in Vällingby that grows through 2024: more of its incidents fall in later months. */
    static List<Incident> growing(String type) {
        List<Incident> list = new ArrayList<>(HotSpotApiTest.clustered(type));
        java.util.Random random = new java.util.Random(5);
        for (int month = 0; month < 12; month++) {
            for (int i = 0; i < 4 * month; i++) {
                list.add(Incident.real(665000 + random.nextGaussian() * 60, 6583500 + random.nextGaussian() * 60,
                        Instant.parse("2024-01-01T12:00:00Z").plusSeconds(86400L * (30 * month + random.nextInt(28))),
                        type));
            }
        }
        return list;
    }

    @Test
    void locationsEqualTheEnginesOnTheSameIncidents() throws Exception {
        List<Incident> incidents = growing("T-emerging");
        IncidentFiles.importReal(mvc, incidents, "em");
        String body = mvc.perform(get(PATH).param("type", "T-emerging").param("cellSize", "100")
                        .param("distanceBand", "250").param("timeStep", "month").param("timeWindow", "1")
                        .param("from", "2024-01-01T00:00:00+01:00").param("to", "2025-01-01T00:00:00+01:00")
                        .with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.timeStep").value("month"))
                .andExpect(jsonPath("$.parameters.timeWindow").value(1))
                .andExpect(jsonPath("$.parameters.globalWindow").value("cube"))
                .andExpect(jsonPath("$.parameters.distanceBandMeters").value(250.0))
                .andExpect(jsonPath("$.parameters.stepStarts.length()").value(12))
                .andExpect(jsonPath("$.parameters.stepStarts[0]").value("2024-01-01"))
                .andExpect(jsonPath("$.summary.incidents").value(incidents.size()))
                .andReturn().getResponse().getContentAsString();
        double minX = ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minX")).doubleValue();
        double minY = ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minY")).doubleValue();
        int columns = JsonPath.read(body, "$.parameters.gridOrigin.columns");
        int rows = JsonPath.read(body, "$.parameters.gridOrigin.rows");
        SquareLattice lattice = new SquareLattice(minX, minY, 100, columns, rows);
        SpaceTimeCube cube = SpaceTimeCube.covering(lattice, TimeStep.MONTH,
                Instant.parse("2023-12-31T23:00:00Z"), Instant.parse("2024-12-31T23:00:00Z"));
        incidents.forEach(cube);
        EmergingHotSpotAnalysis.Result engine = EmergingHotSpotAnalysis.run(cube,
                EmergingHotSpotAnalysis.Parameters.of(250, 1).with(CellInclusion.ALL_CELLS, GlobalWindow.ENTIRE_CUBE));

        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        assertThat(features).isNotEmpty();
        int patterns = 0;
        for (Map<String, Object> f : features) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) f.get("properties");
            int k = engine.giStar().indexOf((Integer) p.get("cellId"));
            assertThat(p.get("category")).isEqualTo(engine.categories()[k].code());
            @SuppressWarnings("unchecked")
            List<Object> z = (List<Object>) p.get("z");
            double[] series = engine.giStar().series(k);
            for (int t = 0; t < 12; t++) {
                assertThat(((Number) z.get(t)).doubleValue()).isEqualTo(Math.round(series[t] * 1000) / 1000.0);
            }
            if (engine.trends()[k] != null && engine.trends()[k].computable()) {
                assertThat(((Number) JsonPath.read(f, "$.properties.trend.p")).doubleValue())
                        .isEqualTo(engine.trends()[k].pValue());
            }
            patterns += engine.categories()[k].isHot() ? 1 : 0;
        }
        assertThat(patterns).isGreaterThan(0);
        // the growing cluster's centre cell is an intensifying or persistent hot spot, by the engine and the API
        int centre = lattice.cellIdOf(665000, 6583500);
        assertThat(engine.categories()[engine.giStar().indexOf(centre)].isHot()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"timeStep,day", "timeWindow,-1", "timeWindow,13", "timeWindow,one", "globalWindow,year",
            "cellSize,5", "distanceBand,50"})
    void badParametersAreProblemsNamingTheField(String field, String value) throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665050, 6583050, "2024-01-01T00:00:00Z", "T-bad"),
                IncidentFiles.at(665350, 6583050, "2024-06-01T00:00:00Z", "T-bad")), "bad");
        var request = get(PATH).param("type", "T-bad").param(field, value).with(polis());
        if (!field.equals("cellSize")) {
            request.param("cellSize", "100");
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }

    @Test
    void aPeriodOfFewerThanThreeStepsIsRefused() throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665050, 6583050, "2024-01-01T00:00:00Z", "T-short"),
                IncidentFiles.at(665350, 6583050, "2024-01-20T00:00:00Z", "T-short")), "sh");
        mvc.perform(get(PATH).param("type", "T-short").param("timeStep", "quarter").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void readersAndParkEngineersSeeNothingEvenWithBadParameters() throws Exception {
        mvc.perform(get(PATH).with(DemoLogins.lasare())).andExpect(status().isForbidden());
        mvc.perform(get(PATH).param("timeStep", "day").with(DemoLogins.parkingenjor())).andExpect(status().isForbidden());
        mvc.perform(get(PATH)).andExpect(status().isUnauthorized());
    }

    @Test
    void strategistsSeeCategoriesButNotCountsOfOneOrTwoNorFineGrids() throws Exception {
        IncidentFiles.importReal(mvc, List.of(IncidentFiles.at(665050, 6583050, "2024-01-05T00:00:00Z", "T-st-em"),
                IncidentFiles.at(665350, 6583050, "2024-02-05T00:00:00Z", "T-st-em"),
                IncidentFiles.at(665350, 6583060, "2024-02-06T00:00:00Z", "T-st-em"),
                IncidentFiles.at(665350, 6583070, "2024-02-07T00:00:00Z", "T-st-em"),
                IncidentFiles.at(665350, 6583070, "2024-04-07T00:00:00Z", "T-st-em")), "stem");
        String strateg = mvc.perform(get(PATH).param("type", "T-st-em").param("cellSize", "100")
                        .param("distanceBand", "100").with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String police = mvc.perform(get(PATH).param("type", "T-st-em").param("cellSize", "100")
                        .param("distanceBand", "100").with(polis()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the lone cell: 1 incident in all, in January
        List<Object> lone = JsonPath.read(strateg, "$.features[?(@.properties.column == 0)].properties.count");
        assertThat(lone).containsExactly((Object) null);
        List<Object> loneSuppressed = JsonPath.read(strateg,
                "$.features[?(@.properties.column == 0)].properties.countSuppressed");
        assertThat(loneSuppressed).containsExactly(true);
        List<Object> lonePolice = JsonPath.read(police, "$.features[?(@.properties.column == 0)].properties.count");
        assertThat(lonePolice).containsExactly(1);
        // the busy cell: 4 in all (shown), 3 in February (shown), 1 in April (withheld from the strategist)
        List<List<Object>> busy = JsonPath.read(strateg, "$.features[?(@.properties.column == 3)].properties.counts");
        assertThat(busy.get(0)).containsExactly(0, 3, 0, null);
        List<List<Object>> busyPolice = JsonPath.read(police, "$.features[?(@.properties.column == 3)].properties.counts");
        assertThat(busyPolice.get(0)).containsExactly(0, 3, 0, 1);
        List<Object> busyTotal = JsonPath.read(strateg, "$.features[?(@.properties.column == 3)].properties.count");
        assertThat(busyTotal).containsExactly(4);
        // the categories and z-scores are the same for both roles: only counts are withheld
        assertThat((List<Object>) JsonPath.read(strateg, "$.features[*].properties.category"))
                .isEqualTo(JsonPath.read(police, "$.features[*].properties.category"));
        mvc.perform(get(PATH).param("type", "T-st-em").param("cellSize", "50").with(DemoLogins.strateg()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cellSize"));
    }
}
