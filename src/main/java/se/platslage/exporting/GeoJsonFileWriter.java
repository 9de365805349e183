package se.platslage.exporting;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import se.platslage.geo.Features;

/**
 * Writes a GeoJSON FeatureCollection file (RFC 7946): WGS84 lon/lat, no "crs" member (§4), each feature
 * through {@link Features#feature} so the file and the API write geometries the same way. Features are
 * streamed one by one, so a large export does not build the whole document in memory. Several layers go into
 * one collection, each feature with a "layer" property naming its layer.
 */
public final class GeoJsonFileWriter {

    private final ObjectMapper json;

    public GeoJsonFileWriter(ObjectMapper json) {
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Writes {@code layers} to {@code out} (not closed). */
    public void write(OutputStream out, List<ExportLayer> layers) {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            generator.writeStartObject();
            generator.writeStringField("type", "FeatureCollection");
            generator.writeArrayFieldStart("features");
            for (ExportLayer layer : layers) {
                for (ExportFeature feature : layer.features()) {
                    java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
                    properties.put("layer", layer.name());
                    properties.putAll(feature.attributes());
                    json.writeValue(generator, Features.feature(feature.id(), feature.geometry(), properties));
                }
            }
            generator.writeEndArray();
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
