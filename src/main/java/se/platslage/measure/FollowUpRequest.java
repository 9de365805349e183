package se.platslage.measure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.platslage.vocabulary.MeasureStatus;

/**
 * A follow-up meeting's entry: {@code date} defaults to today (Stockholm). {@code restricted} (police and
 * admins only) makes the text police-only.
 */
public record FollowUpRequest(
        LocalDate date,
        @NotNull MeasureStatus status,
        @Size(max = 500) String statusAsWritten,
        @Size(max = 8000) String text,
        Boolean restricted) {
}
