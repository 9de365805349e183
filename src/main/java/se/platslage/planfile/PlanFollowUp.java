package se.platslage.planfile;

import java.time.LocalDate;

/**
 * One follow-up meeting's entry for a measure. {@code status} is a {@link se.platslage.vocabulary.MeasureStatus}
 * code, null when the words in {@code statusAsWritten} were not recognised (the reader warns).
 */
public record PlanFollowUp(LocalDate date, String status, String statusAsWritten, String text) {
}
