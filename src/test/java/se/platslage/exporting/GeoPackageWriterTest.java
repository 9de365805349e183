package se.platslage.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;

/**
 * GDAL must read what we write: the test runs Debian's ogrinfo (package gdal-bin) on the file. It fails
 * rather than skips without ogrinfo, because CI installs gdal-bin and a skipped check proves nothing.
 */
class GeoPackageWriterTest {

    @TempDir
    static Path dir;

    static Path file;
    static List<ExportFeature> places;

    @BeforeAll
    static void writeThreeLayers() throws IOException {
        places = realPlaces();
        List<ExportFeature> measures = List.of(
                new ExportFeature("hv25-2-01-a", places.get(0).geometry().getCentroid(), attributes(
                        "ref", "hv25-2-01-a", "description", "Ny belysning längs gångvägen", "status", "done",
                        "timingStart", LocalDate.of(2024, 8, 5), "overdue", false, "followUps", 2)),
                new ExportFeature("hv25-2-01-b", null, attributes(
                        "ref", "hv25-2-01-b", "description", "=HYPERLINK(\"x\")", "status", null,
                        "timingStart", null, "overdue", true, "followUps", 0)));
        List<ExportFeature> targets = List.of(new ExportFeature("1", places.get(0).geometry(), attributes(
                "kind", "ÖDS", "targetYear", 2030, "notes", "Mål: Hässelby torg ska inte vara en ÖDS 2030")));
        file = dir.resolve("platslage.gpkg");
        new GeoPackageWriter().write(file, List.of(new ExportLayer("places", places),
                new ExportLayer("measures", measures), new ExportLayer("targets", targets)));
    }

    @Test
    void ogrinfoListsTheThreeLayers() throws Exception {
        String out = ogrinfo("-ro", file.toString());

        assertThat(out).contains("1: places", "2: measures", "3: targets");
    }

    @Test
    void ogrinfoReportsFeatureCountsAndSweref99Tm() throws Exception {
        String out = ogrinfo("-ro", "-so", "-al", file.toString());

        assertThat(out).contains("Layer name: places", "Feature Count: " + places.size(),
                "Layer name: measures", "Feature Count: 2", "Layer name: targets", "Feature Count: 1");
        assertThat(out).contains("SWEREF99 TM").containsPattern("ID\\[\"EPSG\",3006\\]");
        assertThat(out).contains("ref: String", "timingStart: Date", "overdue: Integer(Boolean)",
                "followUps: Integer64", "targetYear: Integer64");
    }

    @Test
    void geometriesComeBackWithinAMillimetre() throws Exception {
        String out = ogrinfo("-ro", "-al", "-q", "-fid", "1", file.toString(), "places");
        Coordinate expected = places.get(0).geometry().getCoordinates()[0];

        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+\\.?\\d*) (\\d+\\.?\\d*)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(expected.x, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(expected.y, org.assertj.core.data.Offset.offset(0.001));
    }

    /** The places of Hässelby-Vällingby (geodata/places) in EPSG:3006, and one not yet drawn. */
    private static List<ExportFeature> realPlaces() throws IOException {
        JsonNode collection = new ObjectMapper().readTree(Path.of("geodata/places/hasselby-vallingby.geojson").toFile());
        List<ExportFeature> features = new ArrayList<>();
        for (JsonNode f : collection.get("features")) {
            Geometry sweref = Sweref.fromWgs84(GeoJsonGeometries.read(f.get("geometry"), "geometry"));
            JsonNode p = f.get("properties");
            features.add(new ExportFeature(p.get("id").asText(), sweref, attributes("id", p.get("id").asText(),
                    "name", p.get("name").asText(), "kind", p.get("kind").asText(),
                    "accuracyM", p.path("accuracyM").isNumber() ? p.get("accuracyM").asDouble() : null)));
        }
        features.add(new ExportFeature("ny-plats", null, attributes("id", "ny-plats", "name", "Okänd plats",
                "kind", "övrigt", "accuracyM", null)));
        return features;
    }

    private static Map<String, Object> attributes(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String ogrinfo(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("ogrinfo");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
