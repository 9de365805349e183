package se.platslage.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import se.platslage.security.Actor;

public final class PlanJson {

    private PlanJson() {
    }

    /** The plan as its caller sees it, with the actions the caller may take. */
    public static Map<String, Object> of(Plan plan, Actor caller) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", plan.getId());
        json.put("code", plan.getCode());
        json.put("district", plan.getDistrict().getCode());
        json.put("districtName", plan.getDistrict().getName());
        json.put("year", plan.getYear());
        json.put("kind", plan.getKind().code());
        json.put("title", plan.getTitle());
        json.put("sourceDocument", plan.getSourceDocument());
        json.put("adopted", plan.getAdopted());
        json.put("priorityAreas", plan.getPriorityAreas().stream()
                .map(a -> Map.of("number", a.getNumber(), "name", a.getName())).toList());
        json.put("actions", PlanPolicy.POLICY.actions(caller, plan));
        return json;
    }
}
