package se.platslage.walk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * An observation as the phone sends it. Position in WGS84 ({@code lon}, {@code lat}), from the phone's
 * Geolocation ({@code source} "gps", with {@code accuracyM}, the radius of 95 % confidence the API reports)
 * or a tapped point ("map"). {@code parameter} a code of the walk's checklist with its {@code rating} 0–3;
 * or a free observation with only {@code text}. {@code observedAt}: when it was recorded on the phone, which
 * may be long before it is sent (offline); defaults to now. {@code place}: the place it concerns; when left
 * out, the walk's nearest place within 150 m.
 */
public record ObservationRequest(
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @Pattern(regexp = "gps|map", message = "must be gps or map") String source,
        @DecimalMin("0") @DecimalMax("100000") Double accuracyM,
        Long place,
        @Size(max = 60) String parameter,
        @Min(0) @Max(3) Integer rating,
        @Size(max = 8000) String text,
        Boolean restricted,
        OffsetDateTime observedAt) {
}
