package se.platslage.exporting;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.plan.PlanRepository;
import se.platslage.security.CurrentActor;
import se.platslage.system.NotFoundException;

/**
 * A plan's summary: problems → causes → measures per priority area. It is here, not in {@code plan}, because it
 * reads problems and measures, which sit above plans.
 */
@RestController
@Transactional(readOnly = true)
class PlanSummaryController {

    private final PlanRepository plans;
    private final PlanSummary summary;
    private final CurrentActor current;

    PlanSummaryController(PlanRepository plans, PlanSummary summary, CurrentActor current) {
        this.plans = plans;
        this.summary = summary;
        this.current = current;
    }

    /** {id} is the numeric id or the plan's code ("hasselby-vallingby-2025"). */
    @GetMapping("/api/plans/{id}/summary")
    PlanSummaryView summary(@PathVariable String id) {
        return summary.of(plans.findByIdOrCode(id).orElseThrow(() -> new NotFoundException("plan", id)),
                current.get());
    }
}
