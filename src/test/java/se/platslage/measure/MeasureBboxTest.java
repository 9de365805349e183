package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.district.District;
import se.platslage.geo.BoundingBox;
import se.platslage.geo.Sweref;
import se.platslage.place.Place;
import se.platslage.place.PlaceKind;
import se.platslage.problem.Problem;
import se.platslage.vocabulary.MeasureCategory;

/**
 * The measure list's bbox filter: a measure is in the box when its own geometry or one of its places
 * intersects it. The rewritten query (a UNION of two index scans, {@link MeasureQueries#IN_BBOX}) must give
 * exactly the rows of the earlier correlated form, which this test keeps as the reference.
 */
@BothDatabases
@Transactional
class MeasureBboxTest {

    /** The form the list used before issue 16: the same meaning, planned as a probe per measure. */
    private static final String REFERENCE = "(bbox_intersects(m.geometry, :bbox) and st_intersects(m.geometry, :bbox))"
            + " or exists (select 1 from Place bp where bp member of m.places"
            + " and bbox_intersects(bp.geometry, :bbox) and st_intersects(bp.geometry, :bbox))";

    /** Near Kiruna, far from every demo plan: only this test's records lie here. */
    private static final String BOX = "20.20,67.84,20.24,67.86";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = {"17.80,59.30,18.20,59.40", "17.82,59.36,17.85,59.37", "18.05,59.30,18.10,59.32",
            "17.98,59.28,18.00,59.30", "10.03,54.96,24.17,69.07", "18.07,59.31,18.0701,59.3101"})
    void sameRowsAsTheCorrelatedForm(String bbox) {
        Geometry box = BoundingBox.parse(bbox);
        assertThat(ids("select m.id from Measure m where " + MeasureQueries.IN_BBOX, box))
                .isEqualTo(ids("select m.id from Measure m where " + REFERENCE, box));
    }

    @Test
    void theWholeCountryHoldsEveryLocatedMeasure() throws Exception {
        Set<Long> located = ids("select m.id from Measure m where m.geometry is not null"
                + " or exists (select 1 from Place p where p member of m.places and p.geometry is not null)", null);
        assertThat(located).isNotEmpty();
        assertThat(apiIds("10.03,54.96,24.17,69.07")).isEqualTo(located);
    }

    @Test
    void edgeCasesOfTheBox() throws Exception {
        Geometry box = BoundingBox.parse(BOX);
        Problem problem = em.createQuery("select p from Problem p order by p.id", Problem.class).setMaxResults(1)
                .getSingleResult();
        District district = problem.getPriorityArea().getPlan().getDistrict();
        Place inside = place("inne", district, lonLat(20.22, 67.85).buffer(30));
        Place outside = place("ute", district, lonLat(20.40, 67.90).buffer(30));
        // A corner of the projected box itself: touching counts as intersecting (DE-9IM, boundary meets boundary).
        Geometry corner = Sweref.FACTORY.createPoint(new Coordinate(box.getCoordinates()[0]));

        long ownInside = measure(problem, "egen geometri inne, plats ute", lonLat(20.21, 67.845), outside);
        long onlyPlaceInside = measure(problem, "ingen egen geometri, plats inne", null, inside);
        long touching = measure(problem, "rör kanten", corner, outside);
        long bothInside = measure(problem, "både egen och plats inne", lonLat(20.23, 67.855), inside);
        long nothing = measure(problem, "varken geometri eller plats", null, null);
        long bothOutside = measure(problem, "allt ute", lonLat(20.41, 67.91), outside);

        Set<Long> found = apiIds(BOX);
        assertThat(found).containsExactlyInAnyOrder(ownInside, onlyPlaceInside, touching, bothInside);
        assertThat(found).doesNotContain(nothing, bothOutside);
        mvc.perform(get("/api/measures").param("bbox", BOX).with(admin()))
                .andExpect(jsonPath("$.numberMatched").value(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.2,67.8,20.3", "a,b,c,d", "20.3,67.8,20.2,67.9", "-60,-40,-50,-30", "1,2,3,NaN"})
    void aBadBoxIsAProblemNamingTheField(String bbox) throws Exception {
        mvc.perform(get("/api/measures").param("bbox", bbox).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.field").value("bbox"));
    }

    private Set<Long> ids(String jpql, Geometry box) {
        var query = em.createQuery(jpql, Long.class);
        if (box != null) {
            query.setParameter("bbox", box);
        }
        return new HashSet<>(query.getResultList());
    }

    /** Every page of the list: other test classes may have committed more measures than one page holds. */
    private Set<Long> apiIds(String bbox) throws Exception {
        Set<Long> result = new HashSet<>();
        int matched;
        do {
            String body = mvc.perform(get("/api/measures").param("bbox", bbox).param("limit", "1000")
                            .param("offset", String.valueOf(result.size())).with(admin()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Number> ids = JsonPath.read(body, "$.features[*].id");
            matched = ((Number) JsonPath.read(body, "$.numberMatched")).intValue();
            ids.forEach(id -> result.add(id.longValue()));
            if (ids.isEmpty()) {
                break;
            }
        } while (result.size() < matched);
        return result;
    }

    private Place place(String name, District district, Geometry geometry) {
        Place place = new Place("bbox-test-" + name, "Bboxtest " + name, PlaceKind.TORG, district, geometry);
        em.persist(place);
        return place;
    }

    private long measure(Problem problem, String description, Geometry geometry, Place place) {
        Measure measure = new Measure(null, problem, 900 + description.length());
        measure.describe(null, description, MeasureCategory.SOCIAL, null, null, Timing.NONE, "Trygghetsstrateg",
                place == null ? Set.of() : Set.of(place));
        measure.locate(geometry, geometry == null ? null : "test");
        em.persist(measure);
        em.flush();
        return measure.getId();
    }

    private static Geometry lonLat(double lon, double lat) {
        return Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(lon, lat)));
    }
}
