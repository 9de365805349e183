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
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.incident.Incident;
import se.platslage.district.DistrictRepository;
import se.platslage.geo.BoundingBox;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentFiles;

/**
 * A district as the study area: incidents scattered over Hässelby-Vällingby's envelope (so many fall in the
 * lake and in the neighbouring districts) and a cluster inside; in and out counted here with JTS.
 */
@BothDatabases
@Transactional
class DistrictStudyAreaApiTest {

    static final String DISTRICT = "hasselby-vallingby";
    static final String TYPE = "T-district";

    @Autowired
    MockMvc mvc;

    @Autowired
    DistrictRepository districts;

    Geometry polygon;
    List<Incident> incidents;

    @BeforeEach
    void incidents() throws Exception {
        polygon = districts.findByCode(DISTRICT).orElseThrow().getGeometry();
        Envelope e = polygon.getEnvelopeInternal();
        Random random = new Random(5);
        incidents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            incidents.add(IncidentFiles.at(e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight(), "2024-04-01T12:00:00Z", TYPE));
        }
        // a cluster in Vällingby centrum, and incidents well outside the envelope (Södermalm)
        for (int i = 0; i < 150; i++) {
            incidents.add(IncidentFiles.at(665100 + random.nextGaussian() * 120, 6584050 + random.nextGaussian() * 120,
                    "2024-04-02T12:00:00Z", TYPE));
            incidents.add(IncidentFiles.at(674500 + random.nextGaussian() * 300, 6579500 + random.nextGaussian() * 300,
                    "2024-04-02T12:00:00Z", TYPE));
        }
        IncidentFiles.importReal(mvc, incidents, "d");
    }

    long inside(Geometry area) {
        return incidents.stream().filter(i -> area.intersects(Sweref.FACTORY.createPoint(new Coordinate(i.x(), i.y()))))
                .count();
    }

    @Test
    void theIncidentListHasOnlyTheDistrictsIncidents() throws Exception {
        long in = inside(polygon);
        assertThat(in).isGreaterThan(150).isLessThan(incidents.size() - 150);
        mvc.perform(get("/api/incidents").param("type", TYPE).param("district", DISTRICT).param("limit", "1")
                        .with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value((int) in))
                .andExpect(jsonPath("$.district").value(DISTRICT));
        mvc.perform(get("/api/incidents").param("type", TYPE).param("limit", "1").with(polis()))
                .andExpect(jsonPath("$.numberMatched").value(incidents.size()));
    }

    @Test
    void hotSpotsAreOverTheCellsThatIntersectTheDistrictOnly() throws Exception {
        long in = inside(polygon);
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", TYPE).param("district", DISTRICT)
                        .param("cellSize", "250").param("distanceBand", "600").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea.district").value(DISTRICT))
                .andExpect(jsonPath("$.parameters.studyArea.name").value("Hässelby-Vällingby"))
                .andExpect(jsonPath("$.summary.incidents").value((int) in))
                .andReturn().getResponse().getContentAsString();
        SquareLattice lattice = new SquareLattice(((Number) JsonPath.read(body, "$.parameters.gridOrigin.minX")).doubleValue(),
                ((Number) JsonPath.read(body, "$.parameters.gridOrigin.minY")).doubleValue(), 250,
                JsonPath.read(body, "$.parameters.gridOrigin.columns"), JsonPath.read(body, "$.parameters.gridOrigin.rows"));
        // the grid covers the district's envelope, no more than a cell beyond it
        Envelope grid = new Envelope(lattice.minX(), lattice.minX() + lattice.columns() * 250, lattice.minY(),
                lattice.minY() + lattice.rows() * 250);
        assertThat(grid.covers(polygon.getEnvelopeInternal())).isTrue();
        assertThat(grid.getWidth()).isLessThanOrEqualTo(polygon.getEnvelopeInternal().getWidth() + 3 * 250);
        int intersecting = 0;
        for (int id = 0; id < lattice.cellCount(); id++) {
            intersecting += lattice.cellPolygon(id, Sweref.FACTORY).intersects(polygon) ? 1 : 0;
        }
        assertThat(intersecting).isLessThan(lattice.cellCount()); // the envelope has cells off the district
        assertThat((Integer) JsonPath.read(body, "$.summary.cellsInStatistic")).isEqualTo(intersecting);
        assertThat((Integer) JsonPath.read(body, "$.summary.cellsInStudyArea")).isEqualTo(intersecting);
        // Gi*'s global mean is over the district's cells, not over the envelope's
        assertThat(((Number) JsonPath.read(body, "$.summary.meanCount")).doubleValue())
                .isCloseTo((double) in / intersecting, org.assertj.core.data.Offset.offset(1e-12));
        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        assertThat(features).isNotEmpty();
        for (Map<String, Object> f : features) {
            int cellId = (Integer) ((Map<?, ?>) f.get("properties")).get("cellId");
            assertThat(lattice.cellPolygon(cellId, Sweref.FACTORY).intersects(polygon)).as("cell " + cellId).isTrue();
        }

        // The same grid as a bbox: every cell of the envelope enters, with the incidents of the lake's shores
        // and the neighbours, so the mean differs and the cells' z-scores with it.
        var wgs = Sweref.toWgs84(Sweref.FACTORY.toGeometry(polygon.getEnvelopeInternal())).getEnvelopeInternal();
        String boxed = mvc.perform(get("/api/analysis/hotspots").param("type", TYPE).param("cellSize", "250")
                        .param("distanceBand", "600").param("bbox", wgs.getMinX() + "," + wgs.getMinY() + ","
                                + wgs.getMaxX() + "," + wgs.getMaxY()).with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(boxed, "$.summary.cellsInStatistic")).isGreaterThan(intersecting);
        assertThat((Integer) JsonPath.read(boxed, "$.summary.incidents")).isGreaterThan((int) in);
    }

    @Test
    void densityLeavesOutPixelsOffTheDistrict() throws Exception {
        String body = mvc.perform(get("/api/analysis/density").param("type", TYPE).param("district", DISTRICT)
                        .param("pixelSize", "200").param("bandwidth", "400").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters.studyArea.district").value(DISTRICT))
                .andReturn().getResponse().getContentAsString();
        double minX = ((Number) JsonPath.read(body, "$.minX")).doubleValue();
        double minY = ((Number) JsonPath.read(body, "$.minY")).doubleValue();
        int columns = JsonPath.read(body, "$.columns");
        SquareLattice pixels = new SquareLattice(minX, minY, 200, columns, JsonPath.read(body, "$.rows"));
        List<Number> values = JsonPath.read(body, "$.values");
        int in = 0;
        for (int i = 0; i < values.size(); i++) {
            boolean intersects = pixels.cellPolygon(i, Sweref.FACTORY).intersects(polygon);
            assertThat(values.get(i) != null).as("pixel " + i).isEqualTo(intersects);
            in += intersects ? 1 : 0;
        }
        assertThat(in).isLessThan(values.size());
        assertThat((Integer) JsonPath.read(body, "$.parameters.pixelsInStudyArea")).isEqualTo(in);
    }

    @Test
    void coverageCountsTheDistrictsIncidents() throws Exception {
        mvc.perform(get("/api/analysis/coverage").param("type", TYPE).param("district", DISTRICT)
                        .param("cellSize", "250").param("distanceBand", "600").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.incidents").value((int) inside(polygon)))
                .andExpect(jsonPath("$.parameters.studyArea.district").value(DISTRICT));
    }

    @Test
    void withABboxTheStudyAreaIsTheIntersection() throws Exception {
        String bbox = "17.80,59.33,17.90,59.40"; // the eastern part of the district and beyond
        Geometry box = Sweref.FACTORY.toGeometry(BoundingBox.parse(bbox).getEnvelopeInternal());
        long in = inside(polygon.intersection(box));
        assertThat(in).isPositive().isLessThan(inside(polygon));
        mvc.perform(get("/api/analysis/hotspots").param("type", TYPE).param("district", DISTRICT).param("bbox", bbox)
                        .param("cellSize", "250").param("distanceBand", "600").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.incidents").value((int) in))
                .andExpect(jsonPath("$.parameters.studyArea.clippedToBbox").value(true));
        mvc.perform(get("/api/analysis/hotspots").param("district", DISTRICT).param("bbox", "18.05,59.30,18.10,59.32")
                        .with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("bbox"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/incidents", "/api/analysis/hotspots", "/api/analysis/density", "/api/analysis/coverage"})
    void anUnknownDistrictIs400NamingTheField(String path) throws Exception {
        mvc.perform(get(path).param("district", "atlantis").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("district"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(DISTRICT)));
    }

    @Test
    void strategistsStillGetOnlyAggregatesInADistrict() throws Exception {
        String body = mvc.perform(get("/api/analysis/hotspots").param("type", TYPE).param("district", DISTRICT)
                        .param("cellSize", "100").param("distanceBand", "300").with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> cells = JsonPath.read(body, "$.features[*].properties");
        int suppressed = 0;
        for (Map<String, Object> p : cells) {
            Integer count = (Integer) p.get("count");
            if (count == null) {
                assertThat(p.get("countSuppressed")).isEqualTo(true);
                suppressed++;
            } else {
                assertThat(count).isNotIn(1, 2);
            }
        }
        assertThat(suppressed).isPositive().isLessThan(cells.size());
        mvc.perform(get("/api/analysis/hotspots").param("type", TYPE).param("district", DISTRICT)
                        .param("cellSize", "50").with(DemoLogins.strateg()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cellSize"));
    }
}
