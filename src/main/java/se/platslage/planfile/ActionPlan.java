package se.platslage.planfile;

import java.time.LocalDate;
import java.util.List;

/**
 * One action plan in the neutral structure of geodata/README.md ("plans/&lt;plan-id&gt;.json"): what the xlsx
 * reader produces and the xlsx writer consumes. Field names are the JSON's, so Jackson maps it both ways.
 *
 * From a city workbook only what the template holds is known: id, district, title, sourceDocument and refs
 * are null unless the workbook was written by Platsläge (its "Platsläge" sheet and id columns).
 *
 * @param summaryAsPrinted the plan's own "Sammanställning" table, or null when it prints none
 */
public record ActionPlan(
        String id,
        String district,
        Integer year,
        String kind,
        String title,
        String sourceDocument,
        LocalDate adopted,
        List<SummaryTableRow> summaryAsPrinted,
        List<PlanTarget> targets,
        List<PlanArea> priorityAreas) {
}
