package se.platslage.walk;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A walk as planned by a strateg. {@code startsAt} with its offset (walks are often after dark:
 * "2026-11-12T18:30:00+01:00"); {@code route} an optional GeoJSON LineString or MultiLineString (WGS84);
 * {@code places} place ids; {@code participants} free text. {@code district} cannot change after creation.
 */
public record WalkRequest(
        @NotBlank @Size(max = 64) String district,
        @NotBlank @Size(max = 300) String title,
        @NotNull OffsetDateTime startsAt,
        @Size(max = 4000) String participants,
        List<Long> places,
        JsonNode route,
        Long version) {
}
