package se.platslage.target;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.platslage.geo.AcceptsFeature;

/**
 * A classification target: at a place or over an area (one of the two), with its target year. Flat, or the
 * Feature GET returns (its geometry is the place's or area's and is not read).
 */
@AcceptsFeature
public record TargetRequest(
        @NotNull TargetKind kind,
        Long place,
        Long area,
        Long plan,
        LocalDate since,
        @Min(2000) @Max(2100) Integer targetYear,
        @Size(max = 4000) String notes,
        @Size(max = 20) java.util.List<@Size(max = 45) String> incidentTypes,
        Long version) {
}
