package se.platslage.target;

import static se.platslage.DemoLogins.admin;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;

@BothDatabases
class TargetApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void hasselbyTorgHasAnOdsTargetFor2030WithYearsLeft() throws Exception {
        int yearsLeft = 2030 - LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
        mvc.perform(get("/api/targets").param("kind", "ÖDS").param("text", "Hässelby torg").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.name").value("Hässelby torg"))
                .andExpect(jsonPath("$.features[0].properties.targetYear").value(2030))
                .andExpect(jsonPath("$.features[0].properties.yearsLeft").value(yearsLeft))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
    }

    @Test
    void maltesholmstorgetIsAnOdsTargetInHasselbyVallingby() throws Exception {
        mvc.perform(get("/api/targets").param("district", "hasselby-vallingby").with(admin()))
                .andExpect(jsonPath("$.features[*].properties.name", hasItem("Maltesholmstorget")));
    }

    @Test
    void bboxOverSodermalmHasNoHasselbyTarget() throws Exception {
        mvc.perform(get("/api/targets").param("bbox", "18.02,59.30,18.10,59.33").with(admin()))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Hässelby torg')]").isEmpty());
    }

    @Test
    void unknownKindIsABadRequestNamingTheField() throws Exception {
        mvc.perform(get("/api/targets").param("kind", "drogscen").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
    }
}
