package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanFileWriter;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;

/**
 * Issue 17: the service is killed like {@code kill -9} (no shutdown, no flush) during a plan import, during an
 * incident import and right after an answered write, at several moments each, and started again on the same
 * database. After every restart: it starts (no corrupt store, Flyway runs), every write answered 2xx is there
 * with its audit entry and its own id, an import is there whole or not at all, and a job that was running when
 * the service died says failed and its upload is deleted.
 *
 * The service runs in a child JVM ({@link ServiceProcess}): on the embedded default (H2 + H2GIS, a file in a
 * temporary directory) under surefire, on PostgreSQL + PostGIS (the test database, which stays up) under failsafe.
 * Not timed: the moments of the kills only spread them over the imports; whatever the kill hits, the checks hold.
 */
@Tag("database")
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int INCIDENT_ROWS = 120_000;
    private static final String DISTRICT = "hasselby-vallingby";

    @TempDir
    Path dir;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** Follow-up id -> text, of every follow-up whose POST was answered 201. */
    private final Map<Long, String> answered = new HashMap<>();
    private long measureId;
    private int writes;

    @Test
    void aKilledServiceStartsAgainWithEveryAnsweredWriteAndNoHalfImport() throws Exception {
        ServiceProcess service = new ServiceProcess(dir, databaseArgs());
        try {
            service.start();
            measureId = JSON.readTree(service.get("/api/measures?limit=1").body()).path("features").get(0).path("id").asLong();
            byte[] workbook = planWorkbook();
            int planMeasures = JSON.readTree(service.upload("/api/plans/import?district=" + DISTRICT
                    + "&year=2040&dryRun=true", "crash.xlsx", workbook).body()).path("counts").path("measures").asInt();
            assertThat(planMeasures).isGreaterThan(1000);
            byte[] incidents = incidentCsv();

            // right after answered writes, with nothing else running
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 3; i++) {
                    write(service);
                }
                service.kill();
                service.start();
                assertAnsweredWritesKept(service);
            }
            // during a plan import (synchronous, as scripts use it, and as the dialog's job), then right after a write
            int[] planKillsMs = {300, 1500, 4000, 2500};
            for (int round = 0; round < planKillsMs.length; round++) {
                boolean async = round == planKillsMs.length - 1;
                Set<Long> plansBefore = planIds(service);
                CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> call(() ->
                        service.upload("/api/plans/import?district=" + DISTRICT + "&year=2041&async=" + async,
                                "crash.xlsx", workbook)));
                Thread.sleep(planKillsMs[round]);
                write(service);
                service.kill();
                HttpResponse<String> response = importing.exceptionally(e -> null).get();
                service.start();
                assertAnsweredWritesKept(service);
                List<Long> newPlans = planIds(service).stream().filter(id -> !plansBefore.contains(id)).toList();
                assertThat(newPlans).as("plans created by one import").hasSizeLessThanOrEqualTo(1);
                if (response != null && response.statusCode() == 201) {
                    assertThat(newPlans).as("an answered import is kept").hasSize(1);
                }
                for (long plan : newPlans) {
                    assertThat(measureCount(service, plan)).as("measures of a plan stored by a killed import")
                            .isEqualTo(planMeasures);
                }
                if (async && response != null && response.statusCode() == 202) {
                    String job = JSON.readTree(response.body()).path("id").asText();
                    JsonNode state = JSON.readTree(service.get("/api/plans/import/" + job).body());
                    assertThat(state.path("state").asText()).as("the killed job, right after the restart")
                            .isEqualTo(newPlans.isEmpty() ? "failed" : "done");
                }
                try (Stream<Path> left = Files.walk(service.tempDir())) {
                    assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("platslage-import-")))
                            .as("uploads of killed imports are deleted at start-up").isEmpty();
                }
            }
            // during an incident import (one transaction of 120,000 rows), then right after a write
            int[] incidentKillsMs = {1000, 4000, 9000};
            for (int round = 0; round < incidentKillsMs.length; round++) {
                String source = "crash-" + run + "-" + round;
                CompletableFuture<HttpResponse<String>> importing = CompletableFuture.supplyAsync(() -> call(() ->
                        service.upload("/api/incidents/import?format=csv&source=" + source, "incidents.csv", incidents)));
                Thread.sleep(incidentKillsMs[round]);
                write(service);
                service.kill();
                HttpResponse<String> response = importing.exceptionally(e -> null).get();
                service.start();
                assertAnsweredWritesKept(service);
                List<JsonNode> batches = new ArrayList<>();
                JSON.readTree(service.get("/api/incidents/imports?limit=1000").body()).forEach(b -> {
                    if (b.path("source").asText().equals(source)) {
                        batches.add(b);
                    }
                });
                long stored = JSON.readTree(service.get("/api/incidents?limit=1&source=" + source).body())
                        .path("numberMatched").asLong();
                assertThat(batches).as("imports of one killed upload").hasSizeLessThanOrEqualTo(1);
                if (response != null && response.statusCode() == 201) {
                    assertThat(batches).as("an answered import is kept").hasSize(1);
                }
                assertThat(stored).as("incidents of a killed import: all or none")
                        .isEqualTo(batches.isEmpty() ? 0 : INCIDENT_ROWS);
                batches.forEach(b -> assertThat(b.path("inserted").asLong()).isEqualTo(INCIDENT_ROWS));
            }
            service.stop();
            service.start();
            assertAnsweredWritesKept(service);
        } finally {
            service.kill();
        }
    }

    /** Posts a follow-up and keeps it if answered 201. */
    private void write(ServiceProcess service) throws Exception {
        String text = "Krasch " + run + " skrivning " + (++writes);
        HttpResponse<String> response = service.postJson("/api/measures/" + measureId + "/follow-ups",
                "{\"date\":\"2025-09-30\",\"status\":\"ongoing\",\"text\":\"" + text + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        answered.put(JSON.readTree(response.body()).path("id").asLong(), text);
    }

    private void assertAnsweredWritesKept(ServiceProcess service) throws Exception {
        Map<Long, String> stored = new HashMap<>();
        JSON.readTree(service.get("/api/measures/" + measureId + "/follow-ups").body())
                .forEach(f -> stored.put(f.path("id").asLong(), f.path("text").asText()));
        answered.forEach((id, text) -> assertThat(stored.get(id)).as("answered follow-up " + id).isEqualTo(text));
        Set<Long> ours = new HashSet<>();
        stored.forEach((id, text) -> {
            if (text.startsWith("Krasch " + run)) {
                ours.add(id);
            }
        });
        // each follow-up's audit entry is the measure before and after it: the follow-up it added is the difference
        Set<Long> audited = new HashSet<>();
        for (JsonNode event : JSON.readTree(service.get("/api/measures/" + measureId + "/history").body())) {
            if (event.path("action").asText().equals("follow-up")) {
                Set<Long> added = followUpIds(event.path("after"));
                added.removeAll(followUpIds(event.path("before")));
                added.retainAll(ours);
                audited.addAll(added);
            }
        }
        assertThat(audited).as("follow-ups with their audit entry").isEqualTo(ours);
    }

    private static Set<Long> followUpIds(JsonNode snapshot) {
        Set<Long> ids = new HashSet<>();
        snapshot.path("followUps").forEach(f -> ids.add(f.path("id").asLong()));
        return ids;
    }

    private static Set<Long> planIds(ServiceProcess service) throws Exception {
        Set<Long> ids = new HashSet<>();
        JSON.readTree(service.get("/api/plans").body()).forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    private static int measureCount(ServiceProcess service, long plan) throws Exception {
        return JSON.readTree(service.get("/api/measures?limit=1&plan=" + plan).body()).path("numberMatched").asInt();
    }

    private List<String> databaseArgs() {
        if ("postgis".equals(System.getProperty("platslage.test.database"))) {
            return List.of("--spring.profiles.active=postgis",
                    "--spring.datasource.url=" + System.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + System.getProperty("spring.datasource.username", "postgres"));
        }
        return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data").resolve("platslage"));
    }

    /** The Hässelby-Vällingby plan's real problems, repeated to 5 areas × 60 problems × 6 measures. */
    private static byte[] planWorkbook() throws Exception {
        ActionPlan real = new ObjectMapper().findAndRegisterModules()
                .readValue(Path.of("geodata/plans/hasselby-vallingby-2025.json").toFile(), ActionPlan.class);
        List<PlanProblem> problems = real.priorityAreas().stream().flatMap(a -> a.problems().stream())
                .filter(p -> !p.causes().isEmpty() && !p.causes().get(0).measures().isEmpty()).toList();
        List<PlanMeasure> measures = problems.stream().flatMap(p -> p.causes().stream())
                .flatMap(c -> c.measures().stream()).toList();
        List<PlanArea> areas = new ArrayList<>();
        int m = 0;
        for (int area = 1; area <= 5; area++) {
            List<PlanProblem> areaProblems = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                PlanProblem p = problems.get((area * 60 + i) % problems.size());
                List<PlanMeasure> its = new ArrayList<>();
                for (int j = 0; j < 6; j++) {
                    its.add(measures.get(m++ % measures.size()));
                }
                areaProblems.add(new PlanProblem(null, p.description(), p.places(), p.targetGroup(), p.timePattern(),
                        List.of(new PlanCause(p.causes().get(0).description(), its))));
            }
            areas.add(new PlanArea(area, real.priorityAreas().get(area - 1).name(), areaProblems));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new PlanFileWriter().writePlan(new ActionPlan(real.id(), real.district(), real.year(), real.kind(), real.title(),
                real.sourceDocument(), real.adopted(), null, List.of(), areas), xlsx);
        return xlsx.toByteArray();
    }

    /** Points in Västerort (SWEREF 99 TM), each with its own id. */
    private static byte[] incidentCsv() {
        Random random = new Random(17);
        StringBuilder csv = new StringBuilder("id,x,y,tid,typ\n");
        for (int i = 0; i < INCIDENT_ROWS; i++) {
            csv.append("k").append(i).append(',').append(660_000 + random.nextInt(20_000)).append(',')
                    .append(6_575_000 + random.nextInt(20_000)).append(",2024-").append(String.format("%02d", 1 + i % 12))
                    .append("-").append(String.format("%02d", 1 + i % 28)).append(" 22:15,Skadegörelse\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    /** The import's answer, or null when the kill cut the connection. */
    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            return null;
        }
    }
}
