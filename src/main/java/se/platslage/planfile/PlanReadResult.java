package se.platslage.planfile;

import java.util.List;
import java.util.Map;

/**
 * What the reader made of a workbook, with a warning per row it had to interpret (the import preview), and
 * the sheet row each problem and measure was read from ({@code rows}, keyed by identity: two measures with
 * the same texts are two rows).
 */
public record PlanReadResult(ActionPlan plan, List<RowWarning> warnings, Map<Object, RowRef> rows) {

    /** The row {@code problemOrMeasure} was read from, or null (a file Platsläge assembled itself). */
    public RowRef rowOf(Object problemOrMeasure) {
        return rows.get(problemOrMeasure);
    }
}
