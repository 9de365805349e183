package se.platslage.walk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One parameter of a walk's checklist, rated 0–3 on the spot (0 = bad, 3 = good).
 *
 * @param code    stable key, stored with each rating ({@code lighting})
 * @param label   Swedish label ("Belysning"); {@code labelEn} the English one
 * @param help    a short Swedish help text saying what 0 and 3 mean; {@code helpEn} in English
 */
public record ChecklistItem(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,59}", message = "lower-case letters, digits and -, at most 60")
        String code,
        @NotBlank @Size(max = 100) String label,
        @Size(max = 100) String labelEn,
        @Size(max = 500) String help,
        @Size(max = 500) String helpEn) {
}
