package se.platslage.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A progress report on a measure by whoever carries it out (e.g. the park engineer). */
public record ProgressRequest(
        @Min(0) @Max(100) Integer progressPercent,
        @Size(max = 4000) String progressNote,
        Long version) {
}
