package se.platslage.planfile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.platslage.vocabulary.MeasureStatus;

/**
 * Writes an {@link ActionPlan} back in the city's template: one sheet per prioritised area (title row with
 * the area's full name, header row, one row per measure, problem and cause cells merged over their rows),
 * a "Sammanställning" sheet with the counts, and a hidden "Platsläge" sheet plus hidden id columns so that
 * {@link PlanFileReader} reads the file back to the same plan.
 *
 * Two layouts: {@link #writePlan} (the action plan, with a Status and an Uppföljning column per follow-up
 * date) and {@link #writeFollowUp} (the follow-up sheet: När, Vem and a Status and Kommentar column per
 * follow-up date, without goals). Cells are always written as text or numbers, never as formulas, so nothing
 * in a plan's text can execute when the file is opened.
 *
 * IMPLEMENTATION NOTE: SXSSF keeps only a window of rows in memory, so a large plan writes in bounded memory.
 */
public final class PlanFileWriter {

    private static final int ROW_WINDOW = 200;

    public void writePlan(ActionPlan plan, OutputStream out) {
        write(plan, out, false);
    }

    public void writeFollowUp(ActionPlan plan, OutputStream out) {
        write(plan, out, true, List.of());
    }

    /** The follow-up layout with a sheet of the plan's targets: latest assessment and trend (issue 11). */
    public void writeFollowUp(ActionPlan plan, List<TargetStatusRow> targets, OutputStream out) {
        write(plan, out, true, targets);
    }

    private void write(ActionPlan plan, OutputStream out, boolean followUpLayout) {
        write(plan, out, followUpLayout, List.of());
    }

    private void write(ActionPlan plan, OutputStream out, boolean followUpLayout, List<TargetStatusRow> targets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            Styles styles = new Styles(workbook);
            List<LocalDate> dates = followUpDates(plan);
            List<String> used = new ArrayList<>();
            for (PlanArea area : plan.priorityAreas()) {
                String name = uniqueSheetName(area, used);
                new AreaSheetWriter(workbook.createSheet(name), styles, dates, followUpLayout).write(area);
            }
            writeSummary(workbook.createSheet("Sammanställning"), styles, plan);
            if (!targets.isEmpty()) {
                TargetSheet.write(workbook, styles.header, styles.text, targets);
            }
            MetadataSheet.write(workbook, plan);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every follow-up date in the plan, in order; null (undated) first. */
    private static List<LocalDate> followUpDates(ActionPlan plan) {
        TreeSet<LocalDate> dates = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        plan.priorityAreas().stream().flatMap(a -> a.problems().stream()).flatMap(p -> p.causes().stream())
                .flatMap(c -> c.measures().stream()).flatMap(m -> m.followUps().stream())
                .forEach(f -> dates.add(f.date()));
        return new ArrayList<>(dates);
    }

    /** "2. Otrygga och brottsutsatta platser", cut to Excel's 31 characters and made unique. */
    private static String uniqueSheetName(PlanArea area, List<String> used) {
        String base = WorkbookUtil.createSafeSheetName(area.number() + ". " + area.name());
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase()) || "sammanställning".equals(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase());
        return name;
    }

    private static void writeSummary(Sheet sheet, Styles styles, ActionPlan plan) {
        Row header = sheet.createRow(0);
        String[] titles = {"Prioriterat område", "Antal problem", "Antal identifierade orsaker", "Antal åtgärder"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
            header.getCell(i).setCellStyle(styles.header);
        }
        sheet.setColumnWidth(0, 45 * 256);
        int r = 1;
        int[] total = new int[3];
        for (PlanArea area : plan.priorityAreas()) {
            int[] counts = counts(area);
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(area.name());
            for (int i = 0; i < 3; i++) {
                row.createCell(i + 1).setCellValue(counts[i]);
                total[i] += counts[i];
            }
        }
        Row sum = sheet.createRow(r);
        sum.createCell(0).setCellValue("Summa");
        for (int i = 0; i < 3; i++) {
            sum.createCell(i + 1).setCellValue(total[i]);
        }
    }

    /** Problems, causes and measures of one area, as the template's analysis tab counts them. */
    static int[] counts(PlanArea area) {
        int causes = area.problems().stream().mapToInt(p -> p.causes().size()).sum();
        int measures = area.problems().stream().flatMap(p -> p.causes().stream()).mapToInt(c -> c.measures().size()).sum();
        return new int[] {area.problems().size(), causes, measures};
    }

    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle title;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
        }
    }

    /** Writes one area's sheet; columns fixed by the layout and the plan's follow-up dates. */
    private static final class AreaSheetWriter {
        private final Sheet sheet;
        private final Styles styles;
        private final List<LocalDate> dates;
        private final boolean followUpLayout;
        private final List<TemplateColumn> columns = new ArrayList<>();
        private final List<LocalDate> columnDates = new ArrayList<>();
        private int r;

        AreaSheetWriter(Sheet sheet, Styles styles, List<LocalDate> dates, boolean followUpLayout) {
            this.sheet = sheet;
            this.styles = styles;
            this.dates = dates;
            this.followUpLayout = followUpLayout;
            add(TemplateColumn.PROBLEM, TemplateColumn.CAUSE, TemplateColumn.MEASURE);
            if (!followUpLayout) {
                add(TemplateColumn.GOAL);
            }
            add(TemplateColumn.WHEN, TemplateColumn.WHO);
            TemplateColumn text = followUpLayout ? TemplateColumn.COMMENT : TemplateColumn.FOLLOW_UP;
            if (dates.isEmpty()) {
                add(text);
            }
            for (LocalDate date : dates) {
                addDated(TemplateColumn.STATUS, date);
                addDated(text, date);
            }
            for (LocalDate date : dates) {
                addDated(TemplateColumn.STATUS_CODE, date);
            }
            add(TemplateColumn.MEASURE_REF);
            if (!followUpLayout) {
                add(TemplateColumn.PROBLEM_REF, TemplateColumn.PROBLEM_PLACES, TemplateColumn.TARGET_GROUP,
                        TemplateColumn.TIME_PATTERN, TemplateColumn.CATEGORY, TemplateColumn.TYPE,
                        TemplateColumn.MEASURE_PLACES, TemplateColumn.NOTES);
            }
        }

        private void add(TemplateColumn... cs) {
            for (TemplateColumn c : cs) {
                addDated(c, null);
            }
        }

        private void addDated(TemplateColumn c, LocalDate date) {
            columns.add(c);
            columnDates.add(date);
        }

        void write(PlanArea area) {
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(area.name());
            title.getCell(0).setCellStyle(styles.title);
            Row header = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                TemplateColumn c = columns.get(i);
                LocalDate date = columnDates.get(i);
                header.createCell(i).setCellValue(date == null ? c.header : c.header + " " + date);
                header.getCell(i).setCellStyle(styles.header);
                boolean hidden = c.ordinal() >= TemplateColumn.STATUS_CODE.ordinal();
                sheet.setColumnHidden(i, hidden);
                sheet.setColumnWidth(i, (c == TemplateColumn.PROBLEM || c == TemplateColumn.CAUSE
                        || c == TemplateColumn.MEASURE || c.isFollowUpText() ? 40 : 18) * 256);
            }
            for (PlanProblem problem : area.problems()) {
                int problemStart = r;
                if (problem.causes().isEmpty()) {
                    cells(sheet.createRow(r++), problem, null, null);
                }
                for (PlanCause cause : problem.causes()) {
                    int causeStart = r;
                    if (cause.measures().isEmpty()) {
                        cells(sheet.createRow(r++), problem, cause, null);
                    }
                    for (PlanMeasure measure : cause.measures()) {
                        cells(sheet.createRow(r++), r - 1 == problemStart ? problem : null,
                                r - 1 == causeStart ? cause : null, measure);
                    }
                    merge(causeStart, r - 1, columns.indexOf(TemplateColumn.CAUSE));
                }
                merge(problemStart, r - 1, columns.indexOf(TemplateColumn.PROBLEM));
            }
        }

        /** Merged like the city's files: the text stays in the first cell, the reader continues it downwards. */
        private void merge(int first, int last, int column) {
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
            }
        }

        private void cells(Row row, PlanProblem problem, PlanCause cause, PlanMeasure measure) {
            for (int i = 0; i < columns.size(); i++) {
                String value = value(columns.get(i), columnDates.get(i), problem, cause, measure);
                if (value != null) {
                    row.createCell(i).setCellValue(value);
                    row.getCell(i).setCellStyle(styles.text);
                }
            }
        }

        private String value(TemplateColumn column, LocalDate date, PlanProblem p, PlanCause c, PlanMeasure m) {
            return switch (column) {
                case PROBLEM -> p == null ? null : p.description();
                case PROBLEM_REF -> p == null ? null : p.ref();
                case PROBLEM_PLACES -> p == null ? null : Places.cell(p.places());
                case TARGET_GROUP -> p == null ? null : p.targetGroup();
                case TIME_PATTERN -> p == null ? null : p.timePattern();
                case CAUSE -> c == null ? null : c.description();
                default -> m == null ? null : measureValue(column, date, m);
            };
        }

        private String measureValue(TemplateColumn column, LocalDate date, PlanMeasure m) {
            PlanFollowUp f = m.followUps().stream().filter(x -> Objects.equals(x.date(), date)).findFirst().orElse(null);
            return switch (column) {
                case MEASURE -> m.description();
                case GOAL -> m.operationalGoal();
                case WHEN -> m.timing();
                case WHO -> m.responsible();
                case MEASURE_REF -> m.ref();
                case CATEGORY -> m.category();
                case TYPE -> m.type();
                case MEASURE_PLACES -> Places.cell(m.places());
                case NOTES -> m.notes();
                case STATUS -> f == null ? null : f.statusAsWritten() != null ? f.statusAsWritten()
                        : f.status() == null ? null : MeasureStatus.fromCode(f.status()).swedish();
                case STATUS_CODE -> f == null ? null : f.status();
                case FOLLOW_UP, COMMENT -> f == null ? null : f.text();
                default -> null;
            };
        }
    }
}
