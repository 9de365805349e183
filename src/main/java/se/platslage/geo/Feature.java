package se.platslage.geo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import se.platslage.system.Versioned;

/**
 * A GeoJSON Feature (RFC 7946 §3.2) with typed properties; the geometry is null for a record that has none
 * (§3.2 allows it). Its version, for the ETag, is its properties' where they carry one.
 */
@JsonPropertyOrder({"type", "id", "geometry", "properties"})
public record Feature<P>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long id,
        @Schema(description = "null for a record with no geometry") GeoJsonGeometry geometry,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) P properties) implements Versioned {

    @JsonProperty("type")
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "Feature")
    public String type() {
        return "Feature";
    }

    @Override
    @JsonIgnore
    public Long version() {
        return properties instanceof Versioned versioned ? versioned.version() : null;
    }
}
