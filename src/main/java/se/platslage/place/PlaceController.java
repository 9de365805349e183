package se.platslage.place;

import com.fasterxml.jackson.databind.JsonNode;
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
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.filter.ListFilter;
import se.platslage.system.ApiProperties;
import se.platslage.system.Page;
import se.platslage.system.Versions;

@RestController
@RequestMapping("/api/places")
class PlaceController {

    private final PlaceService service;
    private final PlaceGeometryCorrections corrections;
    private final ApiProperties api;

    PlaceController(PlaceService service, PlaceGeometryCorrections corrections, ApiProperties api) {
        this.service = service;
        this.corrections = corrections;
        this.api = api;
    }

    /** Places as a GeoJSON FeatureCollection (WGS84), filtered and paged. */
    @GetMapping(produces = {"application/geo+json", "application/json"})
    FeatureCollection<PlaceProperties> list(@ModelAttribute FilterParams params, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return service.list(ListFilter.of(params), Page.of(limit, offset, api));
    }

    @GetMapping(path = "/{id}", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Feature<PlaceProperties>> get(@PathVariable long id) {
        return Versions.withEtag(service.get(id));
    }

    @PostMapping
    ResponseEntity<Feature<PlaceProperties>> create(@Valid @RequestBody PlaceRequest request) {
        Feature<PlaceProperties> created = service.create(request);
        return ResponseEntity.created(URI.create("/api/places/" + created.id())).body(created);
    }

    /** Needs the version the change was made from: If-Match or properties.version. */
    @PutMapping("/{id}")
    ResponseEntity<Feature<PlaceProperties>> update(@PathVariable long id, @Valid @RequestBody PlaceRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(service.update(id, request, ifMatch));
    }

    /**
     * Corrected geometries for many places at once, from a GeoJSON FeatureCollection edited in a GIS. With
     * {@code dryRun=true} it only reports what would change; either way a file with any mistake changes nothing.
     */
    @PostMapping(path = "/geometries", consumes = {"application/json", "application/geo+json"})
    PlaceCorrectionReport correctGeometries(@RequestBody JsonNode collection,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return corrections.apply(collection, dryRun);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
