package se.platslage.exporting;

import java.util.List;
import se.platslage.plan.PlanView;
import se.platslage.problem.ProblemView.PlaceRef;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * A plan as the template shows it ({@code GET /api/plans/{id}/summary}).
 *
 * @param sammanstallning          the count table computed from the stored rows, one row per priority area
 * @param total                    the table's total row
 * @param sammanstallningAsPrinted the table as the plan printed it; null when the plan printed none
 * @param matchesPrinted           whether the computed and the printed tables agree; null without a printed one
 * @param areas                    per priority area, its counts and its problems → causes → measures
 */
public record PlanSummaryView(PlanView plan, List<CountRow> sammanstallning, CountRow total,
        List<CountRow> sammanstallningAsPrinted, Boolean matchesPrinted, List<AreaSummary> areas) {

    /**
     * One row of the "Sammanställning" table.
     *
     * @param area the priority area's number; null in the total row
     * @param name the priority area's name ("Totalt" in the total row; null in the printed table)
     */
    public record CountRow(Integer area, String name, int problems, int causes, int measures) {
    }

    /** A priority area: its row of the table and its problems. */
    public record AreaSummary(Integer area, String name, int problems, int causes, int measures,
            List<ProblemSummary> items) {
    }

    /** A problem with its causes, each with its measures, and the measures that name no cause. */
    public record ProblemSummary(Long id, String ref, String description, List<PlaceRef> places,
            List<CauseSummary> causes, List<MeasureSummary> measuresWithoutCause) {
    }

    public record CauseSummary(Long id, String description, List<MeasureSummary> measures) {
    }

    /** A measure as the plan's table lists it. */
    public record MeasureSummary(Long id, String ref, String description, MeasureCategory category,
            PhysicalType type, String operationalGoal, String timing, String responsible, MeasureStatus status) {
    }
}
