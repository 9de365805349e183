package se.platslage.plan;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.system.NotFoundException;

/** Plans (their summaries are in {@code exporting}, above problems and measures); {id} is the numeric id or the plan's code ("hasselby-vallingby-2025"). */
@RestController
@RequestMapping("/api/plans")
@Transactional(readOnly = true)
class PlanController {

    private final PlanRepository plans;
    private final CurrentActor current;

    PlanController(PlanRepository plans, CurrentActor current) {
        this.plans = plans;
        this.current = current;
    }

    @GetMapping
    List<PlanView> list() {
        Actor actor = current.get();
        return plans.findAllByOrderByDistrictNameAscYearAsc().stream().map(p -> PlanView.of(p, actor)).toList();
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable String id) {
        return PlanView.of(find(id), current.get());
    }

    private Plan find(String id) {
        return plans.findByIdOrCode(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
