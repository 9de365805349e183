package se.platslage.walk;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.system.Versions;

/** Safety walks (trygghetsvandringar): planning them, their district checklists, and places' ratings over time. */
@RestController
class WalkController {

    private final WalkService walks;
    private final WalkChecklists checklists;
    private final WalkRatings ratings;

    WalkController(WalkService walks, WalkChecklists checklists, WalkRatings ratings) {
        this.walks = walks;
        this.checklists = checklists;
        this.ratings = ratings;
    }

    /** Walks, latest first; of one district when {@code district} is given. */
    @GetMapping("/api/walks")
    List<Map<String, Object>> list(@RequestParam(required = false) String district) {
        return walks.list(district);
    }

    @PostMapping("/api/walks")
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody WalkRequest request) {
        Map<String, Object> created = walks.create(request);
        return ResponseEntity.created(URI.create("/api/walks/" + created.get("id"))).body(created);
    }

    @GetMapping("/api/walks/{id:\\d+}")
    ResponseEntity<Map<String, Object>> get(@PathVariable long id) {
        return Versions.withEtag(walks.get(id));
    }

    /** Needs the version the change was made from: If-Match or "version". */
    @PutMapping("/api/walks/{id:\\d+}")
    ResponseEntity<Map<String, Object>> update(@PathVariable long id, @Valid @RequestBody WalkRequest request,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return Versions.withEtag(walks.update(id, request, ifMatch));
    }

    @DeleteMapping("/api/walks/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        walks.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A place's walk scores over time, walk by walk, with the mean per checklist parameter. */
    @GetMapping("/api/walks/ratings")
    Map<String, Object> ratings(@RequestParam long place) {
        return ratings.ofPlace(place);
    }

    /** The map's score layer: each rated place at its latest walk's score (good/fair/poor with a glyph). */
    @GetMapping(path = "/api/walks/scores", produces = {"application/geo+json", "application/json"})
    Map<String, Object> scores(@RequestParam(required = false) String district) {
        return ratings.scoreLayer(district);
    }

    @GetMapping("/api/walk-checklists/{district}")
    Map<String, Object> checklist(@PathVariable String district) {
        return checklists.get(district);
    }

    /** Replaces the district's checklist (strateg of the district, admin); walks already planned keep theirs. */
    @PutMapping("/api/walk-checklists/{district}")
    Map<String, Object> replaceChecklist(@PathVariable String district, @Valid @RequestBody ChecklistBody body) {
        return checklists.replace(district, body.items());
    }

    record ChecklistBody(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 40)
            List<@Valid ChecklistItem> items) {
    }
}
