package se.platslage.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * When a measure happens: the plan's own words ("V 32-33 2024") and, where they parse, the period they
 * mean. Unparsed text keeps null dates; it is never guessed.
 */
@Embeddable
public record Timing(
        @Column(name = "timing_text") String text,
        @Column(name = "timing_start") LocalDate start,
        @Column(name = "timing_end") LocalDate end) {

    public static final Timing NONE = new Timing(null, null, null);

    public boolean isParsed() {
        return start != null && end != null;
    }
}
