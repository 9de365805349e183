package se.platslage.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.platslage.DemoLogins.admin;
import static se.platslage.DemoLogins.lasare;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.platslage.BothDatabases;

/** The map's lean layer: the same measures and markers as the full list, with only what draws a marker. */
@BothDatabases
class MeasureLayerTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"bbox;17.80,59.30,18.20,59.40", "plan;hasselby-vallingby-2025",
            "status;done", "district;sodermalm", "text;belysning"})
    void sameMeasuresAndMarkersAsTheList(String param, String value) throws Exception {
        // Every page of the list: other test classes may have committed more measures than one page holds.
        Map<Object, Object> list = new HashMap<>();
        int matched;
        do {
            String page = body("/api/measures", param, value, "limit", "1000", "offset", String.valueOf(list.size()));
            matched = ((Number) JsonPath.read(page, "$.numberMatched")).intValue();
            Map<Object, Object> more = geometriesById(page);
            list.putAll(more);
            if (more.isEmpty()) {
                break;
            }
        } while (list.size() < matched);
        Map<Object, Object> layer = geometriesById(body("/api/measures/layer", param, value));
        assertThat(layer).isNotEmpty();
        assertThat(layer).isEqualTo(list);
    }

    @Test
    void featuresCarryOnlyWhatDrawsAMarker() throws Exception {
        String body = body("/api/measures/layer", "plan", "hasselby-vallingby-2025");
        List<Map<String, Object>> properties = JsonPath.read(body, "$.features[*].properties");
        assertThat(properties).allSatisfy(p -> assertThat(p.keySet())
                .containsExactly("id", "status", "category", "type", "overdue", "label"));
        List<String> labels = JsonPath.read(body, "$.features[*].properties.label");
        assertThat(labels).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(MeasureFeatures.LABEL_LENGTH));
        List<Object> matched = JsonPath.read(body, "$[?(@.numberMatched)].numberMatched");
        assertThat(((Number) matched.get(0)).intValue()).isEqualTo(labels.size());
    }

    @Test
    void aLabelIsTheDescriptionCutAtAWord() {
        String longText = "Se över belysningen längs gångvägen mellan Loftgången och Trymån och byt trasiga armaturer "
                + "så att platsen blir överblickbar.";
        String label = MeasureFeatures.label(longText);
        assertThat(label).endsWith("…").hasSizeLessThanOrEqualTo(MeasureFeatures.LABEL_LENGTH);
        assertThat(longText).startsWith(label.substring(0, label.length() - 1));
        assertThat(MeasureFeatures.label("Kort text")).isEqualTo("Kort text");
    }

    @Test
    void aReaderGetsTheLayerToo() throws Exception {
        mvc.perform(get("/api/measures/layer").with(lasare())).andExpect(status().isOk());
    }

    @Test
    void aBadBoxIsRejected() throws Exception {
        mvc.perform(get("/api/measures/layer").param("bbox", "1,2,3").with(admin()))
                .andExpect(status().isBadRequest());
    }

    private String body(String path, String... params) throws Exception {
        var request = get(path).with(admin());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static Map<Object, Object> geometriesById(String body) {
        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        Map<Object, Object> result = new HashMap<>();
        features.forEach(f -> result.put(f.get("id"), f.get("geometry")));
        return result;
    }
}
