package se.platslage.plan;

import java.util.LinkedHashMap;
import java.util.Map;

final class PlanJson {

    private PlanJson() {
    }

    static Map<String, Object> of(Plan plan) {
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
        return json;
    }
}
