package se.platslage.target;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A new assessment of a target. When: {@code date} for one day, or {@code from} and {@code to} (both
 * included) for a period such as a year ("2025": 2025-01-01 to 2025-12-31). {@code extent}: a GeoJSON Polygon
 * or MultiPolygon, lon/lat WGS84. {@code classification}: required for a police classification target, absent
 * for a plan's own goal.
 */
public record AssessmentRequest(
        LocalDate date,
        LocalDate from,
        LocalDate to,
        @NotBlank @Size(max = 200) String assessedBy,
        AssessedClassification classification,
        JsonNode extent,
        @Valid @Size(max = 50) List<IndicatorValue> indicators,
        @Size(max = 8000) String text,
        @Size(max = 8000) String policeNote,
        @Valid Source source) {

    /** An indicator the district defines: name and unit are its own ("Sprutfynd", "st"). */
    public record IndicatorValue(@NotBlank @Size(max = 200) String name, @Size(max = 50) String unit,
            @NotNull Double value, Boolean restricted) {
    }

    /** Where the assessment is written down: a police report's name and date. */
    public record Source(@Size(max = 500) String name, LocalDate date) {
    }
}
