package se.platslage.exporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanRepository;
import se.platslage.planfile.PlanFileWriter;
import se.platslage.system.NotFoundException;

/**
 * Files out: the plan in the city's template (and its follow-up layout), GeoPackage and GeoJSON of places,
 * measures and targets (the lists' filters apply), and the measure list as CSV. Every file is built in full
 * before the first byte is sent, so a failure is a problem+json answer, never half a file.
 */
@RestController
@Transactional(readOnly = true)
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType GPKG = MediaType.parseMediaType("application/geopackage+sqlite3");
    static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The CSV's columns: the measure list's properties a spreadsheet user reads; policeNote only when present. */
    static final List<String> CSV_COLUMNS = List.of("id", "ref", "planCode", "district", "priorityArea",
            "problemDescription", "causeDescription", "description", "category", "type", "status", "statusLabel",
            "overdue", "responsible", "assignee", "timing", "timingStart", "timingEnd", "operationalGoal",
            "placeName", "progressPercent", "progressNote", "policeNote");

    private final PlanRepository plans;
    private final PlanAssembler assembler;
    private final LayerExport layers;
    private final ObjectMapper json;
    private final TargetStatuses targetStatuses;
    private final se.platslage.security.CurrentActor current;

    private final org.springframework.beans.factory.ObjectProvider<FollowUpSheet> followUpSheets;

    ExportController(PlanRepository plans, PlanAssembler assembler, LayerExport layers, ObjectMapper json,
            TargetStatuses targetStatuses, se.platslage.security.CurrentActor current,
            org.springframework.beans.factory.ObjectProvider<FollowUpSheet> followUpSheets) {
        this.targetStatuses = targetStatuses;
        this.current = current;
        this.followUpSheets = followUpSheets;
        this.plans = plans;
        this.assembler = assembler;
        this.layers = layers;
        this.json = json;
    }

    @GetMapping("/api/plans/{id}/export.xlsx")
    ResponseEntity<byte[]> planXlsx(@PathVariable String id) {
        Plan plan = plan(id);
        var out = new java.io.ByteArrayOutputStream();
        new PlanFileWriter().writePlan(assembler.assemble(plan), out);
        return file(out.toByteArray(), XLSX, plan.getCode() + ".xlsx");
    }

    /** With a sheet of the plan's targets (latest assessment, trend); {@code data=synthetic} for the demo's. */
    @GetMapping("/api/plans/{id}/follow-up.xlsx")
    ResponseEntity<byte[]> followUpXlsx(@PathVariable String id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String data) {
        Plan plan = plan(id);
        boolean synthetic = data != null && data.trim().equalsIgnoreCase("synthetic");
        if (data != null && !synthetic && !data.isBlank() && !data.trim().equalsIgnoreCase("real")) {
            throw new se.platslage.system.InvalidInputException("data", "unknown value '" + data
                    + "'; expected real or synthetic");
        }
        var out = new java.io.ByteArrayOutputStream();
        new PlanFileWriter().writeFollowUp(assembler.assemble(plan), targetStatuses.rows(plan, current.get(), synthetic), out);
        return file(withExtraSheets(out.toByteArray(), plan), XLSX, plan.getCode() + "-uppfoljning.xlsx");
    }

    @GetMapping("/api/export.gpkg")
    ResponseEntity<byte[]> geoPackage(@ModelAttribute FilterParams params) {
        ListFilter filter = ListFilter.of(params);
        Path file = null;
        try {
            file = Files.createTempFile("platslage-export-", ".gpkg");
            new GeoPackageWriter().write(file, layers.layers(filter));
            return file(Files.readAllBytes(file), GPKG, "platslage.gpkg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    @GetMapping("/api/export.geojson")
    ResponseEntity<byte[]> geoJson(@ModelAttribute FilterParams params) {
        var out = new java.io.ByteArrayOutputStream();
        new GeoJsonFileWriter(json).write(out, layers.layers(ListFilter.of(params)));
        return file(out.toByteArray(), GEOJSON, "platslage.geojson");
    }

    @GetMapping("/api/measures.csv")
    ResponseEntity<byte[]> measuresCsv(@ModelAttribute FilterParams params) {
        List<Map<String, Object>> rows = layers.measureRows(ListFilter.of(params));
        List<String> columns = CSV_COLUMNS.stream()
                .filter(c -> !c.equals("policeNote") || rows.stream().anyMatch(r -> r.containsKey("policeNote")))
                .toList();
        List<List<?>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            cells.add(columns.stream().map(row::get).toList());
        }
        var out = new java.io.ByteArrayOutputStream();
        new CsvWriter().write(out, columns, cells);
        return file(out.toByteArray(), CSV, "atgarder.csv");
    }

    private Plan plan(String id) {
        return plans.findByIdOrCode(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** The follow-up workbook with the sheets other features add ({@link FollowUpSheet}), when there are any. */
    private byte[] withExtraSheets(byte[] workbook, Plan plan) {
        List<FollowUpSheet> extra = followUpSheets.orderedStream().toList();
        if (extra.isEmpty()) {
            return workbook;
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook));
                var out = new java.io.ByteArrayOutputStream()) {
            extra.forEach(sheet -> sheet.addTo(book, plan));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp file left behind is harmless
            }
        }
    }
}
