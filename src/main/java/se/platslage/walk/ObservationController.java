package se.platslage.walk;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.photo.Photos;
import se.platslage.system.IdempotencyKeys;

/**
 * A walk's observations: recorded on the phone (each once per {@code Idempotency-Key}: 201 when stored, 200
 * with the same observation when the key was seen), their photos, and turning them into problems and measures.
 */
@RestController
class ObservationController {

    private final ObservationService observations;

    ObservationController(ObservationService observations) {
        this.observations = observations;
    }

    @GetMapping(path = "/api/walks/{walk:\\d+}/observations", produces = {"application/geo+json", "application/json"})
    Map<String, Object> list(@PathVariable long walk) {
        return observations.list(walk);
    }

    @PostMapping("/api/walks/{walk:\\d+}/observations")
    ResponseEntity<Map<String, Object>> record(@PathVariable long walk, @Valid @RequestBody ObservationRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        ObservationService.Recorded recorded = IdempotencyKeys.once(() -> observations.record(walk, request, idempotencyKey));
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/walks/" + walk + "/observations/"
                        + recorded.observation().get("id"))).body(recorded.observation())
                : ResponseEntity.ok(recorded.observation());
    }

    @PostMapping(path = "/api/walks/{walk:\\d+}/observations/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> addPhoto(@PathVariable long walk, @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Photos.Added added = IdempotencyKeys.once(() -> observations.addPhoto(walk, id, file, idempotencyKey));
        return added.created()
                ? ResponseEntity.created(URI.create((String) added.photo().get("url"))).body(added.photo())
                : ResponseEntity.ok(added.photo());
    }

    /** One action: a new problem of the plan from the observation, linked both ways. */
    @PostMapping("/api/walks/{walk:\\d+}/observations/{id}/problem")
    ResponseEntity<Map<String, Object>> toProblem(@PathVariable long walk, @PathVariable long id,
            @Valid @RequestBody ConversionRequest request) {
        return ResponseEntity.status(201).body(observations.toProblem(walk, id, request));
    }

    /** One action: a new measure from the observation, linked both ways. */
    @PostMapping("/api/walks/{walk:\\d+}/observations/{id}/measure")
    ResponseEntity<Map<String, Object>> toMeasure(@PathVariable long walk, @PathVariable long id,
            @Valid @RequestBody ConversionRequest request) {
        return ResponseEntity.status(201).body(observations.toMeasure(walk, id, request));
    }

    /** The link seen from the plan: the observations that became this problem, or this measure. */
    @GetMapping("/api/walks/observations")
    List<Map<String, Object>> linked(@RequestParam(required = false) Long problem,
            @RequestParam(required = false) Long measure) {
        return observations.linkedTo(problem, measure);
    }
}
