package se.platslage.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;
import static se.platslage.DemoLogins.strateg;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;

/**
 * What only shows outside a test transaction: an import that fails after storing some rows leaves nothing
 * behind, and a background job reports its progress and result. Neither test commits anything when the
 * code is right (the job is a dry run).
 */
@BothDatabases
class PlanImportTransactionTest {

    @Autowired
    PlanImportService service;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Autowired
    ImportUploads uploads;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImportThatFailsHalfwayStoresNothing() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        Path file = Files.createTempFile("import", ".xlsx");
        Files.write(file, Workbooks.cityPlan().getBytes());
        List<Long> before = counts();

        assertThatThrownBy(() -> service.run(file, "plan.xlsx",
                ImportRequest.of("hasselby-vallingby", "2031", null, null, null), (phase, done, total) -> {
                    if (phase.equals("storing") && done >= 2) {
                        throw new IllegalStateException("the job was stopped after two measures");
                    }
                })).hasMessageContaining("stopped");

        assertThat(counts()).isEqualTo(before);
        assertThat(em.createQuery("select count(p) from Plan p where p.code = 'hasselby-vallingby-2031'", Long.class)
                .getSingleResult()).isZero();
        Files.deleteIfExists(file);
    }

    @Test
    void anAsyncImportIsAJobItsOwnerCanFollowToTheEnd() throws Exception {
        String started = mvc.perform(multipart("/api/plans/import").file(Workbooks.cityPlan())
                        .param("district", "hasselby-vallingby").param("year", "2032").param("dryRun", "true")
                        .param("async", "true").with(strateg()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/plans/import/")))
                .andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");

        String state = "running";
        String body = null;
        for (int i = 0; i < 100 && state.equals("running"); i++) {
            Thread.sleep(100);
            body = mvc.perform(get("/api/plans/import/" + job).with(strateg())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            state = JsonPath.read(body, "$.state");
        }
        assertThat(state).as(body).isEqualTo("done");
        assertThat((Integer) JsonPath.read(body, "$.result.counts.measures")).isEqualTo(3);
        assertThat((String) JsonPath.read(body, "$.result.plan.code")).isEqualTo("hasselby-vallingby-2032");
        assertThat((Integer) JsonPath.read(body, "$.elapsedMs")).isGreaterThanOrEqualTo(0);
        // Someone else's job is not theirs to see.
        mvc.perform(get("/api/plans/import/" + job).with(lasare())).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/import/" + job).with(admin())).andExpect(status().isOk());
    }

    @Test
    void aFailedJobCarriesItsProblem() throws Exception {
        String started = mvc.perform(multipart("/api/plans/import").file(Workbooks.xlsx("inte en arbetsbok".getBytes()))
                        .param("district", "hasselby-vallingby").param("year", "2032").param("async", "true")
                        .with(strateg()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");
        String body = null;
        String state = "running";
        for (int i = 0; i < 100 && state.equals("running"); i++) {
            Thread.sleep(100);
            body = mvc.perform(get("/api/plans/import/" + job).with(strateg())).andReturn().getResponse()
                    .getContentAsString();
            state = JsonPath.read(body, "$.state");
        }
        assertThat(state).as(body).isEqualTo("failed");
        assertThat((Integer) JsonPath.read(body, "$.problem.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(body, "$.problem.field")).isEqualTo("file");
    }

    @Test
    void anotherNodeAnswersForAJobAndAJobWhoseNodeDiedSaysSo() throws Exception {
        String started = mvc.perform(multipart("/api/plans/import").file(Workbooks.cityPlan())
                        .param("district", "hasselby-vallingby").param("year", "2033").param("dryRun", "true")
                        .param("async", "true").with(strateg()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");
        // A second node: its own store over the same database, nothing shared in memory.
        ImportJobStore otherNode = new ImportJobStore(jdbc, transactions, json, java.time.Clock.systemUTC());
        String state = "running";
        for (int i = 0; i < 100 && state.equals("running"); i++) {
            Thread.sleep(100);
            state = (String) otherNode.find(job).orElseThrow().json().get("state");
        }
        assertThat(state).isEqualTo("done");
        assertThat(otherNode.find(job).orElseThrow().owner()).isEqualTo("strateg");
        assertThat(JsonPath.<Integer>read(otherNode.find(job).orElseThrow().json(), "$.result.counts.measures")).isEqualTo(3);

        // A job its node stopped updating ten minutes ago, without an end, died with the node.
        String lost = java.util.UUID.randomUUID().toString();
        otherNode.create(lost, "strateg", "node-of-another-process");
        jdbc.update("update import_job set updated_at = ?, phase = 'storing' where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(ImportJobStore.LOST_AFTER).minusSeconds(60)), lost);
        String body = mvc.perform(get("/api/plans/import/" + lost).with(strateg())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(body, "$.problem.detail")).contains("import the file again");
    }

    @Test
    void aLargePlansJobKeepsItsWholeResult() throws Exception {
        // 1,000 rows: the old result column (1,000,000 characters) held the result of about 630
        String[][] rows = new String[1002][];
        rows[0] = new String[] {"Otrygga och brottsutsatta platser"};
        rows[1] = Workbooks.HEADER;
        for (int i = 0; i < 1000; i++) {
            rows[i + 2] = new String[] {"Gångväg " + i + " bakom skolan - mörk och ödslig kvällstid",
                    "Saknar belysning och insyn från bostäderna runt omkring", "Ny belysning längs gångväg " + i,
                    "Ökad trygghet", "V 32-33 2024", "Parkingenjör"};
        }
        String started = mvc.perform(multipart("/api/plans/import").file(Workbooks.file("2. Otrygga och brottsutsatta platser", rows))
                        .param("district", "hasselby-vallingby").param("year", "2034").param("dryRun", "true")
                        .param("async", "true").with(strateg()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");
        String body = started;
        for (int i = 0; i < 600 && JsonPath.<String>read(body, "$.state").equals("running"); i++) {
            Thread.sleep(100);
            body = mvc.perform(get("/api/plans/import/" + job).with(strateg())).andReturn().getResponse().getContentAsString();
        }
        assertThat(JsonPath.<String>read(body, "$.state")).isEqualTo("done");
        assertThat(JsonPath.<Integer>read(body, "$.result.counts.measures")).isEqualTo(1000);
        assertThat(jdbc.queryForObject("select result_json from import_job where id = ?", String.class, job))
                .hasSizeGreaterThan(1_000_000);
    }

    @Test
    void theJobsAndUploadsOfAProcessThatDiedAreFailedAndDeletedAtStartUp() throws Exception {
        String deadNode = java.util.UUID.randomUUID().toString();
        Path dead = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "platslage-imports", deadNode));
        Files.createFile(dead.resolve(".lock"));
        Path upload = Files.createFile(dead.resolve("platslage-import-1.xlsx"));
        ImportJobStore jobs = new ImportJobStore(jdbc, transactions, json, java.time.Clock.systemUTC());
        String job = java.util.UUID.randomUUID().toString();
        jobs.create(job, "strateg", deadNode);
        String running = java.util.UUID.randomUUID().toString();
        jobs.create(running, "strateg", uploads.node());

        ImportUploads restarted = new ImportUploads(jobs);
        try {
            assertThat(jobs.find(job).orElseThrow().json()).containsEntry("state", "failed");
            assertThat((String) JsonPath.read(jobs.find(job).orElseThrow().json(), "$.problem.detail"))
                    .contains("import the file again");
            assertThat(upload).doesNotExist();
            assertThat(dead).doesNotExist();
            assertThat(jobs.find(running).orElseThrow().json()).as("a job of a live process")
                    .containsEntry("state", "running");
        } finally {
            restarted.close();
            jdbc.update("delete from import_job where id in (?, ?)", job, running);
        }
    }

    private List<Long> counts() {
        em.clear();
        return List.of(count("Plan"), count("Place"), count("Problem"), count("Measure"), count("AuditEvent"),
                count("PriorityArea"));
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }
}
