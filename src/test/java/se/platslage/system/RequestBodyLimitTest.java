package se.platslage.system;

import static se.platslage.DemoLogins.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;
import se.platslage.place.PlaceRepository;

@BothDatabases
class RequestBodyLimitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlaceRepository places;

    @Autowired
    ApiProperties api;

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AndStoresNothing() throws Exception {
        long before = places.count();
        String name = "x".repeat((int) api.maxBodyBytes());
        String body = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"name\":\"" + name
                + "\",\"kind\":\"torg\",\"district\":\"sodermalm\"}}";
        mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("body"));
        assertThat(places.count()).isEqualTo(before);
    }

    @Test
    void aMissingBodyIsABadRequestThatDoesNotLeakCode() throws Exception {
        mvc.perform(post("/api/places").contentType(MediaType.APPLICATION_JSON).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"))
                .andExpect(jsonPath("$.detail").value("body: the request body is missing"));
    }
}
