package se.platslage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import se.platslage.BothDatabases;
import se.platslage.Fixtures;
import se.platslage.DemoLogins;

/**
 * A corpus of bad and hostile input, fed to every write endpoint and every filter: each must get a 4xx
 * problem+json (never a 5xx) and leave the stored data exactly as it was. Text with markup is not an
 * error: it is stored as written, and the UI renders it escaped.
 */
@BothDatabases
class HostileInputTest {

    static final List<String> TABLES = List.of("place", "problem", "cause", "measure", "follow_up",
            "classification_target", "account", "api_token", "plan", "incident", "incident_import");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    record Endpoint(HttpMethod method, String path) {
    }

    private List<Endpoint> writeEndpoints() {
        return tx.execute(s -> {
            var place = fixtures.place("hasselby-torg");
            var problem = fixtures.problem("hv25-2-02");
            var measure = fixtures.measure("hv25-2-02-a");
            var target = fixtures.targetAt("hasselby-torg");
            return List.of(
                    new Endpoint(HttpMethod.POST, "/api/places"),
                    new Endpoint(HttpMethod.PUT, "/api/places/" + place.getId()),
                    new Endpoint(HttpMethod.POST, "/api/places/geometries"),
                    new Endpoint(HttpMethod.POST, "/api/problems"),
                    new Endpoint(HttpMethod.PUT, "/api/problems/" + problem.getId()),
                    new Endpoint(HttpMethod.PUT, "/api/problems/" + problem.getId() + "/police-note"),
                    new Endpoint(HttpMethod.POST, "/api/measures"),
                    new Endpoint(HttpMethod.PUT, "/api/measures/" + measure.getId()),
                    new Endpoint(HttpMethod.PATCH, "/api/measures/" + measure.getId() + "/progress"),
                    new Endpoint(HttpMethod.PUT, "/api/measures/" + measure.getId() + "/police-note"),
                    new Endpoint(HttpMethod.POST, "/api/measures/" + measure.getId() + "/follow-ups"),
                    new Endpoint(HttpMethod.POST, "/api/targets"),
                    new Endpoint(HttpMethod.PUT, "/api/targets/" + target.getId()),
                    new Endpoint(HttpMethod.POST, "/api/accounts"),
                    new Endpoint(HttpMethod.POST, "/api/me/tokens"),
                    new Endpoint(HttpMethod.PUT, "/api/me/password"));
        });
    }

    /** Bodies no write endpoint may accept. */
    static Map<String, String> badBodies() {
        StringBuilder hugePolygon = new StringBuilder("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
        for (int i = 0; i < 100_000; i++) {
            double angle = 2 * Math.PI * i / 100_000;
            hugePolygon.append(String.format(java.util.Locale.ROOT, "[%.7f,%.7f],", 17.84 + 0.001 * Math.cos(angle),
                    59.367 + 0.0005 * Math.sin(angle)));
        }
        hugePolygon.append("[17.841,59.367]]]},\"properties\":{\"name\":\"x\",\"kind\":\"torg\",\"version\":0}}");
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"name\": ");
        bodies.put("not JSON at all", "<xml>hej</xml>");
        bodies.put("JSON array", "[1,2,3]");
        bodies.put("JSON null", "null");
        bodies.put("empty object", "{}");
        bodies.put("huge body", "{\"description\":\"" + "A".repeat(3_000_000) + "\"}");
        bodies.put("100,000-vertex polygon", hugePolygon.toString());
        bodies.put("self-intersecting polygon", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[17.842,59.367],[17.843,59.368],[17.843,59.367],[17.842,59.368],[17.842,59.367]]]},"
                + "\"properties\":{\"name\":\"x\",\"kind\":\"torg\",\"version\":0},\"problem\":1,\"description\":\"x\","
                + "\"category\":\"physical\",\"geometry2\":null}");
        bodies.put("coordinates outside Sweden", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[-74.0,40.7]},\"properties\":{\"name\":\"x\",\"kind\":\"torg\",\"version\":0}}");
        bodies.put("wrong types", "{\"type\":\"Feature\",\"properties\":{\"name\":[1],\"kind\":5,\"version\":\"ett\"},"
                + "\"problem\":\"ett\",\"priorityArea\":{},\"plan\":true,\"status\":42,\"name\":{},\"username\":[],"
                + "\"policeNote\":{\"a\":1},\"progressPercent\":\"halv\",\"kind\":[],\"newPassword\":1}");
        bodies.put("unknown enum values", "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\",\"kind\":\"slott\","
                + "\"version\":0},\"category\":\"magi\",\"status\":\"klar\",\"kind\":\"drogscen\",\"role\":\"kung\","
                + "\"description\":\"x\",\"problem\":1,\"priorityArea\":2,\"username\":\"x\"}");
        bodies.put("progress out of range", "{\"progressPercent\":1000,\"version\":0,\"status\":\"nope\"}");
        return bodies;
    }

    @Test
    void everyWriteEndpointRefusesEveryBadBodyWithA4xxAndStoresNothing() throws Exception {
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : writeEndpoints()) {
            for (var bad : badBodies().entrySet()) {
                MvcResult result = mvc.perform(request(endpoint.method(), endpoint.path()).with(DemoLogins.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(bad.getValue())).andReturn();
                int status = result.getResponse().getStatus();
                String type = result.getResponse().getContentType();
                if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                    wrong.add(endpoint + " " + bad.getKey() + ": " + status + " " + type);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    /** The upload endpoints get hostile files instead of bodies: each a 4xx problem+json, nothing stored. */
    @Test
    void everyUploadEndpointRefusesHostileFilesAndStoresNothing() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("random bytes", new java.util.Random(7).ints(4096, 0, 256).collect(java.io.ByteArrayOutputStream::new,
                (out, b) -> out.write(b), (a, b) -> a.write(b.toByteArray(), 0, b.size())).toByteArray());
        files.put("a zip that is no workbook", zipWith("evil.txt", "A".repeat(100_000)));
        files.put("script as csv", "lon,lat,time,type\n<script>alert(1)</script>,x,y,z\n=cmd|' /C calc'!A0,1,2,3\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("json that is no event list", "{\"a\": [1, 2, {\"b\": null}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (var file : files.entrySet()) {
            var upload = new org.springframework.mock.web.MockMultipartFile("file", "hostile.bin",
                    "application/octet-stream", file.getValue());
            for (var request : List.of(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/plans/import")
                            .file(upload).param("district", "hasselby-vallingby").param("year", "2026"),
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/plans/import")
                            .file(upload).param("district", "hasselby-vallingby").param("year", "2026").param("dryRun", "true"),
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/incidents/import")
                            .file(upload).param("format", "csv"),
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/incidents/import")
                            .file(upload).param("format", "polisen-json"),
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/incidents/import")
                            .file(upload).param("format", "police-uk"))) {
                MvcResult result = mvc.perform(request.with(DemoLogins.admin())).andReturn();
                int status = result.getResponse().getStatus();
                String type = result.getResponse().getContentType();
                if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                    wrong.add(result.getRequest().getRequestURI() + " " + file.getKey() + ": " + status + " " + type);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * Ids in a path are text too. None of these may parse to an import that exists (Spring reads " 1" and
     * "0x1" as 1), since what this test sends is committed.
     */
    @Test
    void hostileImportIdsAre4xxProblemsAndDeleteNothing() throws Exception {
        List<String> ids = List.of("' OR '1'='1", "1 OR 1=1", "-1", "0", "99999999999999999999", "0x7fffffffffffffff",
                "1e3", "<script>alert(1)</script>", "null", "");
        // An encoded ; % or / never reaches a controller: Spring Security's firewall refuses the address, on
        // every endpoint alike, answered as problem+json naming the path.
        List<String> refusedByFirewall = List.of("1; DROP TABLE incident; --", "${jndi:ldap://x/a}", "%");
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (String id : ids) {
            MvcResult result = mvc.perform(request(HttpMethod.DELETE, "/api/incidents/imports/{id}", id)
                    .with(DemoLogins.admin())).andReturn();
            int status = result.getResponse().getStatus();
            String type = result.getResponse().getContentType();
            if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
                wrong.add("DELETE /api/incidents/imports/" + id + ": " + status + " " + type);
            }
        }
        for (String id : refusedByFirewall) {
            MvcResult result = mvc.perform(request(HttpMethod.DELETE, "/api/incidents/imports/{id}", id)
                    .with(DemoLogins.admin())).andReturn();
            int status = result.getResponse().getStatus();
            String type = result.getResponse().getContentType();
            String body = result.getResponse().getContentAsString();
            if (status != 400 || type == null || !type.startsWith("application/problem+json")
                    || !body.contains("\"field\":\"path\"")) {
                wrong.add("DELETE /api/incidents/imports/" + id + ": " + status + " " + type + " " + body
                        + " (the firewall's 400 as problem+json expected)");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private static byte[] zipWith(String name, String content) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void injectionInEveryFilterIsOnlyEverText() throws Exception {
        List<String> hostile = List.of("' OR '1'='1", "1; DROP TABLE measure; --", "%' UNION SELECT password_hash FROM account --",
                "\\", "%", "_", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd", "\u0000");
        List<String> params = List.of("district", "plan", "priorityArea", "status", "category", "type", "responsible",
                "year", "text", "bbox", "kind", "place", "overdue", "mine", "limit", "offset");
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/places", "/api/measures", "/api/problems", "/api/targets")) {
            for (String param : params) {
                for (String value : hostile) {
                    MvcResult result = mvc.perform(get(path).param(param, value).with(DemoLogins.lasare())).andReturn();
                    int status = result.getResponse().getStatus();
                    String body = result.getResponse().getContentAsString();
                    boolean ok = status == 200 ? !body.contains("{argon2}") : status == 400;
                    if (!ok) {
                        wrong.add(path + "?" + param + "=" + value + ": " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from measure", Long.class)).isPositive();
    }

    /** The incident selection shared by the police list and the analyses, district (a study area) included. */
    @Test
    void injectionInTheIncidentSelectionIsOnlyEverText() throws Exception {
        List<String> hostile = List.of("' OR '1'='1", "1; DROP TABLE incident; --", "%' UNION SELECT password_hash FROM account --",
                "\\", "%", "_", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd", "\u0000");
        List<String> params = List.of("district", "type", "source", "bbox", "from", "to", "data", "includeImprecise");
        Map<String, Long> before = counts();
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/api/incidents", "/api/analysis/hotspots", "/api/analysis/density",
                "/api/analysis/coverage")) {
            for (String param : params) {
                for (String value : hostile) {
                    MvcResult result = mvc.perform(get(path).param(param, value).param("cellSize", "500")
                            .with(DemoLogins.polis())).andReturn();
                    int status = result.getResponse().getStatus();
                    boolean ok = param.equals("district") ? status == 400 : status == 200 || status == 400;
                    if (!ok) {
                        wrong.add(path + "?" + param + "=" + value + ": " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void markupInTextIsStoredAsWritten() throws Exception {
        String markup = "<img src=x onerror=alert(1)> <script>alert('x')</script> \" onmouseover=\"alert(2)";
        String json = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(Map.of("name", "qgis " + markup));
        MvcResult created = mvc.perform(request(HttpMethod.POST, "/api/me/tokens").with(DemoLogins.lasare())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String listed = mvc.perform(get("/api/me/tokens").with(DemoLogins.lasare())).andReturn().getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(listed, "$[*].name")).contains("qgis " + markup);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("audit_event", jdbc.queryForObject("select count(*) from audit_event", Long.class));
        return counts;
    }
}
