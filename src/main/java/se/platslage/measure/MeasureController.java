package se.platslage.measure;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.filter.FilterParams;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.filter.ListFilter;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import se.platslage.photo.Photos;
import se.platslage.system.ApiProperties;
import se.platslage.system.IdempotencyKeys;
import se.platslage.system.Page;
import se.platslage.system.StaleWriteRetry;
import se.platslage.system.Versions;

@RestController
@RequestMapping("/api/measures")
class MeasureController {

    private final MeasureService service;
    private final ApiProperties api;
    private final FollowUpPhotos photos;

    MeasureController(MeasureService service, ApiProperties api, FollowUpPhotos photos) {
        this.service = service;
        this.api = api;
        this.photos = photos;
    }

    /** Measures as a GeoJSON FeatureCollection (WGS84), filtered and paged. */
    @GetMapping(produces = {"application/geo+json", "application/json"})
    FeatureCollection<MeasureProperties> list(@ModelAttribute FilterParams params, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return service.list(ListFilter.of(params), Page.of(limit, offset, api));
    }

    /**
     * The map's layer: the same filter as the list (bbox included), every match in one answer, each feature
     * with only id, status, category, type, overdue and a short label; details from {@code /{id}}.
     */
    @GetMapping(path = "/layer", produces = {"application/geo+json", "application/json"})
    FeatureCollection<MeasureLayerProperties> layer(@ModelAttribute FilterParams params) {
        return service.layer(ListFilter.of(params));
    }

    @GetMapping(path = "/{id}", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Feature<MeasureProperties>> get(@PathVariable long id) {
        return Versions.withEtag(service.get(id));
    }

    @PostMapping
    ResponseEntity<Feature<MeasureProperties>> create(@Valid @RequestBody MeasureRequest request) {
        Feature<MeasureProperties> created = service.create(request);
        return ResponseEntity.created(URI.create("/api/measures/" + created.id())).body(created);
    }

    /** Needs the version the change was made from: If-Match or "version". */
    @PutMapping("/{id}")
    ResponseEntity<Feature<MeasureProperties>> update(@PathVariable long id, @Valid @RequestBody MeasureRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(service.update(id, request, ifMatch));
    }

    /** Progress fields, for the park engineer the measure is assigned to (and strateg, admin). */
    @PatchMapping("/{id}/progress")
    ResponseEntity<Feature<MeasureProperties>> progress(@PathVariable long id, @Valid @RequestBody ProgressRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(service.reportProgress(id, request, ifMatch));
    }

    /** The police-only note (police and admins). */
    @PutMapping("/{id}/police-note")
    ResponseEntity<Feature<MeasureProperties>> policeNote(@PathVariable long id, @Valid @RequestBody PoliceNote note) {
        return Versions.withEtag(service.setPoliceNote(id, note.policeNote()));
    }

    /** {@code policeNote} must be present: an empty text clears the note, a missing one is a mistake. */
    record PoliceNote(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 8000)
            String policeNote) {
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/follow-ups")
    List<FollowUpView> followUps(@PathVariable long id) {
        return service.followUps(id);
    }

    /** Appends a follow-up; the measure's status becomes that of its latest follow-up. */
    @PostMapping("/{id}/follow-ups")
    ResponseEntity<FollowUpView> addFollowUp(@PathVariable long id,
            @Valid @RequestBody FollowUpRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        FollowUpView created = IdempotencyKeys.once(
                () -> StaleWriteRetry.append(() -> service.addFollowUp(id, request, idempotencyKey)));
        return ResponseEntity.created(URI.create("/api/measures/" + id + "/follow-ups")).body(created);
    }

    /**
     * A photo of the site work (multipart: {@code file}, optional {@code role} before|after) on a follow-up,
     * sent once per {@code Idempotency-Key}: 201 when stored, 200 with the same photo when the key was seen.
     */
    @PostMapping(path = "/{id}/follow-ups/{followUpId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> addPhoto(@PathVariable long id, @PathVariable long followUpId,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String role,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        Photos.Added added = IdempotencyKeys.once(() -> photos.add(id, followUpId, role, file, idempotencyKey));
        return added.created()
                ? ResponseEntity.created(URI.create((String) added.photo().get("url"))).body(added.photo())
                : ResponseEntity.ok(added.photo());
    }
}
