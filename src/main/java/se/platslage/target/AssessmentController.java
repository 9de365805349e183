package se.platslage.target;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.system.StaleWriteRetry;

/**
 * A target's assessments. Append-only: there is no PUT or DELETE, so either answers 405 (problem+json); a
 * wrong assessment is corrected by a later one, and both stay in the history.
 */
@RestController
@RequestMapping("/api/targets/{id}/assessments")
class AssessmentController {

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @GetMapping
    List<Map<String, Object>> list(@PathVariable long id) {
        return service.list(id);
    }

    @GetMapping("/{assessmentId}")
    Map<String, Object> get(@PathVariable long id, @PathVariable long assessmentId) {
        return service.get(id, assessmentId);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@PathVariable long id, @Valid @RequestBody AssessmentRequest request) {
        Map<String, Object> created = StaleWriteRetry.append(() -> service.add(id, request));
        return ResponseEntity.created(URI.create("/api/targets/" + id + "/assessments/" + created.get("id")))
                .body(created);
    }
}
