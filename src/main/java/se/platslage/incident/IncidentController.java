package se.platslage.incident;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.district.DistrictOutlines;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.security.CurrentActor;
import se.platslage.system.ApiProperties;
import se.platslage.system.InvalidInputException;
import se.platslage.system.Page;
import se.platslage.system.ProblemType;

/**
 * Incidents: import (and deleting a wrong import), synthetic generation and the police's list. Police data:
 * polis and admin only.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

    private final IncidentImporter importer;
    private final SyntheticIncidents synthetic;
    private final IncidentQueries queries;
    private final IncidentStore store;
    private final ImportDeletion deletion;
    private final CurrentActor current;
    private final ApiProperties api;
    private final DistrictOutlines districts;

    IncidentController(IncidentImporter importer, SyntheticIncidents synthetic, IncidentQueries queries,
            IncidentStore store, ImportDeletion deletion, CurrentActor current, ApiProperties api,
            DistrictOutlines districts) {
        this.districts = districts;
        this.importer = importer;
        this.synthetic = synthetic;
        this.queries = queries;
        this.store = store;
        this.deletion = deletion;
        this.current = current;
        this.api = api;
    }

    /** Multipart {@code file} and {@code format} (csv | polisen-json | police-uk), optional {@code source}. */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    ResponseEntity<ImportReport> importFile(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String format, @RequestParam(required = false) String source)
            throws IOException {
        IncidentAccess.requireIncidents(current.get());
        IncidentFormat f = IncidentFormat.importable(format);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is required: the incident file as a multipart part named file");
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = importer.importFile(f, source, fileName(file), in);
        }
        return created(report);
    }

    /**
     * Generates synthetic incidents around the stored places (see {@link SyntheticIncidents}): {@code count}
     * (default 5000), {@code seed}, {@code from}, {@code to}. Always flagged synthetic.
     */
    @PostMapping("/synthetic")
    ResponseEntity<ImportReport> generate(@RequestParam(required = false) Integer count,
            @RequestParam(required = false) Long seed, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return created(synthetic.generate(count, seed, IncidentParams.time(from, "from"), IncidentParams.time(to, "to")));
    }

    /** The incidents as GeoJSON points (WGS84), newest first, paged; the selection of {@link IncidentParams}. */
    @GetMapping(produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    Map<String, Object> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        IncidentAccess.requireIncidents(current.get());
        IncidentParams params = IncidentParams.of(request, districts);
        Page page = Page.of(limit, offset, api);
        IncidentSelection selection = params.selection();
        List<Map<String, Object>> features = new ArrayList<>();
        for (StoredIncident i : queries.page(selection, page.limit(), page.offset())) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("occurredAt", i.occurredAt().toString());
            p.put("timePrecision", i.timePrecision());
            p.put("type", i.type());
            p.put("locationPrecision", i.locationPrecision());
            p.put("locationName", i.locationName());
            p.put("summary", i.summary());
            p.put("synthetic", i.synthetic());
            p.put("format", i.format());
            p.put("source", i.source());
            p.put("externalId", i.externalId());
            p.put("importId", i.importId());
            features.add(Features.feature(i.id(), Sweref.FACTORY.createPoint(new Coordinate(i.x(), i.y())), p));
        }
        Map<String, Object> collection = Features.collection(features, queries.count(selection), page);
        collection.put("synthetic", params.synthetic());
        if (params.district() != null) {
            collection.put("district", params.district().code());
        }
        return collection;
    }

    /** The imports in force, newest first; deleted ones are not listed. */
    @GetMapping("/imports")
    List<ImportBatch> imports(@RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        IncidentAccess.requireIncidents(current.get());
        Page page = Page.of(limit, offset, api);
        return store.imports(page.limit(), page.offset());
    }

    /**
     * Deletes a wrongly imported batch: its incidents are removed (see {@link ImportDeletion}); 404 for an
     * unknown id, 410 for one deleted already.
     */
    @DeleteMapping("/imports/{id}")
    DeletedImport deleteImport(@PathVariable long id) {
        return deletion.delete(id);
    }

    @ExceptionHandler(ImportGoneException.class)
    ResponseEntity<ProblemDetail> gone(ImportGoneException e) {
        ProblemDetail problem = ProblemType.GONE.problem(e.getMessage());
        problem.setProperty("deletedBy", e.deletedBy());
        problem.setProperty("deletedAt", e.deletedAt());
        return ResponseEntity.status(HttpStatus.GONE).body(problem);
    }

    @ExceptionHandler(IncidentImportException.class)
    ResponseEntity<ProblemDetail> unreadable(IncidentImportException e) {
        ProblemDetail problem = ProblemType.INVALID_INPUT.problem("file: " + e.getMessage());
        problem.setProperty("field", "file");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<ImportReport> created(ImportReport report) {
        return report.importId() == null ? ResponseEntity.ok(report)
                : ResponseEntity.status(HttpStatus.CREATED).body(report);
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return null;
        }
        name = name.replaceAll(".*[/\\\\]", "");
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
