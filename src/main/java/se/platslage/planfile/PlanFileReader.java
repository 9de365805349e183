package se.platslage.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import se.platslage.measure.TimingParser;

/**
 * Reads an .xlsx in the city's action-plan template into an {@link ActionPlan} with a warning per row it had
 * to interpret. Nothing is stored: the caller shows the warnings as the import preview and stores the plan in
 * one transaction.
 *
 * One sheet per prioritised area, matched to the SÖK's areas by the start of its name ({@link AreaNames});
 * a sheet with a template header but an unknown name is a district's own area (6, 7, …); other sheets (the
 * template's instructions) are skipped with a warning. "Sammanställning" is read as the printed count table.
 *
 * IMPLEMENTATION NOTE: the sheets are streamed with POI's event API (XSSFReader + SAX, {@link SheetRows}), so
 * memory is bounded by one row plus the plan being built, whatever the file's size; see the benchmark in the
 * tests (planfile/bench). Not thread-safe for {@link PlanFileLimits} that differ between calls, because POI's
 * zip-bomb limits are JVM-wide.
 */
public final class PlanFileReader {

    private final PlanFileLimits limits;
    private final TimingParser.AgreementPeriod agreement;

    public PlanFileReader(PlanFileLimits limits, TimingParser.AgreementPeriod agreement) {
        this.limits = limits;
        this.agreement = agreement;
    }

    public PlanFileReader() {
        this(PlanFileLimits.DEFAULT, TimingParser.AgreementPeriod.DEFAULT);
    }

    /**
     * Reads {@code xlsx}; {@code planYear} is the plan's year from the upload form (timings without a year
     * take it), overridden by the workbook's own when Platsläge wrote it.
     *
     * @throws PlanFileException when the file cannot be read at all; its message is for the user
     */
    public PlanReadResult read(Path xlsx, int planYear) {
        try (OPCPackage pkg = XlsxFile.open(xlsx, limits)) {
            return read(pkg, planYear);
        } catch (IOException e) {
            throw new PlanFileException(XlsxFile.bombOrBroken(e), e);
        }
    }

    private PlanReadResult read(OPCPackage pkg, int planYear) throws IOException {
        List<RowWarning> warnings = new ArrayList<>();
        Map<Object, RowRef> rows = new IdentityHashMap<>();
        List<PlanArea> areas = new ArrayList<>();
        List<SummaryTableRow> printed = null;
        MetadataSheet metadata = new MetadataSheet();
        SheetRows.RowBudget budget = new SheetRows.RowBudget(limits.maxRows());
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            // The metadata sheet first: its year governs how the areas' timings are read.
            int year = metadataYear(reader, strings, styles, metadata, budget, planYear);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int ownArea = 6;
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (MetadataSheet.isMetadataSheet(name) || TargetSheet.isTargetSheet(name)) {
                        continue;
                    }
                    if (SummarySheetReader.isSummarySheet(name)) {
                        SummarySheetReader summary = new SummarySheetReader(name, warnings);
                        SheetRows.read(xml, name, strings, styles, summary, budget, true);
                        printed = summary.counts();
                        continue;
                    }
                    AreaSheetReader sheet = new AreaSheetReader(name, year, agreement, warnings, rows);
                    SheetRows.read(xml, name, strings, styles, sheet, budget, false);
                    int number = AreaNames.number(name);
                    if (!sheet.hasHeader()) {
                        if (number > 0) {
                            throw new PlanFileException("Fliken \"" + name + "\": hittar ingen rubrikrad med mallens kolumner"
                                    + " (Orsak, Åtgärd, När, Vem …) bland de " + AreaSheetReader.HEADER_SEARCH_ROWS + " första raderna.");
                        }
                        warnings.add(new RowWarning(name, 0, WarningKind.OTHER, "sheet-skipped", null, null,
                                "fliken hör inte till något prioriterat område och har ingen rubrikrad; den hoppas över."));
                        continue;
                    }
                    if (number == 0 || areas.stream().anyMatch(a -> a.number() == AreaNames.number(name))) {
                        number = Math.max(ownArea++, number);
                        warnings.add(new RowWarning(name, 0, WarningKind.OTHER, "sheet-own-area", Map.of("area", number),
                                null, "fliken känns inte igen som ett av SÖK:s områden; den läses som eget område " + number + "."));
                    }
                    areas.add(sheet.area(number));
                }
            }
        } catch (OpenXML4JException | RuntimeException e) {
            if (e instanceof PlanFileException p) {
                throw p;
            }
            throw new PlanFileException(XlsxFile.bombOrBroken(e), e);
        }
        if (areas.isEmpty()) {
            throw new PlanFileException("Arbetsboken har ingen flik med mallens kolumner (Orsak, Åtgärd, När, Vem …).");
        }
        areas.sort(Comparator.comparingInt(PlanArea::number));
        ActionPlan plan = metadata.present() ? metadata.plan(areas)
                : new ActionPlan(null, null, planYear, null, null, null, null, printed, List.of(), areas);
        return new PlanReadResult(plan, List.copyOf(warnings), rows);
    }

    private static int metadataYear(XSSFReader reader, SharedStrings strings, StylesTable styles, MetadataSheet metadata,
            SheetRows.RowBudget budget, int planYear) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                if (MetadataSheet.isMetadataSheet(sheets.getSheetName())) {
                    SheetRows.read(xml, sheets.getSheetName(), strings, styles, metadata, budget, false);
                    ActionPlan plan = metadata.present() ? metadata.plan(List.of()) : null;
                    return plan != null && plan.year() != null ? plan.year() : planYear;
                }
            }
        }
        return planYear;
    }
}
