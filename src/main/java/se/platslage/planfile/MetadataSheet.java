package se.platslage.planfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The hidden "Platsläge" sheet of Platsläge's own exports: what a plan knows beyond the template's columns
 * (its id, district, title, adoption date, targets and the table it printed itself), so that export → import
 * gives the same plan. A city workbook has no such sheet; then these come from the upload form.
 *
 * Layout, one record per row, the kind in column A:
 * <pre>
 * plan            | id | district | year | kind | title | sourceDocument | adopted
 * mål             | kind | place | area | since | targetYear | notes
 * sammanställning | tryckt: ja/nej
 * tryckt rad      | area | problems | causes | measures
 * </pre>
 */
final class MetadataSheet implements SheetRows.Sink {

    static final String NAME = "Platsläge";

    private String[] plan;
    private final List<PlanTarget> targets = new ArrayList<>();
    private final List<SummaryTableRow> printed = new ArrayList<>();
    private boolean hasPrinted;

    static boolean isMetadataSheet(String name) {
        return NAME.equals(name);
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        String[] c = Arrays.copyOf(cells.toArray(String[]::new), 8);
        switch (String.valueOf(c[0])) {
            case "plan" -> plan = c;
            case "mål" -> targets.add(new PlanTarget(c[1], c[2], c[3], date(c[4]), integer(c[5]), c[6]));
            case "sammanställning" -> hasPrinted = "ja".equals(c[1]);
            case "tryckt rad" -> printed.add(new SummaryTableRow(integer(c[1]), integer(c[2]), integer(c[3]), integer(c[4])));
            default -> {
            }
        }
    }

    boolean present() {
        return plan != null;
    }

    /** The plan's own fields around the given areas. */
    ActionPlan plan(List<PlanArea> areas) {
        return new ActionPlan(plan[1], plan[2], integer(plan[3]), plan[4], plan[5], plan[6], date(plan[7]),
                hasPrinted ? List.copyOf(printed) : null, List.copyOf(targets), areas);
    }

    static void write(Workbook workbook, ActionPlan plan) {
        Sheet sheet = workbook.createSheet(NAME);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        int r = 0;
        put(sheet.createRow(r++), "plan", plan.id(), plan.district(), plan.year(), plan.kind(), plan.title(),
                plan.sourceDocument(), plan.adopted());
        for (PlanTarget t : plan.targets() == null ? List.<PlanTarget>of() : plan.targets()) {
            put(sheet.createRow(r++), "mål", t.kind(), t.place(), t.area(), t.since(), t.targetYear(), t.notes());
        }
        put(sheet.createRow(r++), "sammanställning", plan.summaryAsPrinted() == null ? "nej" : "ja");
        for (SummaryTableRow a : plan.summaryAsPrinted() == null ? List.<SummaryTableRow>of() : plan.summaryAsPrinted()) {
            put(sheet.createRow(r++), "tryckt rad", a.area(), a.problems(), a.causes(), a.measures());
        }
    }

    /** Everything as text, so the reader needs no number formats. */
    private static void put(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value.strip());
    }
}
