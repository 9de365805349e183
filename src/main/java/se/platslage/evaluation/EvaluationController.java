package se.platslage.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.district.DistrictOutlines;
import se.platslage.incident.IncidentParams;
import se.platslage.security.CurrentActor;

/** A measure's evaluation and a place's monthly incidents: what the police review page reads. */
@RestController
class EvaluationController {

    private final MeasureEvaluationService evaluations;
    private final PlaceIncidentSummary summaries;
    private final CurrentActor current;
    private final DistrictOutlines districts;

    EvaluationController(MeasureEvaluationService evaluations, PlaceIncidentSummary summaries, CurrentActor current,
            DistrictOutlines districts) {
        this.districts = districts;
        this.evaluations = evaluations;
        this.summaries = summaries;
        this.current = current;
    }

    /**
     * {@code response}, {@code buffer}, {@code control} (metres), {@code start} (default the measure's parsed
     * timing start), {@code from}, {@code to} and the incident selection ({@link IncidentParams}); the WDD's control
     * as {@link WddControl} ({@code wddControl}, {@code wddDistrict}, {@code wddPlace}, {@code wddPolygon},
     * {@code wddScale}), its displacement ring is {@code buffer} metres wide.
     */
    @GetMapping("/api/measures/{id}/evaluation")
    Map<String, Object> evaluation(@PathVariable long id, HttpServletRequest request,
            @RequestParam(required = false) String response, @RequestParam(required = false) String buffer,
            @RequestParam(required = false) String control, @RequestParam(required = false) String start) {
        Map<String, String> sizes = new HashMap<>();
        sizes.put("response", response);
        sizes.put("buffer", buffer);
        sizes.put("control", control);
        sizes.put("start", start);
        for (String key : new String[] {"wddControl", "wddDistrict", "wddPlace", "wddPolygon", "wddScale"}) {
            sizes.put(key, request.getParameter(key));
        }
        return evaluations.evaluate(id, IncidentParams.of(request, districts), sizes, current.get());
    }

    /** Incidents within {@code radius} metres of the place, per month. */
    @GetMapping("/api/places/{id}/incidents/monthly")
    Map<String, Object> monthly(@PathVariable long id, HttpServletRequest request,
            @RequestParam(required = false) String radius) {
        return summaries.monthly(id, IncidentParams.of(request, districts), radius, current.get());
    }
}
