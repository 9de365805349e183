package se.platslage.place;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A place as a GeoJSON Feature (RFC 7946 §3.2), the same shape GET returns, so a feature read can be
 * edited and sent back. {@code geometry} is WGS84 lon/lat; null for a place not yet drawn. {@code id} in
 * the body is ignored: the path names the record.
 */
public record PlaceRequest(
        @NotNull @Pattern(regexp = "Feature", message = "must be \"Feature\"") String type,
        Object id,
        JsonNode geometry,
        @NotNull @Valid Properties properties) {

    /** {@code district} is a district code; when absent it is found from the geometry. */
    public record Properties(
            @NotBlank @Size(max = 300) String name,
            @NotNull PlaceKind kind,
            String district,
            @Size(max = 4000) String digitised,
            @jakarta.validation.constraints.PositiveOrZero Integer accuracyM,
            @Size(max = 4000) String source,
            Long version) {
    }
}
