package se.platslage.walk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Turning an observation into a problem or a measure in the plan. For a problem: {@code plan} and
 * {@code priorityArea} (default 2, "Otrygga och brottsutsatta platser"), {@code description} (default: the
 * observation's text and rating) and an optional {@code cause}. For a measure: {@code problem}, optional
 * {@code cause} id, {@code description}, {@code category} (default physical), {@code type}, {@code timing},
 * {@code responsible}. The places default to the observation's place.
 */
public record ConversionRequest(
        Long plan,
        @Min(1) @Max(99) Integer priorityArea,
        Long problem,
        @Size(max = 8000) String description,
        @Size(max = 8000) String causeText,
        Long cause,
        se.platslage.vocabulary.MeasureCategory category,
        se.platslage.vocabulary.PhysicalType type,
        @Size(max = 500) String timing,
        @Size(max = 1000) String responsible) {
}
