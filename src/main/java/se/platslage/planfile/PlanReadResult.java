package se.platslage.planfile;

import java.util.List;

/** What the reader made of a workbook, with a warning per row it had to interpret (the import preview). */
public record PlanReadResult(ActionPlan plan, List<RowWarning> warnings) {
}
