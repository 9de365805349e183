package se.platslage.problem;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.system.ApiProperties;
import se.platslage.system.ItemPage;
import se.platslage.system.Page;
import se.platslage.system.Versions;

@RestController
@RequestMapping("/api/problems")
class ProblemController {

    private final ProblemService service;
    private final ApiProperties api;

    ProblemController(ProblemService service, ApiProperties api) {
        this.service = service;
        this.api = api;
    }

    @GetMapping
    ItemPage<ProblemView> list(@ModelAttribute FilterParams params, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return service.list(ListFilter.of(params), Page.of(limit, offset, api));
    }

    @GetMapping("/{id}")
    ResponseEntity<ProblemView> get(@PathVariable long id) {
        return Versions.withEtag(service.get(id));
    }

    @PostMapping
    ResponseEntity<ProblemView> create(@Valid @RequestBody ProblemRequest request) {
        ProblemView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/problems/" + created.id())).body(created);
    }

    /** Needs the version the change was made from: If-Match or "version". */
    @PutMapping("/{id}")
    ResponseEntity<ProblemView> update(@PathVariable long id, @Valid @RequestBody ProblemRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(service.update(id, request, ifMatch));
    }

    /** The police-only note (police and admins). */
    @PutMapping("/{id}/police-note")
    ResponseEntity<ProblemView> policeNote(@PathVariable long id, @Valid @RequestBody PoliceNote note) {
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
}
