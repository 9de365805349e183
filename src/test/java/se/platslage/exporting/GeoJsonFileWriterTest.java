package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import se.platslage.geo.Sweref;

class GeoJsonFileWriterTest {

    @Test
    void writesAnRfc7946FeatureCollectionInLonLat() throws Exception {
        // Hässelby torg, about 17.8431 E 59.3672 N, in SWEREF 99 TM.
        var point = Sweref.fromWgs84(Sweref.WGS84_FACTORY.createPoint(new Coordinate(17.8431, 59.3672)));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", "Hässelby torg");
        attributes.put("adopted", LocalDate.of(2025, 3, 31));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new GeoJsonFileWriter(new ObjectMapper().findAndRegisterModules()).write(out, List.of(
                new ExportLayer("places", List.of(new ExportFeature("hasselby-torg", point, attributes),
                        new ExportFeature("ny-plats", null, Map.of("name", "Okänd"))))));

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(json.has("crs")).isFalse();
        JsonNode first = json.get("features").get(0);
        assertThat(first.get("id").asText()).isEqualTo("hasselby-torg");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(17.8431, within(1e-6));
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isCloseTo(59.3672, within(1e-6));
        assertThat(first.get("properties").get("layer").asText()).isEqualTo("places");
        assertThat(first.get("properties").get("adopted").asText()).isEqualTo("2025-03-31");
        assertThat(json.get("features").get(1).get("geometry").isNull()).isTrue();
    }
}
