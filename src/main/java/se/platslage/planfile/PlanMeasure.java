package se.platslage.planfile;

import java.util.List;

/**
 * A measure ("Åtgärd") with its columns as written. {@code category}/{@code type} are the codes of
 * {@link se.platslage.vocabulary.MeasureCategory} and {@link se.platslage.vocabulary.PhysicalType}; {@code places}
 * is null when the measure is at its problem's places.
 */
public record PlanMeasure(
        String ref,
        String description,
        String category,
        String type,
        String operationalGoal,
        String timing,
        String responsible,
        List<String> places,
        String notes,
        List<PlanFollowUp> followUps) {
}
