package se.platslage.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.analysis.incident.Incident;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentFiles;
import se.platslage.measure.Measure;

/*
 * Two tight clusters of 49 incidents each: one on a physical or police measure of the real plans (A), one
 * 3 km away where no such measure stands (B). With 100 m cells and a 200 m band both are hot; only B's
 * cells are uncovered, and the measure at A is not "outside any hot spot".
 */
@BothDatabases
@Transactional
class CoverageApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeasureGeometries measureGeometries;

    private static void cluster(List<Incident> into, double x, double y) {
        for (int i = -3; i <= 3; i++) {
            for (int j = -3; j <= 3; j++) {
                into.add(IncidentFiles.at(x + 5 * i, y + 5 * j, "2024-04-01T20:00:00Z", "T-coverage"));
            }
        }
    }

    @Test
    void hotCellsWithoutAMeasureNearbyAndMeasuresOutsideHotSpots() throws Exception {
        List<Measure> measures = measureGeometries.physicalAndPolice();
        Measure onSpot = measures.stream().filter(m -> MeasureGeometries.of(m) != null).findFirst().orElseThrow();
        Point a = MeasureGeometries.of(onSpot).getInteriorPoint();
        Point b = null;
        for (int k = 0; k < 8 && b == null; k++) {
            double angle = Math.PI / 4 * k;
            Point candidate = Sweref.FACTORY.createPoint(new Coordinate(a.getX() + 3000 * Math.cos(angle),
                    a.getY() + 3000 * Math.sin(angle)));
            boolean far = measures.stream().map(MeasureGeometries::of)
                    .allMatch(g -> g == null || g.distance(candidate) > 1500);
            b = far ? candidate : null;
        }
        assertThat(b).as("a spot 3 km from the measure and 1.5 km from every other").isNotNull();
        List<Incident> incidents = new ArrayList<>();
        cluster(incidents, a.getX(), a.getY());
        cluster(incidents, b.getX(), b.getY());
        IncidentFiles.importReal(mvc, incidents, "c");

        String body = mvc.perform(get("/api/analysis/coverage").param("type", "T-coverage").param("cellSize", "100")
                        .param("distanceBand", "200").param("distance", "100").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.distanceMeters").value(100.0))
                .andExpect(jsonPath("$.summary.incidents").value(98))
                .andReturn().getResponse().getContentAsString();
        int hotCells = JsonPath.read(body, "$.summary.hotCells");
        List<Map<String, Object>> uncovered = JsonPath.read(body, "$.features[?(@.properties.layer == 'uncovered-hot-cell')]");
        assertThat(hotCells).isGreaterThan(uncovered.size());
        assertThat(uncovered).isNotEmpty();
        Point bb = b;
        for (Map<String, Object> f : uncovered) {
            @SuppressWarnings("unchecked")
            List<List<List<Double>>> ring = (List<List<List<Double>>>) ((Map<String, Object>) f.get("geometry")).get("coordinates");
            List<Double> corner = ring.get(0).get(0);
            Geometry cornerSweref = Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(corner.get(0), corner.get(1))));
            assertThat(cornerSweref.distance(bb)).as("uncovered cell lies at cluster B").isLessThan(600);
        }
        List<Integer> outside = JsonPath.read(body, "$.features[?(@.properties.layer == 'measure-outside-hot-spots')].properties.measureId");
        assertThat(outside).doesNotContain(onSpot.getId().intValue());
        assertThat((Integer) JsonPath.read(body, "$.summary.measuresOutsideHotSpots")).isEqualTo(outside.size());
        assertThat(outside.size()).isLessThan((Integer) JsonPath.read(body, "$.summary.measuresConsidered"));
    }

    @Test
    void aNegativeOrAbsurdDistanceIs400() throws Exception {
        mvc.perform(get("/api/analysis/coverage").param("distance", "-1").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("distance"));
        mvc.perform(get("/api/analysis/coverage").param("distance", "1e9").with(DemoLogins.strateg()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("distance"));
    }
}
