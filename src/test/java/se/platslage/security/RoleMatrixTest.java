package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.DemoLogins;

/**
 * Every endpoint, every role: allowed or denied as the role table in the README says. "Allowed" means
 * neither 401 nor 403, and no 400 (the bodies here are valid) nor 5xx; "denied" means 403 (401 without
 * sign-in). Writes roll back with the test transaction.
 */
@BothDatabases
class RoleMatrixTest {

    static final List<String> ROLES = List.of("admin", "strateg", "parkingenjor", "polis", "lasare");
    static final Set<String> ALL = Set.copyOf(ROLES);
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> EDITORS = Set.of("admin", "strateg");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    record Case(String name, HttpMethod method, String path, String body, Set<String> allowed) {
    }

    private List<Case> cases() {
        var hvPlace = fixtures.place("hasselby-torg");
        var hvProblem = fixtures.problem("hv25-2-01");
        var hvMeasure = fixtures.measure("hv25-2-02-a");
        var policeMeasure = fixtures.measure("hv25-2-06-a");
        var parkMeasure = fixtures.parkEngineersMeasure();
        var soMeasure = fixtures.measure("so24-2-01-a");
        var hvTarget = fixtures.targetAt("hasselby-torg");
        long hvPlan = fixtures.planId("hasselby-vallingby-2025");
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[17.8420,59.3670],[17.8425,59.3670],"
                + "[17.8425,59.3673],[17.8420,59.3673],[17.8420,59.3670]]]}";
        String placeBody = "{\"type\":\"Feature\",\"geometry\":" + square
                + ",\"properties\":{\"name\":\"Matristorget\",\"kind\":\"torg\",\"version\":" + hvPlace.getVersion() + "}}";
        String problemBody = "{\"plan\":" + hvPlan + ",\"priorityArea\":2,\"description\":\"Matrisproblem\",\"version\":"
                + hvProblem.getVersion() + "}";
        Function<Long, String> measureBody = problem -> "{\"problem\":" + problem
                + ",\"description\":\"Matrisåtgärd\",\"category\":\"physical\",\"type\":\"lighting\",\"version\":";
        String followUp = "{\"status\":\"ongoing\",\"text\":\"Matrisuppföljning\"}";
        String targetBody = "{\"kind\":\"ÖDS\",\"place\":" + hvPlace.getId() + ",\"targetYear\":2031,\"version\":"
                + hvTarget.getVersion() + "}";
        String account = "{\"username\":\"matris\",\"role\":\"lasare\",\"password\":\"ett-langt-losenord\"}";

        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/api/places", "/api/places/" + hvPlace.getId(), "/api/problems",
                "/api/problems/" + hvProblem.getId(), "/api/measures", "/api/measures/" + hvMeasure.getId(),
                "/api/measures/" + hvMeasure.getId() + "/follow-ups", "/api/measures/" + hvMeasure.getId() + "/history",
                "/api/places/" + hvPlace.getId() + "/history", "/api/problems/" + hvProblem.getId() + "/history",
                "/api/targets", "/api/targets/" + hvTarget.getId(), "/api/plans", "/api/plans/" + hvPlan,
                "/api/plans/" + hvPlan + "/summary", "/api/districts", "/api/areas", "/api/me", "/api/me/tokens",
                "/v3/api-docs")) {
            cases.add(new Case("read " + path, HttpMethod.GET, path, null, ALL));
        }
        cases.add(new Case("list accounts", HttpMethod.GET, "/api/accounts", null, ADMIN));
        cases.add(new Case("audit log", HttpMethod.GET, "/api/audit", null, ADMIN));
        cases.add(new Case("deleted records", HttpMethod.GET, "/api/deleted", null, ADMIN));
        cases.add(new Case("create account", HttpMethod.POST, "/api/accounts", account, ADMIN));
        cases.add(new Case("restore", HttpMethod.POST, "/api/deleted/measures/" + hvMeasure.getId() + "/restore", null,
                ADMIN));
        cases.add(new Case("issue own token", HttpMethod.POST, "/api/me/tokens", "{\"name\":\"qgis\"}", ALL));

        cases.add(new Case("create place", HttpMethod.POST, "/api/places", placeBody, EDITORS));
        cases.add(new Case("update place", HttpMethod.PUT, "/api/places/" + hvPlace.getId(), placeBody, EDITORS));
        cases.add(new Case("correct place geometries (dry run)", HttpMethod.POST, "/api/places/geometries?dryRun=true",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + square
                + ",\"properties\":{\"id\":" + hvPlace.getId() + ",\"accuracyM\":5,\"digitised\":\"Matris\"}}]}",
                EDITORS));
        cases.add(new Case("delete place named by a plan (409)", HttpMethod.DELETE, "/api/places/" + hvPlace.getId(),
                null, EDITORS));
        cases.add(new Case("create problem", HttpMethod.POST, "/api/problems", problemBody, EDITORS));
        cases.add(new Case("update problem", HttpMethod.PUT, "/api/problems/" + hvProblem.getId(), problemBody.replace(
                "Matrisproblem", hvProblem.getDescription().replace("\"", "\\\"")), EDITORS));
        cases.add(new Case("delete problem with measures (409)", HttpMethod.DELETE, "/api/problems/" + hvProblem.getId(),
                null, EDITORS));
        cases.add(new Case("problem police note", HttpMethod.PUT, "/api/problems/" + hvProblem.getId() + "/police-note",
                "{\"policeNote\":\"x\"}", Set.of("admin", "polis")));
        cases.add(new Case("create measure", HttpMethod.POST, "/api/measures",
                measureBody.apply(hvProblem.getId()) + "null}", EDITORS));
        cases.add(new Case("update measure", HttpMethod.PUT, "/api/measures/" + hvMeasure.getId(),
                measureBody.apply(hvMeasure.getProblem().getId()) + hvMeasure.getVersion() + "}", EDITORS));
        cases.add(new Case("update Södermalm measure (strateg has no Södermalm)", HttpMethod.PUT,
                "/api/measures/" + soMeasure.getId(), "{\"problem\":" + soMeasure.getProblem().getId()
                + ",\"description\":\"x\",\"category\":\"social\",\"version\":" + soMeasure.getVersion() + "}", ADMIN));
        cases.add(new Case("delete measure", HttpMethod.DELETE, "/api/measures/" + hvMeasure.getId(), null, EDITORS));
        cases.add(new Case("follow up a physical measure", HttpMethod.POST,
                "/api/measures/" + hvMeasure.getId() + "/follow-ups", followUp, EDITORS));
        cases.add(new Case("follow up a police measure", HttpMethod.POST,
                "/api/measures/" + policeMeasure.getId() + "/follow-ups", followUp, Set.of("admin", "strateg", "polis")));
        cases.add(new Case("follow up the park engineer's measure", HttpMethod.POST,
                "/api/measures/" + parkMeasure.getId() + "/follow-ups", followUp,
                Set.of("admin", "strateg", "parkingenjor")));
        cases.add(new Case("report progress on the park engineer's measure", HttpMethod.PATCH,
                "/api/measures/" + parkMeasure.getId() + "/progress", "{\"progressPercent\":50,\"version\":"
                + parkMeasure.getVersion() + "}", Set.of("admin", "strateg", "parkingenjor")));
        cases.add(new Case("report progress on another measure", HttpMethod.PATCH,
                "/api/measures/" + hvMeasure.getId() + "/progress", "{\"progressPercent\":50,\"version\":"
                + hvMeasure.getVersion() + "}", EDITORS));
        cases.add(new Case("measure police note", HttpMethod.PUT, "/api/measures/" + policeMeasure.getId()
                + "/police-note", "{\"policeNote\":\"x\"}", Set.of("admin", "polis")));
        cases.add(new Case("create target", HttpMethod.POST, "/api/targets", targetBody, EDITORS));
        cases.add(new Case("update target", HttpMethod.PUT, "/api/targets/" + hvTarget.getId(), targetBody, EDITORS));
        cases.add(new Case("delete target", HttpMethod.DELETE, "/api/targets/" + hvTarget.getId(), null, EDITORS));

        // incidents are police data: incident level for polis and admin, aggregates also for strateg (issue 6)
        Set<String> police = Set.of("admin", "polis");
        Set<String> aggregates = Set.of("admin", "polis", "strateg");
        cases.add(new Case("list incidents", HttpMethod.GET, "/api/incidents", null, police));
        cases.add(new Case("list incident imports", HttpMethod.GET, "/api/incidents/imports", null, police));
        cases.add(new Case("generate synthetic incidents", HttpMethod.POST, "/api/incidents/synthetic?count=10", null,
                police));
        // who may import may delete an import; the demo's synthetic batch is there in every test database
        Long demoImport = jdbc.queryForObject("select max(id) from incident_import where synthetic and deleted_at is null",
                Long.class);
        cases.add(new Case("delete an incident import", HttpMethod.DELETE, "/api/incidents/imports/" + demoImport, null,
                police));
        cases.add(new Case("monthly incidents at a place", HttpMethod.GET, "/api/places/" + hvPlace.getId()
                + "/incidents/monthly", null, police));
        cases.add(new Case("hot spots", HttpMethod.GET, "/api/analysis/hotspots?cellSize=200", null, aggregates));
        cases.add(new Case("kernel density", HttpMethod.GET, "/api/analysis/density", null, aggregates));
        cases.add(new Case("coverage", HttpMethod.GET, "/api/analysis/coverage?cellSize=200&distance=100", null,
                aggregates));
        cases.add(new Case("measure evaluation", HttpMethod.GET, "/api/measures/" + hvMeasure.getId()
                + "/evaluation?start=2024-06-01&response=50", null, aggregates));
        return cases;
    }

    @Test
    void everyRoleGetsWhatTheRoleTableSaysOnEveryEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : tx.execute(s -> cases())) {
            for (String role : ROLES) {
                int status = perform(c, DemoLogins.as(role));
                boolean allowed = c.allowed().contains(role);
                boolean ok = allowed ? status != 401 && status != 403 && status != 400 && status < 500
                        : status == 403;
                if (!ok) {
                    wrong.add(c.name() + " as " + role + ": " + status + (allowed ? " (should be allowed)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutSignInEveryApiEndpointIs401() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : tx.execute(s -> cases())) {
            int status = perform(c, r -> r);
            if (status != 401) {
                wrong.add(c.name() + ": " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        int status = mvc.perform(request(HttpMethod.GET, "/api/places").with(httpBasic("lasare", "fel")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(401);
    }

    /** Each request in its own transaction, rolled back: no case sees another's writes. */
    private int perform(Case c, org.springframework.test.web.servlet.request.RequestPostProcessor who) {
        MockHttpServletRequestBuilder request = request(c.method(), c.path()).with(who);
        if (c.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(c.body());
        }
        return tx.execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(c.name(), e);
            }
        });
    }

}
