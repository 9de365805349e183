package se.platslage.planfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the "Sammanställning" sheet as the plan's printed count table: a header with "Antal problem",
 * "Antal … orsaker", "Antal åtgärder", then one row per prioritised area. Its counts are formulas in the
 * city's template, so cached formula results are accepted here (and only here).
 */
final class SummarySheetReader implements SheetRows.Sink {

    static boolean isSummarySheet(String name) {
        return TextKey.of(name).startsWith("sammanstallning");
    }

    private final String sheet;
    private final List<RowWarning> warnings;
    private final List<SummaryTableRow> rows = new ArrayList<>();
    private int areaColumn = -1;
    private int problemsColumn = -1;
    private int causesColumn = -1;
    private int measuresColumn = -1;

    SummarySheetReader(String sheet, List<RowWarning> warnings) {
        this.sheet = sheet;
        this.warnings = warnings;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (measuresColumn < 0) {
            header(cells);
            return;
        }
        String area = at(cells, areaColumn);
        int number = AreaNames.number(area);
        if (area == null || number == 0) {
            if (area != null && !TextKey.of(area).startsWith("summa") && !TextKey.of(area).startsWith("totalt")) {
                warnings.add(new RowWarning(sheet, rowNumber, WarningKind.OTHER, "summary-area-unknown", null, area,
                        "området \"" + area + "\" känns inte igen; raden hoppas över."));
            }
            return;
        }
        try {
            rows.add(new SummaryTableRow(number, count(cells, problemsColumn), count(cells, causesColumn),
                    count(cells, measuresColumn)));
        } catch (NumberFormatException e) {
            warnings.add(new RowWarning(sheet, rowNumber, WarningKind.OTHER, "summary-not-integer", null, area,
                    "antalen är inte heltal; raden hoppas över."));
        }
    }

    /** The printed table, or null when the sheet had no header of counts. */
    List<SummaryTableRow> counts() {
        return measuresColumn < 0 ? null : List.copyOf(rows);
    }

    private void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String key = TextKey.of(cells.get(i));
            if (key.startsWith("prioriterat") || key.equals("omrade")) {
                areaColumn = i;
            } else if (key.startsWith("antal problem")) {
                problemsColumn = i;
            } else if (key.startsWith("antal") && key.contains("orsak")) {
                causesColumn = i;
            } else if (key.startsWith("antal atgard")) {
                measuresColumn = i;
            }
        }
        if (areaColumn < 0 && measuresColumn >= 0) {
            areaColumn = 0;
        }
    }

    private static int count(List<String> cells, int column) {
        String value = at(cells, column);
        return value == null ? 0 : (int) Math.round(Double.parseDouble(value.replace(',', '.').replace('\u00a0', ' ').strip()));
    }

    private static String at(List<String> cells, int column) {
        return column < 0 || column >= cells.size() ? null : cells.get(column);
    }
}
