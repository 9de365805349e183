package se.platslage.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.polis;
import static se.platslage.incident.IncidentFiles.upload;
import static se.platslage.incident.IncidentImportApiTest.resource;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;
import se.platslage.Fixtures;
import se.platslage.analysis.evaluation.BeforeAfterCounter;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.synthetic.SyntheticIncidentGenerator;
import se.platslage.hotspot.MeasureGeometries;
import se.platslage.measure.Measure;

/**
 * DELETE /api/incidents/imports/{id}: a wrong import's incidents leave every list and analysis, the same
 * file can be imported again, and the deletion stays on record (import row and audit log).
 */
@BothDatabases
@Transactional
class ImportDeletionApiTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DemoSyntheticIncidents demo;

    private long importFile(String format, String source, byte[] file, RequestPostProcessor who) throws Exception {
        var upload = upload(format, "wrong.csv", file).with(who);
        if (source != null) {
            upload.param("source", source);
        }
        String body = mvc.perform(upload).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.importId")).longValue();
    }

    private long importCsv(List<Incident> incidents, String source, String idPrefix) throws Exception {
        return importFile("csv", source, IncidentFiles.swerefCsv(incidents, idPrefix).getBytes(StandardCharsets.UTF_8),
                polis());
    }

    private long stored(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = ?", Long.class, source);
    }

    private long storedOf(long importId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE import_id = ?", Long.class, importId);
    }

    private int hotSpotIncidents(String type, String... more) throws Exception {
        var request = get("/api/analysis/hotspots").param("type", type).param("cellSize", "200").with(polis());
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.summary.incidents");
    }

    /** Incidents the density surface holds: each kernel integrates to one incident. */
    private double densityIncidents(String type) throws Exception {
        String body = mvc.perform(get("/api/analysis/density").param("type", type).param("pixelSize", "10")
                .param("bandwidth", "150").with(polis())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Number> values = JsonPath.read(body, "$.values");
        return values.stream().mapToDouble(Number::doubleValue).sum() * 10 * 10 / 1e6;
    }

    private static List<Incident> clustered(String type, int n, long seed) {
        var settings = new SyntheticIncidentGenerator.Settings(seed, 664000, 6582000, 666000, 6584000,
                List.of(new SyntheticIncidentGenerator.Cluster(665000, 6583000, 150, 1)), 0.3,
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), List.of(type));
        List<Incident> list = new ArrayList<>();
        SyntheticIncidentGenerator.generate(settings, n).forEachRemaining(i ->
                list.add(Incident.real(i.x(), i.y(), i.time(), i.type())));
        return list;
    }

    @Test
    void deletingAnImportTakesItsIncidentsOutOfTheListHotSpotsAndDensityButLeavesOtherImports() throws Exception {
        long wrong = importCsv(clustered("T-del", 400, 5), "test-del-wrong", "w");
        long right = importCsv(List.of(IncidentFiles.at(665000, 6583000, "2024-03-01T10:00:00Z", "T-del"),
                IncidentFiles.at(665050, 6583020, "2024-03-02T10:00:00Z", "T-del"),
                IncidentFiles.at(665900, 6583900, "2024-03-03T10:00:00Z", "T-del")), "test-del-right", "r");
        assertThat(hotSpotIncidents("T-del")).isEqualTo(403);
        assertThat(densityIncidents("T-del")).isCloseTo(403, Offset.offset(403 * 0.01));
        mvc.perform(get("/api/incidents").param("type", "T-del").with(polis()))
                .andExpect(jsonPath("$.numberMatched").value(403));
        mvc.perform(get("/api/incidents/imports").with(polis()))
                .andExpect(jsonPath("$[*].id", hasItem((int) wrong)));

        mvc.perform(delete("/api/incidents/imports/{id}", wrong).with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.importId").value(wrong))
                .andExpect(jsonPath("$.incidentsRemoved").value(400))
                .andExpect(jsonPath("$.deletedBy").value("polis"))
                .andExpect(jsonPath("$.deletedAt").isNotEmpty());

        assertThat(stored("test-del-wrong")).isZero();
        assertThat(stored("test-del-right")).isEqualTo(3);
        assertThat(hotSpotIncidents("T-del")).isEqualTo(3);
        assertThat(densityIncidents("T-del")).isCloseTo(3, Offset.offset(0.03));
        mvc.perform(get("/api/incidents").param("type", "T-del").with(polis()))
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.features[*].properties.importId", not(hasItem((int) wrong))));
        mvc.perform(get("/api/incidents/imports").with(polis()))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) wrong))))
                .andExpect(jsonPath("$[*].id", hasItem((int) right)));

        // the import row stays, as the record of what was imported and who deleted it
        Map<String, Object> row = jdbc.queryForMap("SELECT source, inserted, deleted_by, deleted_at FROM incident_import"
                + " WHERE id = ?", wrong);
        assertThat(row.get("source")).isEqualTo("test-del-wrong");
        assertThat(((Number) row.get("inserted")).intValue()).isEqualTo(400);
        assertThat(row.get("deleted_by")).isEqualTo("polis");
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_import WHERE id = ? AND deleted_at IS NULL",
                Long.class, right)).isEqualTo(1);

        // and the audit log says who deleted which batch (admins read it)
        String audit = mvc.perform(get("/api/audit").param("limit", "20").with(admin()))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> deletes = JsonPath.read(audit,
                "$[?(@.entityType == 'incident-import' && @.entityId == " + wrong + " && @.action == 'delete')]");
        assertThat(deletes).hasSize(1);
        Map<String, Object> event = deletes.get(0);
        assertThat(event.get("actor")).isEqualTo("polis");
        assertThat(JsonPath.<String>read(event, "$.before.source")).isEqualTo("test-del-wrong");
        assertThat(JsonPath.<String>read(event, "$.before.fileName")).isEqualTo("wrong.csv");
        assertThat(JsonPath.<Integer>read(event, "$.before.inserted")).isEqualTo(400);
        assertThat(JsonPath.<Integer>read(event, "$.after.incidentsRemoved")).isEqualTo(400);
    }

    @Test
    void aMeasuresEvaluationNoLongerCountsADeletedImport() throws Exception {
        Measure measure = fixtures.measure("hv25-2-02-a");
        Point inside = BeforeAfterCounter.Areas.around(MeasureGeometries.of(measure), 50, 200, 500).response()
                .getInteriorPoint();
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            incidents.add(IncidentFiles.at(inside.getX(), inside.getY(), "2024-05-10T20:00:00Z", "T-del-wdq"));
        }
        for (int i = 0; i < 2; i++) {
            incidents.add(IncidentFiles.at(inside.getX(), inside.getY(), "2024-07-10T20:00:00Z", "T-del-wdq"));
        }
        long id = importCsv(incidents, "test-del-wdq", "e");
        var evaluation = get("/api/measures/" + measure.getId() + "/evaluation").param("type", "T-del-wdq")
                .param("response", "50").param("start", "2024-06-01").param("from", "2024-03-01")
                .param("to", "2024-09-01").with(polis());
        mvc.perform(evaluation)
                .andExpect(jsonPath("$.counts.response.before").value(6))
                .andExpect(jsonPath("$.counts.response.after").value(2));
        mvc.perform(delete("/api/incidents/imports/{id}", id).with(polis())).andExpect(status().isOk());
        mvc.perform(evaluation)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.response.before").value(0))
                .andExpect(jsonPath("$.counts.response.after").value(0));
    }

    /** Each format's way to an id: the file's own (csv with id), a row digest (csv without, UK data). */
    @ParameterizedTest
    @CsvSource({"csv, incidents-wgs84.csv, test-del-ids, 4", "csv, incidents-sweref.csv, test-del-digest, 4",
            "police-uk, police-uk-sample.csv, , 4"})
    void theSameFileImportsAgainAfterItsImportWasDeleted(String format, String file, String source, int rows)
            throws Exception {
        byte[] content = resource(file);
        String stored = source == null ? "data.police.uk" : source;
        long first = importFile(format, source, content, polis());
        assertThat(stored(stored)).isEqualTo(rows);
        var again = upload(format, "again.csv", content).with(polis());
        if (source != null) {
            again.param("source", source);
        }
        mvc.perform(again).andExpect(jsonPath("$.inserted").value(0)).andExpect(jsonPath("$.duplicates").value(rows));

        mvc.perform(delete("/api/incidents/imports/{id}", first).with(polis()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incidentsRemoved").value(rows));
        assertThat(stored(stored)).isZero();

        String body = mvc.perform(again).andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(rows))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andReturn().getResponse().getContentAsString();
        long second = ((Number) JsonPath.read(body, "$.importId")).longValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(storedOf(second)).isEqualTo(rows);
        assertThat(stored(stored)).isEqualTo(rows);
    }

    @Test
    void aSecondDeleteIs410SayingWhoDeletedItAndAnUnknownIdIs404() throws Exception {
        long id = importFile("csv", "test-del-twice", resource("incidents-wgs84.csv"), polis());
        mvc.perform(delete("/api/incidents/imports/{id}", id).with(admin())).andExpect(status().isOk());
        mvc.perform(delete("/api/incidents/imports/{id}", id).with(polis()))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(410))
                .andExpect(jsonPath("$.title").value("Gone"))
                .andExpect(jsonPath("$.detail", containsString("incident import " + id + " was deleted by admin")))
                .andExpect(jsonPath("$.deletedBy").value("admin"))
                .andExpect(jsonPath("$.deletedAt").isNotEmpty());
        assertThat(jdbc.queryForObject("SELECT deleted_by FROM incident_import WHERE id = ?", String.class, id))
                .isEqualTo("admin");

        long unknown = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM incident_import", Long.class);
        mvc.perform(delete("/api/incidents/imports/{id}", unknown).with(polis()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail", containsString("incident import " + unknown)));
        mvc.perform(delete("/api/incidents/imports/{id}", "ett").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.field").value("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"strateg", "parkingenjor", "lasare"})
    void onlyThoseWhoMayImportMayDeleteAnImportAndOthersCannotProbeForIds(String role) throws Exception {
        long id = importFile("csv", "test-del-roles", resource("incidents-wgs84.csv"), polis());
        long auditBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
        mvc.perform(delete("/api/incidents/imports/{id}", id).with(DemoLogins.as(role)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.detail", containsString("polis or admin")));
        // an id that does not exist is a 403 too, not a 404 that would tell which ids do
        mvc.perform(delete("/api/incidents/imports/{id}", id + 1000).with(DemoLogins.as(role)))
                .andExpect(status().isForbidden());
        assertThat(stored("test-del-roles")).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_import WHERE id = ? AND deleted_at IS NULL",
                Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isEqualTo(auditBefore);
    }

    /**
     * Synthetic batches may be deleted like any other. The demo's own batch then comes back at the next
     * start: demo mode exists to show hot spots on a fresh start, and it has no memory of a deleted batch.
     */
    @Test
    void theDemosSyntheticBatchMayBeDeletedAndIsGeneratedAgainAtTheNextStart() throws Exception {
        String source = "synthetic-seed-" + SyntheticIncidents.DEFAULT_SEED;
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM incident_import WHERE source = ? AND deleted_at IS NULL",
                Long.class, source);
        assertThat(id).as("demo mode (on in tests) generates its synthetic batch at start").isNotNull();
        long before = stored(source);
        assertThat(before).isPositive();
        assertThat(hotSpotIncidents("Rån", "data", "synthetic", "source", source)).isPositive();

        mvc.perform(delete("/api/incidents/imports/{id}", id).with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentsRemoved").value(before));
        assertThat(stored(source)).isZero();
        assertThat(hotSpotIncidents("Rån", "data", "synthetic", "source", source)).isZero();

        // as at start-up: outside any request, acting as the system
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.resetRequestAttributes();
        try {
            demo.run(new DefaultApplicationArguments());
        } finally {
            RequestContextHolder.setRequestAttributes(request);
        }
        assertThat(stored(source)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident_import WHERE source = ? AND deleted_at IS NULL",
                Long.class, source)).isEqualTo(1);
    }
}
