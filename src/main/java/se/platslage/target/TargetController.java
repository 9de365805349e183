package se.platslage.target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.filter.FilterParams;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Features;

/** ÖDS and utsatt-område targets as a GeoJSON layer, with years left to the target year. */
@RestController
@RequestMapping("/api/targets")
class TargetController {

    private final TargetQueries queries;
    private final Clock clock;

    TargetController(TargetQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    public Map<String, Object> list(@ModelAttribute FilterParams params) {
        int thisYear = LocalDate.now(clock).getYear();
        List<Map<String, Object>> features = queries.find(ListFilter.of(params)).stream()
                .map(t -> Features.feature(t.getId(), t.geometry(), properties(t, thisYear))).toList();
        return Features.collection(features, features.size(), null);
    }

    private static Map<String, Object> properties(ClassificationTarget t, int thisYear) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", t.getId());
        p.put("kind", t.getKind().code());
        p.put("name", t.targetName());
        p.put("place", t.getPlace() == null ? null : t.getPlace().getId());
        p.put("area", t.getArea() == null ? null : t.getArea().getId());
        p.put("plan", t.getPlan() == null ? null : t.getPlan().getId());
        p.put("since", t.getSince());
        p.put("targetYear", t.getTargetYear());
        p.put("yearsLeft", t.yearsLeft(thisYear));
        p.put("notes", t.getNotes());
        p.put("version", t.getVersion());
        return p;
    }
}
