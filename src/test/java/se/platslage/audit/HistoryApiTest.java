package se.platslage.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;

@BothDatabases
@Transactional
class HistoryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aDeletedMeasuresHistoryIsGoneLikeTheMeasureExceptForAdmins() throws Exception {
        long id = fixtures.parkEngineersMeasure().getId();
        mvc.perform(get("/api/measures/" + id + "/history").with(lasare())).andExpect(status().isOk());
        mvc.perform(delete("/api/measures/" + id).with(admin())).andExpect(status().isNoContent());

        mvc.perform(get("/api/measures/" + id).with(lasare())).andExpect(status().isNotFound());
        mvc.perform(get("/api/measures/" + id + "/history").with(lasare()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.before").doesNotExist());
        // admins list and restore deleted records, so they read what they restore
        mvc.perform(get("/api/measures/" + id + "/history").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].action").value("delete"));
    }

    @Test
    void theHistoryOfAnUnknownRecordIsNotFound() throws Exception {
        mvc.perform(get("/api/places/999999999/history").with(admin())).andExpect(status().isNotFound());
    }
}
