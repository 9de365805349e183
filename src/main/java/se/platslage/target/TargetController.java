package se.platslage.target;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RestController;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.system.Versions;

/** ÖDS and utsatt-område targets as a GeoJSON layer, with years left to the target year. */
@RestController
@RequestMapping("/api/targets")
class TargetController {

    private final TargetService service;
    private final TargetSummary summary;

    TargetController(TargetService service, TargetSummary summary) {
        this.service = service;
        this.summary = summary;
    }

    /** ÖDS (or another classification: {@code kind}) as a count and an area per year, per district and city. */
    @GetMapping(path = "/summary", produces = "application/json")
    Map<String, Object> summary(@org.springframework.web.bind.annotation.RequestParam(required = false) String by,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String kind,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String district) {
        return summary.byYear(by, kind == null ? null : TargetKind.fromCode(kind),
                district == null || district.isBlank() ? null : district.trim());
    }

    @GetMapping(produces = {"application/geo+json", "application/json"})
    Map<String, Object> list(@ModelAttribute FilterParams params) {
        return service.list(ListFilter.of(params));
    }

    @GetMapping(path = "/{id}", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
        return Versions.withEtag(service.get(id));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody TargetRequest request) {
        Map<String, Object> created = service.create(request);
        return ResponseEntity.created(URI.create("/api/targets/" + created.get("id"))).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> update(@PathVariable long id, @Valid @RequestBody TargetRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(service.update(id, request, ifMatch));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
