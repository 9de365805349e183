package se.platslage.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;

/** Reads the files of geodata/ (see geodata/README.md); geometries come back in EPSG:3006. */
final class GeodataReader {

    private final ObjectMapper json;
    private final Path dir;

    GeodataReader(ObjectMapper json, Path dir) {
        this.json = json;
        this.dir = dir;
    }

    record Feature(String id, JsonNode properties, Geometry geometry, String file) {

        String text(String property) {
            JsonNode value = properties.get(property);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    List<Feature> features(String folder) {
        List<Feature> features = new ArrayList<>();
        for (Path file : files(folder, ".geojson")) {
            JsonNode collection = read(file);
            for (JsonNode f : collection.path("features")) {
                JsonNode properties = f.path("properties");
                String id = properties.hasNonNull("id") ? properties.get("id").asText() : f.path("id").asText(null);
                String where = file.getFileName() + " feature " + id;
                Geometry geometry = f.hasNonNull("geometry")
                        ? Sweref.fromWgs84(GeoJsonGeometries.read(f.get("geometry"), where + " geometry"))
                        : null;
                features.add(new Feature(id, properties, geometry, file.getFileName().toString()));
            }
        }
        return features;
    }

    List<JsonNode> plans() {
        return files("plans", ".json").stream().map(this::read).toList();
    }

    private List<Path> files(String folder, String suffix) {
        Path path = dir.resolve(folder);
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (IOException e) {
            throw new GeodataException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
