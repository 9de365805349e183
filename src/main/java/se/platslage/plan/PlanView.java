package se.platslage.plan;

import java.time.LocalDate;
import java.util.List;
import se.platslage.security.Actor;

/**
 * A plan as its caller sees it ({@code GET /api/plans}, {@code /api/plans/{id}}), with the actions the caller
 * may take. A record, not a map, so the OpenAPI document describes it.
 *
 * @param district      the district's code ("hasselby-vallingby")
 * @param kind          the plan kind's code
 * @param adopted       when the plan was adopted, where known
 * @param priorityAreas the plan's priority areas by number
 * @param actions       what the caller may do with the plan (see {@code RecordPolicy})
 */
public record PlanView(Long id, String code, String district, String districtName, int year, String kind,
        String title, String sourceDocument, LocalDate adopted, List<PriorityAreaView> priorityAreas,
        List<String> actions) {

    /** A priority area ("Prioriterat område") of a plan. */
    public record PriorityAreaView(int number, String name) {
    }

    public static PlanView of(Plan plan, Actor caller) {
        return new PlanView(plan.getId(), plan.getCode(), plan.getDistrict().getCode(), plan.getDistrict().getName(),
                plan.getYear(), plan.getKind().code(), plan.getTitle(), plan.getSourceDocument(), plan.getAdopted(),
                plan.getPriorityAreas().stream().map(a -> new PriorityAreaView(a.getNumber(), a.getName())).toList(),
                PlanPolicy.POLICY.actions(caller, plan));
    }
}
