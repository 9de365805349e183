package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.BothDatabases;

/**
 * The {@code "actions"} a record offers are exactly what the server accepts: every demo role, every
 * measure, every measure action is tried for real (each request rolled back) and must succeed iff it was
 * offered, and be a 403 iff it was not. The accounts sign in with {@code user(..)} rather than HTTP Basic:
 * the thousands of requests here would otherwise spend minutes hashing passwords; the account, its role
 * and districts are still read from the database as for any sign-in ({@link CurrentActor}).
 */
@BothDatabases
class OfferedActionsTest {

    static final List<String> ROLES = List.of("admin", "strateg", "parkingenjor", "polis", "lasare");

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ObjectMapper json;

    /** How each measure action is tried: a request built from the measure as the role read it. */
    private final Map<String, Function<JsonNode, MockHttpServletRequestBuilder>> measureProbes = probes();

    private Map<String, Function<JsonNode, MockHttpServletRequestBuilder>> probes() {
        Map<String, Function<JsonNode, MockHttpServletRequestBuilder>> probes = new LinkedHashMap<>();
        probes.put("followUp", m -> body(post("/api/measures/" + m.path("id").asLong() + "/follow-ups"),
                "{\"status\":\"ongoing\",\"text\":\"Prövad uppföljning\"}"));
        probes.put("restrictedFollowUp", m -> body(post("/api/measures/" + m.path("id").asLong() + "/follow-ups"),
                "{\"status\":\"ongoing\",\"text\":\"Prövad uppföljning\",\"restricted\":true}"));
        probes.put("progress", m -> body(patch("/api/measures/" + m.path("id").asLong() + "/progress"),
                "{\"progressPercent\":40,\"version\":" + m.path("version").asLong() + "}"));
        probes.put("policeNote", m -> body(put("/api/measures/" + m.path("id").asLong() + "/police-note"),
                "{\"policeNote\":\"Prövad anteckning\"}"));
        probes.put("edit", m -> body(put("/api/measures/" + m.path("id").asLong()), editBody(m)));
        probes.put("delete", m -> delete("/api/measures/" + m.path("id").asLong()));
        return probes;
    }

    @Test
    void everyMeasureOffersExactlyTheActionsTheServerAcceptsForEveryRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> offeredCounts = new LinkedHashMap<>();
        for (String role : ROLES) {
            JsonNode measures = read(role, "/api/measures?limit=1000").path("features");
            assertThat(measures.size()).as("measures read by " + role).isGreaterThan(100);
            for (JsonNode feature : measures) {
                JsonNode measure = feature.path("properties");
                Set<String> offered = new TreeSet<>();
                measure.path("actions").forEach(a -> offered.add(a.asText()));
                assertThat(measureProbes.keySet()).as("known actions").containsAll(offered);
                for (var probe : measureProbes.entrySet()) {
                    int status = perform(probe.getValue().apply(measure).with(as(role)));
                    boolean isOffered = offered.contains(probe.getKey());
                    boolean ok = isOffered ? status >= 200 && status < 300 : status == 403;
                    if (!ok) {
                        wrong.add(role + " " + probe.getKey() + " on measure " + measure.path("ref").asText()
                                + ": offered " + isOffered + ", answered " + status);
                    }
                    if (isOffered) {
                        offeredCounts.merge(role + " " + probe.getKey(), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // The walk means something only if the roles differ as the README says they do.
        assertThat(offeredCounts.get("polis followUp")).as("police follow up measures naming the police")
                .isGreaterThan(20);
        assertThat(offeredCounts).doesNotContainKeys("lasare followUp", "polis edit", "parkingenjor edit",
                "strateg policeNote", "parkingenjor restrictedFollowUp");
        assertThat(offeredCounts.get("parkingenjor progress")).isPositive();
    }

    @Test
    void singleMeasureAndEveryOtherRecordKindCarryTheirActions() throws Exception {
        JsonNode measure = read("strateg", "/api/measures?limit=1").path("features").get(0);
        JsonNode single = read("strateg", "/api/measures/" + measure.path("id").asLong());
        assertThat(single.path("properties").path("actions")).isEqualTo(measure.path("properties").path("actions"));

        assertThat(read("polis", "/api/problems?limit=5").path("items").get(0).path("actions").toString())
                .isEqualTo("[\"policeNote\"]");
        assertThat(read("admin", "/api/places?limit=5").path("features").get(0).path("properties").path("actions")
                .toString()).isEqualTo("[\"edit\",\"delete\"]");
        assertThat(read("lasare", "/api/targets").path("features").get(0).path("properties").path("actions").size())
                .isZero();
        JsonNode plans = read("strateg", "/api/plans");
        for (JsonNode plan : plans) {
            boolean own = !plan.path("district").asText().equals("sodermalm");
            assertThat(plan.path("actions").toString()).as(plan.path("code").asText())
                    .isEqualTo(own ? "[\"followUp\"]" : "[]");
        }
    }

    @Test
    void meListsTheRolesGeneralCapabilities() throws Exception {
        assertThat(capabilities("polis")).containsExactlyInAnyOrder("policeFields", "readIncidents", "importIncidents",
                "readIncidentAggregates");
        assertThat(capabilities("strateg")).containsExactlyInAnyOrder("createRecords", "importPlans",
                "readIncidentAggregates");
        assertThat(capabilities("parkingenjor")).isEmpty();
        assertThat(capabilities("lasare")).isEmpty();
        assertThat(read("strateg", "/api/me").path("editableDistricts").toString()).doesNotContain("sodermalm");
        // Each capability is what the endpoints behind it answer.
        for (String role : ROLES) {
            Set<String> granted = capabilities(role);
            assertThat(status(role, "/api/incidents?limit=1") != 403).as(role + " readIncidents")
                    .isEqualTo(granted.contains("readIncidents"));
            assertThat(status(role, "/api/analysis/coverage?cellSize=200&distance=100") != 403)
                    .as(role + " readIncidentAggregates").isEqualTo(granted.contains("readIncidentAggregates"));
        }
    }

    private Set<String> capabilities(String role) throws Exception {
        Set<String> granted = new TreeSet<>();
        read(role, "/api/me").path("capabilities").forEach(c -> granted.add(c.asText()));
        return granted;
    }

    /** The measure as read, sent back: the API accepts a GET body as a PUT body. */
    private String editBody(JsonNode measure) {
        ObjectNode body = json.createObjectNode();
        for (String field : List.of("problem", "cause", "description", "category", "type", "operationalGoal",
                "timing", "responsible", "places", "geometryDigitised", "assignee", "version")) {
            body.set(field, measure.path(field).isMissingNode() ? null : measure.get(field));
        }
        return body.toString();
    }

    private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Signed in as a session would be, with the page's CSRF token. */
    private static RequestPostProcessor as(String role) {
        return request -> csrf().postProcessRequest(user(role).postProcessRequest(request));
    }

    private JsonNode read(String role, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as(role))).andReturn().getResponse().getContentAsByteArray());
    }

    private int status(String role, String path) {
        return perform(get(path).with(as(role)));
    }

    /** Each request in its own transaction, rolled back: no probe sees another's writes. */
    private int perform(MockHttpServletRequestBuilder request) {
        return tx.execute(s -> {
            s.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
