package se.platslage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.lasare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;

/**
 * The build generates its API client (the generated-client test's) from a checked-in copy of the OpenAPI
 * document, so that copy must be the document the service serves: any change to a response or request record
 * shows here first, and refreshing the copy is one command (in the failure message and the README).
 */
@BothDatabases
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/platslage.json");
    static final String REFRESH = "openapi.refresh";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void servedDocumentEqualsTheCheckedInSnapshot() throws Exception {
        String served = mvc.perform(get("/v3/api-docs").with(lasare())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode document = json.readTree(served);
        if (Boolean.getBoolean(REFRESH)) {
            Files.writeString(SNAPSHOT, json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        }
        JsonNode snapshot = json.readTree(Files.readString(SNAPSHOT));
        assertThat(document)
                .withFailMessage("The served OpenAPI document (/v3/api-docs) differs from %s, from which the build "
                        + "generates its client. If the API change is intended, refresh the snapshot and commit it:%n"
                        + "  ./mvnw -q test -Dtest=OpenApiSnapshotTest -D%s=true -Dpostgis.skip=true", SNAPSHOT, REFRESH)
                .isEqualTo(snapshot);
    }
}
