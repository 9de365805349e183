package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;

/**
 * Optimistic locking, committed for real (no test transaction): two writers who read the same version
 * cannot both win, and the loser learns the current version instead of overwriting.
 */
@BothDatabases
class ConcurrentEditingTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[17.8420,59.3670],[17.8425,59.3670],"
            + "[17.8425,59.3673],[17.8420,59.3673],[17.8420,59.3670]]]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    int placeId;

    static String body(String name, Long version) {
        return "{\"type\":\"Feature\",\"geometry\":" + SQUARE + ",\"properties\":{\"name\":\"" + name
                + "\",\"kind\":\"torg\"" + (version == null ? "" : ",\"version\":" + version) + "}}";
    }

    @BeforeEach
    void createPlace() throws Exception {
        String created = mvc.perform(post("/api/places").with(DemoLogins.strateg()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Samtidighetstorget", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        placeId = JsonPath.read(created, "$.id");
    }

    @AfterEach
    void removePlace() throws Exception {
        mvc.perform(delete("/api/places/" + placeId).with(DemoLogins.admin())).andExpect(status().isNoContent());
    }

    @Test
    void twoConcurrentWritersFromTheSameVersionCannotBothWin() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<org.springframework.mock.web.MockHttpServletResponse>> results = new ArrayList<>();
        for (String writer : List.of("strateg", "admin")) {
            Callable<org.springframework.mock.web.MockHttpServletResponse> write = () -> {
                start.await();
                return mvc.perform(put("/api/places/" + placeId).with(DemoLogins.as(writer))
                                .contentType(MediaType.APPLICATION_JSON).content(body("Skrivet av " + writer, 0L)))
                        .andReturn().getResponse();
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<org.springframework.mock.web.MockHttpServletResponse> result : results) {
            statuses.add(result.get().getStatus());
            if (result.get().getStatus() == 409) {
                // whether the version check or the database caught the race, the loser learns the version to read
                assertThat(JsonPath.<Integer>read(result.get().getContentAsString(), "$.currentVersion")).isEqualTo(1);
            }
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String winner = statuses.get(0) == 200 ? "strateg" : "admin";
        mvc.perform(get("/api/places/" + placeId).with(DemoLogins.lasare()))
                .andExpect(jsonPath("$.properties.name").value("Skrivet av " + winner))
                .andExpect(jsonPath("$.properties.version").value(1));
        mvc.perform(get("/api/places/" + placeId + "/history").with(DemoLogins.admin()))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("create", "update")));
    }

    @Test
    void concurrentFollowUpsAreAllKeptWithoutAConflict() throws Exception {
        long problem = jdbc.queryForObject("select min(id) from problem where deleted_at is null", Long.class);
        String created = mvc.perform(post("/api/measures").with(DemoLogins.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"problem\":" + problem + ",\"description\":\"Samtidiga uppföljningar\","
                                + "\"category\":\"physical\",\"type\":\"lighting\",\"responsible\":\"Trafikkontoret\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int measure = JsonPath.read(created, "$.id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Möte " + i;
            results.add(pool.submit(() -> {
                start.await();
                return mvc.perform(post("/api/measures/" + measure + "/follow-ups").with(DemoLogins.admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\":\"2025-09-30\",\"status\":\"ongoing\",\"text\":\"" + text + "\"}"))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201);
        mvc.perform(get("/api/measures/" + measure + "/follow-ups").with(DemoLogins.admin()))
                .andExpect(jsonPath("$.length()").value(20));
        mvc.perform(delete("/api/measures/" + measure).with(DemoLogins.admin())).andExpect(status().isNoContent());
    }

    @Test
    void aBodyReadEarlierIsAnUpdateFromThatVersion() throws Exception {
        String read = mvc.perform(get("/api/places/" + placeId).with(DemoLogins.strateg()))
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString();
        // Someone else changes the place meanwhile.
        mvc.perform(put("/api/places/" + placeId).with(DemoLogins.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body("Ändrad av admin", 0L))).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        // Sending back what was read (version 0) does not overwrite the newer change.
        mvc.perform(put("/api/places/" + placeId).with(DemoLogins.strateg()).contentType(MediaType.APPLICATION_JSON)
                        .content(read.replace("Samtidighetstorget", "Gammal kopia")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/places/" + placeId).with(DemoLogins.lasare()))
                .andExpect(jsonPath("$.properties.name").value("Ändrad av admin"));
    }

    @Test
    void ifMatchCarriesTheVersionAndAMissingVersionIsRefused() throws Exception {
        mvc.perform(put("/api/places/" + placeId).with(DemoLogins.strateg()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Utan version", null)))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.field").value("version"));
        mvc.perform(put("/api/places/" + placeId).with(DemoLogins.strateg()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("Fel version", null)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/places/" + placeId).with(DemoLogins.strateg()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("Med If-Match", null)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
    }
}
