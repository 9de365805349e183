package se.platslage.planfile;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The follow-up workbook's sheet of targets: each target's latest assessment and incident trend. Written only
 * in the follow-up layout; the reader skips it (it is a report, not part of the plan's template).
 */
public final class TargetSheet {

    public static final String NAME = "Mål och bedömningar";

    static final String[] HEADERS = {"Mål", "Klassning", "Målår", "År kvar", "Senaste bedömning", "Datum",
            "Bedömd av", "Utbredning (m²)", "Källa", "Trend (brott över tid)", "Att tänka på"};

    private TargetSheet() {
    }

    public static boolean isTargetSheet(String name) {
        return NAME.equalsIgnoreCase(name == null ? "" : name.trim());
    }

    static void write(SXSSFWorkbook workbook, CellStyle header, CellStyle text, List<TargetStatusRow> rows) {
        Sheet sheet = workbook.createSheet(NAME);
        Row head = sheet.createRow(0);
        for (int c = 0; c < HEADERS.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, (c == 9 || c == 10 ? 60 : c == 0 || c == 4 || c == 8 ? 28 : 12) * 256);
        }
        int r = 1;
        for (TargetStatusRow t : rows) {
            Row row = sheet.createRow(r++);
            Object[] values = {t.target(), t.kind(), t.targetYear(), t.yearsLeft(), t.latest(), t.latestDate(),
                    t.assessedBy(), t.extentAreaM2() == null ? null : (double) Math.round(t.extentAreaM2()), t.source(),
                    t.trend(), t.caveats()};
            for (int c = 0; c < values.length; c++) {
                if (values[c] == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (values[c] instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(values[c].toString());
                }
                cell.setCellStyle(text);
            }
        }
    }
}
