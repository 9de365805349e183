package se.platslage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A representation read with GET can be changed in one property and sent back with PUT, on every resource
 * that has a PUT: the change is stored, and the same body sent again (now a stale version) is refused.
 */
@BothDatabases
@Transactional
class RepresentationRoundTripApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aMeasureFeatureReadCanBeSentBack() throws Exception {
        long id = firstId("/api/measures?plan=hasselby-vallingby-2025&limit=1", "$.features[0].id");
        MockHttpServletResponse read = read("/api/measures/" + id);
        ObjectNode feature = (ObjectNode) json.readTree(read.getContentAsString());
        assertThat(feature.path("type").asText()).isEqualTo("Feature");
        boolean ownGeometry = feature.path("properties").path("ownGeometry").asBoolean();
        ((ObjectNode) feature.get("properties")).put("description", "Ändrad och skickad tillbaka");

        sendBack("/api/measures/" + id, feature, read.getHeader("ETag"));

        mvc.perform(get("/api/measures/" + id).with(admin()))
                .andExpect(jsonPath("$.properties.description").value("Ändrad och skickad tillbaka"))
                // the map's geometry of a measure without its own was not taken for its own
                .andExpect(jsonPath("$.properties.ownGeometry").value(ownGeometry));
        staleIsRefused("/api/measures/" + id, feature, read.getHeader("ETag"));
    }

    @Test
    void aProblemReadCanBeSentBack() throws Exception {
        // one with places: GET writes them as {id, name} objects, which must be accepted back
        long id = firstId("/api/problems?plan=hasselby-vallingby-2025&limit=100", "$.items[?(@.places[0])].id");
        MockHttpServletResponse read = read("/api/problems/" + id);
        ObjectNode problem = (ObjectNode) json.readTree(read.getContentAsString());
        assertThat(problem.path("places").path(0).path("id").isNumber()).isTrue();
        problem.put("description", "Ändrat problem");

        sendBack("/api/problems/" + id, problem, read.getHeader("ETag"));

        mvc.perform(get("/api/problems/" + id).with(admin()))
                .andExpect(jsonPath("$.description").value("Ändrat problem"))
                .andExpect(jsonPath("$.places.length()").value(problem.path("places").size()));
        staleIsRefused("/api/problems/" + id, problem, read.getHeader("ETag"));
    }

    @Test
    void aTargetFeatureReadCanBeSentBack() throws Exception {
        long id = firstId("/api/targets", "$.features[0].id");
        MockHttpServletResponse read = read("/api/targets/" + id);
        ObjectNode feature = (ObjectNode) json.readTree(read.getContentAsString());
        ((ObjectNode) feature.get("properties")).put("notes", "Ändrad anteckning");

        sendBack("/api/targets/" + id, feature, read.getHeader("ETag"));

        mvc.perform(get("/api/targets/" + id).with(admin()))
                .andExpect(jsonPath("$.properties.notes").value("Ändrad anteckning"));
        staleIsRefused("/api/targets/" + id, feature, read.getHeader("ETag"));
    }

    @Test
    void aPlaceFeatureReadCanBeSentBack() throws Exception {
        long id = firstId("/api/places?limit=1", "$.features[0].id");
        MockHttpServletResponse read = read("/api/places/" + id);
        ObjectNode feature = (ObjectNode) json.readTree(read.getContentAsString());
        ((ObjectNode) feature.get("properties")).put("source", "Ändrad källa");

        sendBack("/api/places/" + id, feature, read.getHeader("ETag"));

        mvc.perform(get("/api/places/" + id).with(admin()))
                .andExpect(jsonPath("$.properties.source").value("Ändrad källa"));
        staleIsRefused("/api/places/" + id, feature, read.getHeader("ETag"));
    }

    /**
     * An account as an admin lists it goes back to PUT unchanged but for the edit: the read-only members (id,
     * demo, localPassword, version) are ignored and a password left out is kept. Accounts carry no ETag: the
     * PUT does not check versions.
     */
    @Test
    void anAccountReadCanBeSentBack() throws Exception {
        ObjectNode account = strategAccount();
        account.put("displayName", "Ändrat visningsnamn");

        mvc.perform(put("/api/accounts/" + account.path("id").asLong()).with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(account)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Ändrat visningsnamn"));

        ObjectNode after = strategAccount();
        ObjectNode expected = account.deepCopy();
        expected.remove("version");
        after.remove("version");
        assertThat(after).isEqualTo(expected);
        // the password was kept: strateg still signs in with it
        mvc.perform(get("/api/me").with(DemoLogins.strateg())).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Ändrat visningsnamn"));
    }

    private ObjectNode strategAccount() throws Exception {
        String list = mvc.perform(get("/api/accounts").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (var item : json.readTree(list)) {
            if (item.path("username").asText().equals("strateg")) {
                return (ObjectNode) item;
            }
        }
        throw new AssertionError("no account strateg in " + list);
    }

    private long firstId(String list, String path) throws Exception {
        String body = mvc.perform(get(list).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Object found = JsonPath.read(body, path);
        return ((Number) (found instanceof java.util.List<?> matches ? matches.get(0) : found)).longValue();
    }

    private MockHttpServletResponse read(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getHeader("ETag")).isNotNull();
        return response;
    }

    private void sendBack(String url, ObjectNode body, String etag) throws Exception {
        mvc.perform(put(url).with(admin()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk());
    }

    /** The body read before the change, with its If-Match, is now stale. */
    private void staleIsRefused(String url, ObjectNode body, String etag) throws Exception {
        mvc.perform(put(url).with(admin()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isConflict());
    }
}
