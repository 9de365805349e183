package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.DemoLogins;

@BothDatabases
@Transactional
class ExportApiTest {

    static final String MEASURE_NOTE = "POLISHEMLIGT-EXPORT-ÅTGÄRD-4411";
    static final String PROBLEM_NOTE = "POLISHEMLIGT-EXPORT-PROBLEM-4412";
    static final String FOLLOW_UP_NOTE = "POLISHEMLIGT-EXPORT-UPPFÖLJNING-4413";
    static final List<String> SECRETS = List.of(MEASURE_NOTE, PROBLEM_NOTE, FOLLOW_UP_NOTE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @TempDir
    Path dir;

    private byte[] download(String path, String role) throws Exception {
        return mvc.perform(get(path).with(DemoLogins.as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** The text a user of the file sees: cell values, attribute values, or the file itself for text formats. */
    private String text(String path, byte[] bytes) throws Exception {
        if (path.contains(".xlsx")) {
            return ExportedFiles.xlsxText(bytes);
        }
        if (path.contains(".gpkg")) {
            return ExportedFiles.geoPackageText(bytes);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void plantPoliceOnlyTexts() throws Exception {
        var measure = fixtures.measure("hv25-2-06-a");
        send(put("/api/measures/" + measure.getId() + "/police-note"), "{\"policeNote\":\"" + MEASURE_NOTE + "\"}");
        send(put("/api/problems/" + measure.getProblem().getId() + "/police-note"),
                "{\"policeNote\":\"" + PROBLEM_NOTE + "\"}");
        send(post("/api/measures/" + measure.getId() + "/follow-ups"),
                "{\"date\":\"2025-10-01\",\"status\":\"ongoing\",\"text\":\"" + FOLLOW_UP_NOTE + "\",\"restricted\":true}");
    }

    @Test
    void policeOnlyTextIsInNoExportForStrategOrLasare() throws Exception {
        plantPoliceOnlyTexts();
        List<String> paths = List.of("/api/export.gpkg", "/api/export.geojson", "/api/measures.csv",
                "/api/plans/hasselby-vallingby-2025/export.xlsx", "/api/plans/hasselby-vallingby-2025/follow-up.xlsx",
                "/api/export.gpkg?plan=hasselby-vallingby-2025", "/api/measures.csv?text=polis");
        List<String> leaks = new ArrayList<>();
        for (String role : List.of("strateg", "lasare", "parkingenjor")) {
            for (String path : paths) {
                String text = text(path, download(path, role));
                assertThat(text).as(role + " " + path).contains("Hässelby");
                SECRETS.stream().filter(text::contains).forEach(s -> leaks.add(role + " " + path + " " + s));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void policeSeeTheirNoteInTheGisAndSpreadsheetExports() throws Exception {
        plantPoliceOnlyTexts();
        for (String path : List.of("/api/export.gpkg", "/api/export.geojson", "/api/measures.csv")) {
            assertThat(text(path, download(path, "polis"))).as(path).contains(MEASURE_NOTE);
            assertThat(text(path, download(path, "admin"))).as(path).contains(MEASURE_NOTE);
        }
    }

    @Test
    void workbooksCarryNoPoliceOnlyTextEvenForPoliceButKeepTheRestrictedFollowUpsStatus() throws Exception {
        plantPoliceOnlyTexts();
        String text = ExportedFiles.xlsxText(download("/api/plans/hasselby-vallingby-2025/follow-up.xlsx", "polis"));

        assertThat(text).doesNotContain(MEASURE_NOTE, PROBLEM_NOTE, FOLLOW_UP_NOTE).contains("Status 2025-10-01");
    }

    @Test
    void geoJsonExportHasThreeLayersInWgs84() throws Exception {
        JsonNode json = new ObjectMapper().readTree(download("/api/export.geojson?district=sodermalm", "lasare"));

        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        List<String> layers = new ArrayList<>();
        json.get("features").forEach(f -> layers.add(f.get("properties").get("layer").asText()));
        assertThat(layers).contains("places", "measures");
        JsonNode placed = null;
        for (JsonNode f : json.get("features")) {
            if (!f.get("geometry").isNull()) {
                placed = f;
                break;
            }
        }
        double lon = firstNumber(placed.get("geometry").get("coordinates"));
        assertThat(lon).isBetween(17.9, 18.2); // Södermalm, longitude first (RFC 7946 §3.1.1)
        json.get("features").forEach(f -> assertThat(f.get("properties").get("district").asText()).isEqualTo("sodermalm"));
    }

    @Test
    void csvIsTheFilteredMeasureListWithFormulasNeutralised() throws Exception {
        mvc.perform(get("/api/measures.csv").param("plan", "sodermalm-2024").param("status", "done")
                        .with(DemoLogins.lasare()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("atgarder.csv")));
        String csv = new String(download("/api/measures.csv?plan=sodermalm-2024&status=done", "lasare"),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFid;ref;planCode").doesNotContain("policeNote");
        assertThat(lines.length).isGreaterThan(1);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).contains("sodermalm-2024").contains(";done;");
        }
    }

    @Test
    void csvCellsThatWouldBeFormulasAreText() throws Exception {
        var measure = fixtures.measure("hv25-2-02-a");
        sendAs(DemoLogins.admin(), put("/api/measures/" + measure.getId()), "{\"problem\":"
                + measure.getProblem().getId() + ",\"description\":\"=HYPERLINK(\\\"http://x\\\")\",\"category\":\""
                + measure.getCategory().code() + "\",\"version\":" + measure.getVersion() + "}");
        String csv = new String(download("/api/measures.csv?plan=hasselby-vallingby-2025", "lasare"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void theExportedGeoPackagePassesOgrinfo() throws Exception {
        Path file = dir.resolve("export.gpkg");
        Files.write(file, download("/api/export.gpkg", "lasare"));

        String out = GeoPackageWriterTest.ogrinfo("-ro", "-so", "-al", file.toString());

        assertThat(out).contains("Layer name: places", "Layer name: measures", "Layer name: targets",
                "ID[\"EPSG\",3006]", "description: String", "timingStart: Date");
    }

    @Test
    void anUnknownPlanIs404() throws Exception {
        mvc.perform(get("/api/plans/no-such-plan/export.xlsx").with(DemoLogins.lasare())).andExpect(status().isNotFound());
    }

    @Test
    void aBadFilterIs400NamingIt() throws Exception {
        mvc.perform(get("/api/export.gpkg").param("bbox", "1,2,3").with(DemoLogins.lasare()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field").value("bbox"));
    }

    private static double firstNumber(JsonNode node) {
        JsonNode n = node;
        while (n.isArray()) {
            n = n.get(0);
        }
        return n.asDouble();
    }

    private void send(MockHttpServletRequestBuilder request, String body) throws Exception {
        sendAs(DemoLogins.polis(), request, body);
    }

    private void sendAs(org.springframework.test.web.servlet.request.RequestPostProcessor user,
            MockHttpServletRequestBuilder request, String body) throws Exception {
        int status = mvc.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
        assertThat(status).isLessThan(300);
    }
}
