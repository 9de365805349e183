package se.platslage.planimport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.security.CurrentActor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * {@code POST /api/plans/import}: an action plan workbook (multipart field {@code file}) in, a preview
 * ({@code dryRun=true}), a new plan, or follow-ups added to an existing plan out; {@code async=true} runs it
 * as a job to poll at {@code GET /api/plans/import/{jobId}}.
 */
@RestController
@RequestMapping("/api/plans/import")
class PlanImportController {

    private final PlanImportService service;
    private final ImportJobs jobs;
    private final ImportUploads uploads;
    private final CurrentActor current;

    PlanImportController(PlanImportService service, ImportJobs jobs, ImportUploads uploads, CurrentActor current) {
        this.service = service;
        this.jobs = jobs;
        this.uploads = uploads;
        this.current = current;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importPlan(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String district, @RequestParam(required = false) String year,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String dryRun,
            @RequestParam(required = false) String async) {
        ImportRequest request = ImportRequest.of(district, year, plan, dryRun, async);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "an .xlsx workbook in the multipart field 'file' is required");
        }
        service.authorise(request);
        Path upload = uploads.save(file);
        if (request.async()) {
            Map<String, Object> job = jobs.start(upload, file.getOriginalFilename(), request, current.get());
            return ResponseEntity.accepted().location(URI.create("/api/plans/import/" + job.get("id"))).body(job);
        }
        try {
            Map<String, Object> result = service.run(upload, file.getOriginalFilename(), request, ImportProgress.NONE);
            if (request.dryRun() || request.isFollowUp()) {
                return ResponseEntity.ok(result);
            }
            Object id = ((Map<?, ?>) result.get("plan")).get("id");
            return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/plans/" + id)).body(result);
        } finally {
            ImportJobs.deleteQuietly(upload);
        }
    }

    @GetMapping("/{jobId}")
    Map<String, Object> job(@PathVariable String jobId) {
        return jobs.get(jobId, current.get()).orElseThrow(() -> new NotFoundException("import job", jobId));
    }
}
