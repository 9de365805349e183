package se.platslage.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.polis;
import static se.platslage.incident.IncidentFiles.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.DemoLogins;

@BothDatabases
@Transactional
class IncidentImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] resource(String name) throws IOException {
        try (var in = IncidentImportApiTest.class.getResourceAsStream("/incidents/" + name)) {
            return in.readAllBytes();
        }
    }

    private long stored(String source) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = ?", Long.class, source);
    }

    @Test
    void csvWithLonLatKeepsGoodRowsAndReportsBadRowsByLine() throws Exception {
        mvc.perform(upload("csv", "incidents-wgs84.csv", resource("incidents-wgs84.csv")).param("source", "test-wgs84")
                        .with(polis()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(10))
                .andExpect(jsonPath("$.inserted").value(4))
                .andExpect(jsonPath("$.rejected").value(6))
                .andExpect(jsonPath("$.errors[*].line", contains(5, 6, 7, 8, 9, 10)))
                .andExpect(jsonPath("$.errors[3].message", containsString("outside Sweden")))
                .andExpect(jsonPath("$.errors[5].message", containsString("swapped")));
        assertThat(stored("test-wgs84")).isEqualTo(4);
        // 22:15 in Stockholm summer time is 20:15 UTC; the WGS84 point lands near Hässelby torg in SWEREF 99 TM
        Double x = jdbc.queryForObject("SELECT ST_X(geom) FROM incident WHERE source = 'test-wgs84' AND external_id = 'w1'",
                Double.class);
        assertThat(x).isBetween(660_000.0, 670_000.0);
        String when = jdbc.queryForObject("SELECT time_precision FROM incident WHERE external_id = 'w3' AND source = 'test-wgs84'",
                String.class);
        assertThat(when).isEqualTo("day");
    }

    @Test
    void reImportingTheSameFileStoresNothingNew() throws Exception {
        byte[] file = resource("incidents-wgs84.csv");
        mvc.perform(upload("csv", "a.csv", file).param("source", "test-again").with(polis())).andExpect(status().isCreated());
        mvc.perform(upload("csv", "a.csv", file).param("source", "test-again").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.duplicates").value(4))
                .andExpect(jsonPath("$.importId").isEmpty());
        assertThat(stored("test-again")).isEqualTo(4);
    }

    @Test
    void swerefCsvWithSemicolonsAndNoIdColumnIsDeduplicatedByRowDigest() throws Exception {
        byte[] file = resource("incidents-sweref.csv");
        mvc.perform(upload("csv", "s.csv", file).param("source", "test-sweref").with(polis()))
                .andExpect(jsonPath("$.inserted").value(4))
                .andExpect(jsonPath("$.errors[0].line").value(5))
                .andExpect(jsonPath("$.errors[0].message", containsString("swapped")));
        Double x = jdbc.queryForObject("SELECT MAX(ST_X(geom)) FROM incident WHERE source = 'test-sweref'", Double.class);
        assertThat(x).isEqualTo(665220.0);
        mvc.perform(upload("csv", "s.csv", file).param("source", "test-sweref").with(polis()))
                .andExpect(jsonPath("$.inserted").value(0))
                .andExpect(jsonPath("$.duplicates").value(4));
    }

    @Test
    void polisenEventsAreStoredButMarkedAsAreaCentroids() throws Exception {
        byte[] file = resource("polisen-stockholm-sample-300.json");
        mvc.perform(upload("polisen-json", "stockholm-sample-300.json", file).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(300))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.impreciseStored").value(300))
                .andExpect(jsonPath("$.notes[0]", containsString("area-centroid")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'polisen.se'"
                + " AND location_precision = 'area-centroid' AND location_name = 'Stockholm'", Long.class)).isEqualTo(300);
        // the one-digit hour of "2023-05-16 7:24:07 +02:00" is read
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'polisen.se' AND occurred_at = ?",
                Long.class, java.time.OffsetDateTime.parse("2023-05-16T05:24:07Z"))).isEqualTo(1);
        mvc.perform(upload("polisen-json", "again.json", file).with(admin()))
                .andExpect(jsonPath("$.inserted").value(0)).andExpect(jsonPath("$.duplicates").value(300));
        // left out of hot spots unless asked for
        mvc.perform(get("/api/analysis/hotspots").param("source", "polisen.se").param("cellSize", "500").with(polis()))
                .andExpect(jsonPath("$.summary.incidents").value(0))
                .andExpect(jsonPath("$.summary.impreciseLeftOut").value(300));
    }

    @Test
    void polisenEventWithoutGpsIsReportedByItsLine() throws Exception {
        String json = "[\n {\"id\": 1, \"datetime\": \"2024-01-02 10:00:00 +01:00\", \"type\": \"Rån\","
                + " \"location\": {\"name\": \"Stockholm\", \"gps\": \"59.329324,18.068581\"}},\n"
                + " {\"id\": 2, \"datetime\": \"2024-01-02 11:00:00 +01:00\", \"type\": \"Rån\", \"location\": {}}\n]";
        mvc.perform(upload("polisen-json", "e.json", json.getBytes(StandardCharsets.UTF_8)).param("source", "test-events")
                        .with(polis()))
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("location.gps")));
    }

    @Test
    void policeUkStreetLevelCsvKeepsRepeatedAnonymousRowsAndReportsNoLocation() throws Exception {
        byte[] file = resource("police-uk-sample.csv");
        mvc.perform(upload("police-uk", "2024-01-metropolitan-street.csv", file).with(polis()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inserted").value(4))
                .andExpect(jsonPath("$.errors[*].line", contains(5, 6)))
                .andExpect(jsonPath("$.errors[0].message", containsString("no location")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'data.police.uk'"
                + " AND type = 'Anti-social behaviour' AND time_precision = 'month' AND location_precision = 'snapped'",
                Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT location_name FROM incident WHERE source = 'data.police.uk'"
                + " AND external_id LIKE '5e6f%'", String.class)).isEqualTo("On or near Euston Road, \"north side\"");
        mvc.perform(upload("police-uk", "again.csv", file).with(polis())).andExpect(jsonPath("$.inserted").value(0));
    }

    @Test
    void aFileWithNoReadableRowIs400WithTheRowsAndStoresNothing() throws Exception {
        String csv = "lon,lat,timestamp,type\n200,59,2024-01-01,Rån\n18,59.3,never,Rån\n";
        mvc.perform(upload("csv", "bad.csv", csv.getBytes(StandardCharsets.UTF_8)).param("source", "test-bad").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.errors[*].line", contains(2, 3)));
        assertThat(stored("test-bad")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lon,timestamp,type\n18,2024-01-01,Rån\n", "x,y,type\n665000,6583000,Rån\n",
            "lon,lat,x,y,timestamp,type\n18,59.3,665000,6583000,2024-01-01,Rån\n"})
    void aHeaderWithoutWhatIsNeededIs400OnFile(String csv) throws Exception {
        mvc.perform(upload("csv", "h.csv", csv.getBytes(StandardCharsets.UTF_8)).param("source", "test-header").with(polis()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
        assertThat(stored("test-header")).isZero();
    }

    @Test
    void unknownFormatMissingFileAndBadSourceAre400NamingTheField() throws Exception {
        byte[] file = "x".getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("shapefile", "a", file).with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        mvc.perform(upload("synthetic", "a", file).with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("format"));
        mvc.perform(upload("csv", "a", new byte[0]).with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
        mvc.perform(upload("csv", "a", file).param("source", "'; drop table incident; --").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("source"));
        mvc.perform(upload("csv", "a", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lasare", "strateg", "parkingenjor"})
    void onlyPoliceAndAdminImportListOrGenerateIncidents(String role) throws Exception {
        mvc.perform(upload("csv", "a.csv", resource("incidents-wgs84.csv")).param("source", "test-roles")
                .with(DemoLogins.as(role))).andExpect(status().isForbidden());
        mvc.perform(get("/api/incidents").with(DemoLogins.as(role))).andExpect(status().isForbidden());
        mvc.perform(get("/api/incidents/imports").with(DemoLogins.as(role))).andExpect(status().isForbidden());
        mvc.perform(post("/api/incidents/synthetic").param("count", "10").with(DemoLogins.as(role)))
                .andExpect(status().isForbidden());
        assertThat(stored("test-roles")).isZero();
    }

    @Test
    void policeSeeTheIncidentListAsGeoJson() throws Exception {
        mvc.perform(upload("csv", "a.csv", resource("incidents-wgs84.csv")).param("source", "test-list").with(polis()));
        mvc.perform(get("/api/incidents").param("source", "test-list").param("type", "Misshandel").with(polis()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.synthetic").value(false))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].properties.externalId").value("w2"))
                .andExpect(jsonPath("$.features[0].properties.synthetic").value(false));
        mvc.perform(get("/api/incidents/imports").with(polis()))
                .andExpect(jsonPath("$[0].source").value("test-list"))
                .andExpect(jsonPath("$[0].importedBy").value("polis"));
    }

    @Test
    void syntheticIncidentsAreFlaggedAndAFixedSeedAddsNothingTheSecondTime() throws Exception {
        mvc.perform(post("/api/incidents/synthetic").param("count", "500").param("seed", "7").with(polis()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.synthetic").value(true))
                .andExpect(jsonPath("$.inserted").value(500))
                .andExpect(jsonPath("$.source").value("synthetic-seed-7"));
        mvc.perform(post("/api/incidents/synthetic").param("count", "500").param("seed", "7").with(polis()))
                .andExpect(jsonPath("$.inserted").value(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE source = 'synthetic-seed-7' AND synthetic",
                Long.class)).isEqualTo(500);
        // real is the default everywhere: synthetic data only when asked for, and then labelled
        mvc.perform(get("/api/incidents").param("source", "synthetic-seed-7").with(polis()))
                .andExpect(jsonPath("$.numberMatched").value(0));
        mvc.perform(get("/api/incidents").param("source", "synthetic-seed-7").param("data", "synthetic").with(polis()))
                .andExpect(jsonPath("$.numberMatched").value(500))
                .andExpect(jsonPath("$.synthetic").value(true))
                .andExpect(jsonPath("$.features[0].properties.synthetic").value(true));
        mvc.perform(post("/api/incidents/synthetic").param("count", "0").with(polis()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("count"));
    }
}
