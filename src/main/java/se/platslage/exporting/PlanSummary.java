package se.platslage.exporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.platslage.measure.Measure;
import se.platslage.measure.MeasureRepository;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanView;
import se.platslage.plan.PriorityArea;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.problem.ProblemRepository;
import se.platslage.security.Actor;

/**
 * A plan as the template shows it ({@code GET /api/plans/{id}/summary}): per priority area, problems → causes → measures, and the
 * "Sammanställning" count table (problems, causes, measures per area) computed from the stored rows,
 * next to the table as the plan printed it where it did.
 */
@Component
class PlanSummary {

    private final ProblemRepository problems;
    private final MeasureRepository measures;

    PlanSummary(ProblemRepository problems, MeasureRepository measures) {
        this.problems = problems;
        this.measures = measures;
    }

    Map<String, Object> of(Plan plan, Actor caller) {
        List<Problem> problems = this.problems.findAllInPlan(plan);
        List<Measure> measures = this.measures.findAllInPlan(plan);

        List<Map<String, Object>> areas = new ArrayList<>();
        List<Map<String, Object>> table = new ArrayList<>();
        for (PriorityArea area : plan.getPriorityAreas()) {
            List<Problem> inArea = problems.stream().filter(p -> p.getPriorityArea().equals(area)).toList();
            List<Measure> areaMeasures = measures.stream()
                    .filter(m -> m.getProblem().getPriorityArea().equals(area)).toList();
            int causes = inArea.stream().mapToInt(p -> p.getCauses().size()).sum();
            Map<String, Object> row = countRow(area.getNumber(), area.getName(), inArea.size(), causes,
                    areaMeasures.size());
            table.add(row);
            Map<String, Object> json = new LinkedHashMap<>(row);
            json.put("items", inArea.stream().map(p -> problem(p, areaMeasures)).toList());
            areas.add(json);
        }

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("plan", PlanView.of(plan, caller));
        summary.put("sammanstallning", table);
        summary.put("total", countRow(null, "Totalt", problems.size(),
                problems.stream().mapToInt(p -> p.getCauses().size()).sum(), measures.size()));
        List<Map<String, Object>> printed = plan.getPrintedSummary().stream()
                .map(r -> countRow(r.areaNumber(), null, r.problems(), r.causes(), r.measures())).toList();
        summary.put("sammanstallningAsPrinted", printed.isEmpty() ? null : printed);
        summary.put("matchesPrinted", printed.isEmpty() ? null : matches(table, printed));
        summary.put("areas", areas);
        return summary;
    }

    private static boolean matches(List<Map<String, Object>> computed, List<Map<String, Object>> printed) {
        Comparator<Map<String, Object>> byArea = Comparator.comparing(r -> (Integer) r.get("area"));
        List<List<Object>> a = computed.stream().sorted(byArea).map(PlanSummary::counts).toList();
        List<List<Object>> b = printed.stream().sorted(byArea).map(PlanSummary::counts).toList();
        return a.equals(b);
    }

    private static List<Object> counts(Map<String, Object> row) {
        return List.of(row.get("area"), row.get("problems"), row.get("causes"), row.get("measures"));
    }

    private static Map<String, Object> countRow(Integer area, String name, int problems, int causes, int measures) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", area);
        row.put("name", name);
        row.put("problems", problems);
        row.put("causes", causes);
        row.put("measures", measures);
        return row;
    }

    private static Map<String, Object> problem(Problem p, List<Measure> areaMeasures) {
        List<Measure> own = areaMeasures.stream().filter(m -> m.getProblem().equals(p)).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.getId());
        json.put("ref", p.getRef());
        json.put("description", p.getDescription());
        json.put("places", p.getPlaces().stream().map(pl -> Map.of("id", pl.getId(), "name", pl.getName())).toList());
        List<Map<String, Object>> causes = new ArrayList<>();
        for (Cause c : p.getCauses()) {
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("id", c.getId());
            cause.put("description", c.getDescription());
            cause.put("measures", own.stream().filter(m -> Objects.equals(m.getCause(), c))
                    .map(PlanSummary::measure).toList());
            causes.add(cause);
        }
        json.put("causes", causes);
        json.put("measuresWithoutCause", own.stream().filter(m -> m.getCause() == null)
                .map(PlanSummary::measure).toList());
        return json;
    }

    private static Map<String, Object> measure(Measure m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.getId());
        json.put("ref", m.getRef());
        json.put("description", m.getDescription());
        json.put("category", m.getCategory().code());
        json.put("type", m.getPhysicalType() == null ? null : m.getPhysicalType().code());
        json.put("operationalGoal", m.getOperationalGoal());
        json.put("timing", m.getTiming().text());
        json.put("responsible", m.getResponsible());
        json.put("status", m.getStatus().code());
        return json;
    }
}
