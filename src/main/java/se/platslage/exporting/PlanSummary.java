package se.platslage.exporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.platslage.measure.Measure;
import se.platslage.measure.MeasureRepository;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanView;
import se.platslage.plan.PriorityArea;
import se.platslage.problem.Problem;
import se.platslage.problem.ProblemRepository;
import se.platslage.exporting.PlanSummaryView.AreaSummary;
import se.platslage.exporting.PlanSummaryView.CauseSummary;
import se.platslage.exporting.PlanSummaryView.CountRow;
import se.platslage.exporting.PlanSummaryView.MeasureSummary;
import se.platslage.exporting.PlanSummaryView.ProblemSummary;
import se.platslage.problem.ProblemView.PlaceRef;
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

    PlanSummaryView of(Plan plan, Actor caller) {
        List<Problem> problems = this.problems.findAllInPlan(plan);
        List<Measure> measures = this.measures.findAllInPlan(plan);

        List<AreaSummary> areas = new ArrayList<>();
        List<CountRow> table = new ArrayList<>();
        for (PriorityArea area : plan.getPriorityAreas()) {
            List<Problem> inArea = problems.stream().filter(p -> p.getPriorityArea().equals(area)).toList();
            List<Measure> areaMeasures = measures.stream()
                    .filter(m -> m.getProblem().getPriorityArea().equals(area)).toList();
            int causes = inArea.stream().mapToInt(p -> p.getCauses().size()).sum();
            CountRow row = new CountRow(area.getNumber(), area.getName(), inArea.size(), causes, areaMeasures.size());
            table.add(row);
            areas.add(new AreaSummary(row.area(), row.name(), row.problems(), row.causes(), row.measures(),
                    inArea.stream().map(p -> problem(p, areaMeasures)).toList()));
        }

        CountRow total = new CountRow(null, "Totalt", problems.size(),
                problems.stream().mapToInt(p -> p.getCauses().size()).sum(), measures.size());
        List<CountRow> printed = plan.getPrintedSummary().stream()
                .map(r -> new CountRow(r.areaNumber(), null, r.problems(), r.causes(), r.measures())).toList();
        return new PlanSummaryView(PlanView.of(plan, caller), table, total, printed.isEmpty() ? null : printed,
                printed.isEmpty() ? null : matches(table, printed), areas);
    }

    private static boolean matches(List<CountRow> computed, List<CountRow> printed) {
        Comparator<CountRow> byArea = Comparator.comparing(CountRow::area);
        List<List<Object>> a = computed.stream().sorted(byArea).map(PlanSummary::counts).toList();
        List<List<Object>> b = printed.stream().sorted(byArea).map(PlanSummary::counts).toList();
        return a.equals(b);
    }

    private static List<Object> counts(CountRow row) {
        return List.of(row.area(), row.problems(), row.causes(), row.measures());
    }

    private static ProblemSummary problem(Problem p, List<Measure> areaMeasures) {
        List<Measure> own = areaMeasures.stream().filter(m -> m.getProblem().equals(p)).toList();
        List<CauseSummary> causes = p.getCauses().stream().map(c -> new CauseSummary(c.getId(), c.getDescription(),
                own.stream().filter(m -> Objects.equals(m.getCause(), c)).map(PlanSummary::measure).toList())).toList();
        return new ProblemSummary(p.getId(), p.getRef(), p.getDescription(),
                p.getPlaces().stream().map(pl -> new PlaceRef(pl.getId(), pl.getName())).toList(), causes,
                own.stream().filter(m -> m.getCause() == null).map(PlanSummary::measure).toList());
    }

    private static MeasureSummary measure(Measure m) {
        return new MeasureSummary(m.getId(), m.getRef(), m.getDescription(), m.getCategory(), m.getPhysicalType(),
                m.getOperationalGoal(), m.getTiming().text(), m.getResponsible(), m.getStatus());
    }
}
