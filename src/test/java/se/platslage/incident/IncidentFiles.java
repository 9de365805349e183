package se.platslage.incident;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.platslage.DemoLogins;
import se.platslage.analysis.incident.Incident;

/** Builds incident files for the API tests and imports them as the police user. */
public final class IncidentFiles {

    private IncidentFiles() {
    }

    public static MockHttpServletRequestBuilder upload(String format, String fileName, byte[] content) {
        return multipart("/api/incidents/import").file(new MockMultipartFile("file", fileName, "text/plain", content))
                .param("format", format);
    }

    /** A SWEREF 99 TM CSV (x,y exact to the bit, ids given) of the incidents, all with one type. */
    public static String swerefCsv(List<Incident> incidents, String idPrefix) {
        StringBuilder csv = new StringBuilder("id,x,y,timestamp,type\n");
        for (int i = 0; i < incidents.size(); i++) {
            Incident inc = incidents.get(i);
            csv.append(idPrefix).append(i).append(',').append(inc.x()).append(',').append(inc.y()).append(',')
                    .append(inc.time()).append(',').append(inc.type()).append('\n');
        }
        return csv.toString();
    }

    /** Imports the incidents as real CSV data (police user) and returns how many were inserted. */
    public static int importReal(MockMvc mvc, List<Incident> incidents, String idPrefix) throws Exception {
        String body = mvc.perform(upload("csv", "test.csv", swerefCsv(incidents, idPrefix).getBytes(StandardCharsets.UTF_8))
                .with(DemoLogins.polis())).andReturn().getResponse().getContentAsString();
        Integer inserted = JsonPath.read(body, "$.inserted");
        if (inserted != incidents.size()) {
            throw new AssertionError("import stored " + inserted + " of " + incidents.size() + ": " + body);
        }
        return inserted;
    }

    public static Incident at(double x, double y, String time, String type) {
        return Incident.real(x, y, Instant.parse(time), type);
    }
}
