package se.platslage.target;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.district.DistrictOutlines;
import se.platslage.incident.IncidentParams;
import se.platslage.security.CurrentActor;

/** A target's monthly incident counts with their Mann–Kendall trend and Sen's slope. */
@RestController
class TrendController {

    private final TargetTrend trends;
    private final CurrentActor current;
    private final DistrictOutlines districts;

    TrendController(TargetTrend trends, CurrentActor current, DistrictOutlines districts) {
        this.trends = trends;
        this.current = current;
        this.districts = districts;
    }

    /**
     * {@code buffer} metres around what is counted (default 0 round an assessed extent or an area, 100 round a
     * place), {@code type} (default: the target's own, else its kind's: Narkotikabrott for an ÖDS),
     * {@code data=real|synthetic}, {@code from}, {@code to}.
     */
    @GetMapping("/api/targets/{id}/trend")
    Map<String, Object> trend(@PathVariable long id, HttpServletRequest request,
            @RequestParam(required = false) String buffer) {
        return trends.trend(id, IncidentParams.of(request, districts), buffer, current.get());
    }
}
