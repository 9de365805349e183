package se.platslage;

import static se.platslage.DemoLogins.admin;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BothDatabases
class SystemEndpointsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/measures']").exists())
                .andExpect(jsonPath("$.paths['/api/measures/{id}/follow-ups']").exists())
                .andExpect(jsonPath("$.paths['/api/plans/{id}/summary']").exists());
    }

    @Test
    void openApiDescribesAPlansFieldsFromItsRecord() throws Exception {
        mvc.perform(get("/v3/api-docs").with(admin()))
                .andExpect(jsonPath("$.paths['/api/plans/{id}'].get.responses['200'].content['*/*'].schema.$ref")
                        .value("#/components/schemas/PlanView"))
                .andExpect(jsonPath("$.components.schemas.PlanView.properties.code.type").value("string"))
                .andExpect(jsonPath("$.components.schemas.PlanView.properties.year.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.PlanView.properties.priorityAreas.items.$ref")
                        .value("#/components/schemas/PriorityAreaView"));
    }

    @Test
    void theMapPageAndLeafletAreServedFromTheApplication() throws Exception {
        mvc.perform(get("/").with(admin())).andExpect(status().isOk());
        // Named by version (filled in from pom.xml), so the browser may keep it for a year (StaticCaching).
        mvc.perform(get("/index.html").with(admin())).andExpect(content().string(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js")));
        mvc.perform(get("/webjars/leaflet/1.9.4/dist/leaflet.js").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js").with(admin())).andExpect(status().isOk());
    }

    @Test
    void unknownApiPathIsANotFoundProblemNotAServerError() throws Exception {
        mvc.perform(get("/api/nothing-here").with(admin())).andExpect(status().isNotFound());
    }
}
