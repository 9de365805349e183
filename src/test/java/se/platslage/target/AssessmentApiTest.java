package se.platslage.target;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.parkingenjor;
import static se.platslage.DemoLogins.polis;
import static se.platslage.DemoLogins.strateg;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

/** Issue 11: who assesses what, police-only parts hidden, append-only and audited, the area in m². */
@BothDatabases
@Transactional
class AssessmentApiTest {

    /** A quadrilateral by Maltesholmstorget, lon/lat (EPSG:4326), about 60 x 55 m. */
    static final double[][] EXTENT = {{17.83290, 59.36110}, {17.83395, 59.36108}, {17.83400, 59.36160},
            {17.83288, 59.36158}, {17.83290, 59.36110}};

    static final String POLICE_NOTE = "Spaning: tre säljare vid entrén";
    static final String SECRET_INDICATOR = "Kända säljare (spaning)";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    long ods() {
        return fixtures.targetAt("hasselby-torg").getId();
    }

    static String extentJson() {
        StringBuilder b = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < EXTENT.length; i++) {
            b.append(i == 0 ? "" : ",").append('[').append(EXTENT[i][0]).append(',').append(EXTENT[i][1]).append(']');
        }
        return b.append("]]}").toString();
    }

    static String odsAssessment() {
        return "{\"date\":\"2025-03-01\",\"assessedBy\":\"Lpo Vällingby\",\"classification\":\"ÖDS\","
                + "\"extent\":" + extentJson() + ","
                + "\"indicators\":[{\"name\":\"Sprutfynd\",\"unit\":\"st\",\"value\":4},"
                + "{\"name\":\"" + SECRET_INDICATOR + "\",\"unit\":\"personer\",\"value\":3,\"restricted\":true}],"
                + "\"text\":\"Öppen försäljning vid tunnelbanans entré\",\"policeNote\":\"" + POLICE_NOTE + "\","
                + "\"source\":{\"name\":\"Lägesbild ÖDS Lpo Vällingby\",\"date\":\"2025-03-05\"}}";
    }

    MockHttpServletRequestBuilder postJson(String url, String body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    String add(long target, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(postJson("/api/targets/" + target + "/assessments", body).with(who))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    /** An independent area: proj4j straight to EPSG:3006, then JTS's planar area (shoelace). */
    static double independentAreaM2() {
        CRSFactory crs = new CRSFactory();
        BasicCoordinateTransform transform = new BasicCoordinateTransform(crs.createFromName("EPSG:4326"),
                crs.createFromName("EPSG:3006"));
        Coordinate[] ring = new Coordinate[EXTENT.length];
        for (int i = 0; i < EXTENT.length; i++) {
            ProjCoordinate out = new ProjCoordinate();
            transform.transform(new ProjCoordinate(EXTENT[i][0], EXTENT[i][1]), out);
            ring[i] = new Coordinate(out.x, out.y);
        }
        return new GeometryFactory().createPolygon(ring).getArea();
    }

    @Test
    void policeClassifyAnOdsAndTheDatabaseComputesTheExtentsAreaInSweref() throws Exception {
        String body = add(ods(), polis(), odsAssessment());
        double area = JsonPath.<Number>read(body, "$.extentAreaM2").doubleValue();
        double expected = independentAreaM2();
        assertTrue(expected > 3000 && expected < 4000, "the fixture is about 60 x 55 m: " + expected);
        assertEquals(expected, area, 0.01);
        assertEquals("ÖDS", JsonPath.read(body, "$.classification"));
        assertEquals("police", JsonPath.read(body, "$.basis"));
        assertEquals(POLICE_NOTE, JsonPath.read(body, "$.policeNote"));
        assertEquals("Polygon", JsonPath.read(body, "$.extent.type"));
    }

    @Test
    void onlyPoliceAndAdminsClassifyAnOds() throws Exception {
        long id = ods();
        for (RequestPostProcessor who : new RequestPostProcessor[] {strateg(), lasare(), parkingenjor()}) {
            mvc.perform(postJson("/api/targets/" + id + "/assessments", odsAssessment()).with(who))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        int before = count(id);
        add(id, admin(), odsAssessment());
        assertEquals(before + 1, count(id));
    }

    int count(long target) throws Exception {
        return JsonPath.<Integer>read(mvc.perform(get("/api/targets/" + target + "/assessments").with(lasare()))
                .andReturn().getResponse().getContentAsString(), "$.length()");
    }

    @Test
    void theTargetOffersAssessToWhoeverMayAssess() throws Exception {
        long id = ods();
        mvc.perform(get("/api/targets/" + id).with(polis()))
                .andExpect(jsonPath("$.properties.actions", hasItem("assess")))
                .andExpect(jsonPath("$.properties.actions", hasItem("restrictedAssess")));
        mvc.perform(get("/api/targets/" + id).with(strateg()))
                .andExpect(jsonPath("$.properties.actions", hasItem("edit")))
                .andExpect(jsonPath("$.properties.actions", not(hasItem("assess"))));
    }

    long planGoal() throws Exception {
        long place = fixtures.place("hasselby-torg").getId();
        String created = mvc.perform(postJson("/api/targets", "{\"kind\":\"platsmål\",\"place\":" + place
                + ",\"targetYear\":2027,\"notes\":\"Öka barnfamiljer på torget\"}").with(strateg()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(created, "$.id").longValue();
    }

    @Test
    void strategAssessesThePlansOwnGoalAndPoliceDoNot() throws Exception {
        long goal = planGoal();
        String goalAssessment = "{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\",\"assessedBy\":\"Trygghetsstrateg SDF\","
                + "\"indicators\":[{\"name\":\"Barnfamiljer på torget lördag 11-14\",\"unit\":\"st\",\"value\":12}]}";
        mvc.perform(get("/api/targets/" + goal).with(strateg()))
                .andExpect(jsonPath("$.properties.actions", hasItem("assess")))
                .andExpect(jsonPath("$.properties.actions", not(hasItem("restrictedAssess"))));
        String body = add(goal, strateg(), goalAssessment);
        assertEquals("plan", JsonPath.read(body, "$.basis"));
        assertEquals(2025, (int) JsonPath.read(body, "$.year"));
        mvc.perform(postJson("/api/targets/" + goal + "/assessments", goalAssessment).with(polis()))
                .andExpect(status().isForbidden());
        // a plan's goal has no police classification
        mvc.perform(postJson("/api/targets/" + goal + "/assessments",
                "{\"date\":\"2025-05-01\",\"assessedBy\":\"x\",\"classification\":\"ÖDS\"}").with(strateg()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("classification"));
        // nor police-only parts from someone who may not write them
        mvc.perform(postJson("/api/targets/" + goal + "/assessments",
                "{\"date\":\"2025-05-01\",\"assessedBy\":\"x\",\"policeNote\":\"hemligt\"}").with(strateg()))
                .andExpect(status().isForbidden());
    }

    @Test
    void policeOnlyIndicatorsAndNotesAreHiddenFromEveryoneElseEverywhere() throws Exception {
        long id = ods();
        String created = add(id, polis(), odsAssessment());
        long assessment = JsonPath.<Number>read(created, "$.id").longValue();
        for (RequestPostProcessor who : new RequestPostProcessor[] {strateg(), lasare()}) {
            for (String url : new String[] {"/api/targets/" + id + "/assessments",
                    "/api/targets/" + id + "/assessments/" + assessment, "/api/targets/" + id + "/history"}) {
                String body = mvc.perform(get(url).with(who)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertFalse(body.contains(POLICE_NOTE), url + " shows the police note");
                assertFalse(body.contains(SECRET_INDICATOR), url + " shows the police-only indicator");
                assertTrue(body.contains("Sprutfynd"), url + " lost the open indicator");
            }
        }
        String police = mvc.perform(get("/api/targets/" + id + "/assessments").with(polis()))
                .andReturn().getResponse().getContentAsString();
        assertTrue(police.contains(POLICE_NOTE) && police.contains(SECRET_INDICATOR));
    }

    @Test
    void assessmentsAreAppendOnlyAndAudited() throws Exception {
        long id = ods();
        String created = add(id, polis(), odsAssessment());
        String url = "/api/targets/" + id + "/assessments/" + JsonPath.<Number>read(created, "$.id").longValue();
        mvc.perform(put(url).with(admin()).contentType(MediaType.APPLICATION_JSON).content(odsAssessment()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete(url).with(admin())).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/targets/" + id + "/assessments").with(admin())).andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/api/targets/" + id + "/history").with(polis()))
                .andExpect(jsonPath("$[-1].action").value("assessment"))
                .andExpect(jsonPath("$[-1].actor").value("polis"))
                .andExpect(jsonPath("$[-1].after.policeNote").value(POLICE_NOTE));
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        long id = ods();
        int before = count(id);
        String[][] cases = {
                {"{\"date\":\"2025-03-01\",\"assessedBy\":\"Lpo\"}", "classification"},
                {"{\"date\":\"2025-03-01\",\"assessedBy\":\"Lpo\",\"classification\":\"utsatt område\"}", "classification"},
                {"{\"date\":\"2999-03-01\",\"assessedBy\":\"Lpo\",\"classification\":\"ÖDS\"}", "date"},
                {"{\"from\":\"2025-03-01\",\"to\":\"2025-01-01\",\"assessedBy\":\"Lpo\",\"classification\":\"ÖDS\"}", "to"},
                {"{\"assessedBy\":\"Lpo\",\"classification\":\"ÖDS\"}", "date"},
                {"{\"date\":\"2025-03-01\",\"classification\":\"ÖDS\"}", "assessedBy"},
                {"{\"date\":\"2025-03-01\",\"assessedBy\":\"Lpo\",\"classification\":\"ÖDS\",\"extent\":"
                        + "{\"type\":\"LineString\",\"coordinates\":[[17.83,59.36],[17.84,59.36]]}}", "extent"},
                {"{\"date\":\"2025-03-01\",\"assessedBy\":\"Lpo\",\"classification\":\"ÖDS\","
                        + "\"indicators\":[{\"unit\":\"st\",\"value\":1}]}", "indicators[0].name"},
        };
        for (String[] c : cases) {
            mvc.perform(postJson("/api/targets/" + id + "/assessments", c[0]).with(polis()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(c[1]));
        }
        // authorization before validation: a reader learns nothing about the body
        mvc.perform(postJson("/api/targets/" + id + "/assessments", cases[0][0]).with(lasare()))
                .andExpect(status().isForbidden());
        assertEquals(before, count(id));
        mvc.perform(post("/api/targets/999999999/assessments").with(polis()).contentType(MediaType.APPLICATION_JSON)
                .content(odsAssessment())).andExpect(status().isNotFound());
    }
}
