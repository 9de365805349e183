package se.platslage.evaluation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.polis;

import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.Fixtures;
import se.platslage.analysis.evaluation.BeforeAfterCounter;
import se.platslage.analysis.incident.Incident;
import se.platslage.geo.Sweref;
import se.platslage.hotspot.MeasureGeometries;
import se.platslage.incident.IncidentFiles;
import se.platslage.measure.Measure;

/** The WDD on a measure's evaluation with a drawn control polygon: counts, figures, echo, reading, roles. */
@BothDatabases
@Transactional
class WddApiTest {

    private static final String BEFORE = "2024-05-10T20:00:00Z";
    private static final String AFTER = "2024-07-10T20:00:00Z";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private static void add(List<Incident> into, Point p, String time, int n) {
        for (int i = 0; i < n; i++) {
            into.add(IncidentFiles.at(p.getX(), p.getY(), time, "T-wdd"));
        }
    }

    /** A 200 m square 2 km east of the measure, as GeoJSON lon,lat (what the map sends when drawn). */
    private static String squareEastOf(Point centre) {
        double x = centre.getX() + 2000;
        double y = centre.getY();
        Geometry square = Sweref.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x - 100, y - 100),
                new Coordinate(x + 100, y - 100), new Coordinate(x + 100, y + 100), new Coordinate(x - 100, y + 100),
                new Coordinate(x - 100, y - 100)});
        Geometry lonLat = Sweref.toWgs84(square);
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (Coordinate c : lonLat.getCoordinates()) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",").append('[').append(c.x).append(',')
                    .append(c.y).append(']');
        }
        return json.append("]]}").toString();
    }

    /*
     * T (response area) 30 -> 20, D (200 m buffer ring) 10 -> 12, C_T (the drawn square) 30 -> 25,
     * C_D (the 200 m ring around the square) 10 -> 10. By hand (Wheeler and Ratcliffe 2018):
     *   WDD = (20 - 30) - (25 - 30) + (12 - 10) - (10 - 10) = -10 + 5 + 2 - 0 = -3
     *   Var = 30 + 20 + 30 + 25 + 10 + 12 + 10 + 10 = 147,  z = -3 / sqrt(147) = -0.247
     */
    @Test
    void wddWithADrawnControlIsTheHandComputedOneAndEchoesTheChoice() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        BeforeAfterCounter.Areas areas = BeforeAfterCounter.Areas.around(MeasureGeometries.of(measure), 50, 200, 500);
        Point centre = areas.response().getCentroid();
        Point square = Sweref.FACTORY.createPoint(new Coordinate(centre.getX() + 2000, centre.getY()));
        Point ring = Sweref.FACTORY.createPoint(new Coordinate(centre.getX() + 2200, centre.getY()));
        List<Incident> incidents = new ArrayList<>();
        add(incidents, areas.response().getInteriorPoint(), BEFORE, 30);
        add(incidents, areas.response().getInteriorPoint(), AFTER, 20);
        add(incidents, areas.buffer().getInteriorPoint(), BEFORE, 10);
        add(incidents, areas.buffer().getInteriorPoint(), AFTER, 12);
        add(incidents, square, BEFORE, 30);
        add(incidents, square, AFTER, 25);
        add(incidents, ring, BEFORE, 10);
        add(incidents, ring, AFTER, 10);
        IncidentFiles.importReal(mvc, incidents, "wdd");

        mvc.perform(get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-wdd")
                        .param("response", "50").param("buffer", "200").param("control", "500")
                        .param("start", "2024-06-01").param("from", "2024-03-01").param("to", "2024-09-01")
                        .param("wddControl", "polygon").param("wddPolygon", squareEastOf(centre)).with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wdd.control.kind").value("polygon"))
                .andExpect(jsonPath("$.wdd.control.scale").value("none"))
                .andExpect(jsonPath("$.wdd.control.bufferMeters").value(200.0))
                .andExpect(jsonPath("$.wdd.counts.treated.before").value(30))
                .andExpect(jsonPath("$.wdd.counts.treated.after").value(20))
                .andExpect(jsonPath("$.wdd.counts.displacement.after").value(12))
                .andExpect(jsonPath("$.wdd.counts.treatedControl.before").value(30))
                .andExpect(jsonPath("$.wdd.counts.treatedControl.after").value(25))
                .andExpect(jsonPath("$.wdd.counts.displacementControl.before").value(10))
                .andExpect(jsonPath("$.wdd.counts.displacementControl.after").value(10))
                .andExpect(jsonPath("$.wdd.local").value(-5.0))
                .andExpect(jsonPath("$.wdd.displacement").value(2.0))
                .andExpect(jsonPath("$.wdd.wdd").value(-3.0))
                .andExpect(jsonPath("$.wdd.standardError").value(Matchers.closeTo(Math.sqrt(147), 1e-9), Double.class))
                .andExpect(jsonPath("$.wdd.z").value(Matchers.closeTo(-3 / Math.sqrt(147), 1e-9), Double.class))
                .andExpect(jsonPath("$.wdd.reading.sv").value(Matchers.startsWith(
                        "Brotten minskade på platsen med 5 (z = −0,5) utan tecken på förflyttning till omgivningen")))
                .andExpect(jsonPath("$.wdd.reading.en").value(Matchers.containsString("not significant")))
                .andExpect(jsonPath("$.wdd.caveats[*].code").value(Matchers.hasItem("control-choice")))
                .andExpect(jsonPath("$.wdd.areas.features.length()").value(2));
    }

    @Test
    void badControlChoicesAreProblemsNamingTheField() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        String path = "/api/measures/" + measure.getId() + "/evaluation";
        mvc.perform(get(path).param("wddControl", "moon").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wddControl"));
        mvc.perform(get(path).param("wddControl", "polygon").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wddPolygon"));
        mvc.perform(get(path).param("wddControl", "place").param("wddPlace", "x").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wddPlace"));
        mvc.perform(get(path).param("wddControl", "district").param("wddDistrict", "nowhere").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wddDistrict"));
        mvc.perform(get(path).param("wddControl", "polygon").param("wddScale", "big")
                        .param("wddPolygon", "{\"type\":\"Polygon\",\"coordinates\":[[[18,59.3],[18.01,59.3],[18.01,59.31],[18,59.3]]]}")
                        .with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("wddScale"));
    }

    @Test
    void strategistsGetTheWddReadersNothingEvenWithABadControl() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        String path = "/api/measures/" + measure.getId() + "/evaluation";
        mvc.perform(get(path).param("wddControl", "moon").with(DemoLogins.lasare())).andExpect(status().isForbidden());
        mvc.perform(get(path).param("start", "2024-06-01").param("wddControl", "polygon")
                        .param("wddPolygon", squareEastOf(MeasureGeometries.of(measure).getCentroid()))
                        .with(DemoLogins.strateg()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wdd.control.kind").value("polygon"));
    }
}
