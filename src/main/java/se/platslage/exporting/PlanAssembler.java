package se.platslage.exporting;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.platslage.measure.FollowUp;
import se.platslage.measure.Measure;
import se.platslage.measure.MeasureRepository;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.plan.PriorityArea;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanFollowUp;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;
import se.platslage.planfile.PlanTarget;
import se.platslage.planfile.SummaryTableRow;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.problem.ProblemRepository;

/**
 * A stored plan as the neutral {@link ActionPlan} the template writer takes: areas, problems (by position),
 * causes, measures (by position; those without a cause under a cause without text, last), follow-ups, the
 * printed "Sammanställning" and the plan's targets. Places are named by their code, or by their name where
 * they have none (the import then finds them by name).
 *
 * Police-only fields are never put in a workbook, for any role: the template has no police-only column, so
 * a police note or a restricted follow-up text in a cell would become ordinary text on the next import. A
 * restricted follow-up keeps its date and status; its text is left out.
 */
@Component
class PlanAssembler {

    private final EntityManager em;
    private final ProblemRepository problems;
    private final MeasureRepository measures;

    PlanAssembler(EntityManager em, ProblemRepository problems, MeasureRepository measures) {
        this.em = em;
        this.problems = problems;
        this.measures = measures;
    }

    ActionPlan assemble(Plan plan) {
        List<Problem> problems = this.problems.findAllInPlan(plan);
        Map<Long, List<Measure>> measuresByProblem = measures.findAllInPlan(plan).stream()
                .collect(Collectors.groupingBy(m -> m.getProblem().getId(), LinkedHashMap::new, Collectors.toList()));
        List<PlanArea> areas = new ArrayList<>();
        for (PriorityArea area : plan.getPriorityAreas()) {
            List<PlanProblem> inArea = problems.stream().filter(p -> p.getPriorityArea().getId().equals(area.getId()))
                    .map(p -> problem(p, measuresByProblem.getOrDefault(p.getId(), List.of()))).toList();
            areas.add(new PlanArea(area.getNumber(), area.getName(), inArea));
        }
        List<SummaryTableRow> printed = plan.getPrintedSummary().isEmpty() ? null : plan.getPrintedSummary().stream()
                .map(r -> new SummaryTableRow(r.areaNumber(), r.problems(), r.causes(), r.measures())).toList();
        return new ActionPlan(plan.getCode(), plan.getDistrict().getCode(), plan.getYear(), plan.getKind().code(),
                plan.getTitle(), plan.getSourceDocument(), plan.getAdopted(), printed, targets(plan), areas);
    }

    private List<PlanTarget> targets(Plan plan) {
        return em.createQuery("select t from ClassificationTarget t where t.plan = :plan order by t.id",
                        se.platslage.target.ClassificationTarget.class).setParameter("plan", plan).getResultList().stream()
                .map(t -> new PlanTarget(t.getKind().code(), t.getPlace() == null ? null : ref(t.getPlace()),
                        t.getArea() == null ? null : t.getArea().getCode(), t.getSince(), t.getTargetYear(), t.getNotes()))
                .toList();
    }

    private static PlanProblem problem(Problem p, List<Measure> measures) {
        List<PlanCause> causes = new ArrayList<>();
        for (Cause c : p.getCauses()) {
            causes.add(new PlanCause(c.getDescription(), measures.stream()
                    .filter(m -> m.getCause() != null && m.getCause().getId().equals(c.getId()))
                    .map(m -> measure(m, p.getPlaces())).toList()));
        }
        List<PlanMeasure> withoutCause = measures.stream().filter(m -> m.getCause() == null)
                .map(m -> measure(m, p.getPlaces())).toList();
        if (!withoutCause.isEmpty()) {
            causes.add(new PlanCause(null, withoutCause));
        }
        return new PlanProblem(p.getRef(), p.getDescription(), places(p.getPlaces()), p.getTargetGroup(),
                p.getTimePattern(), causes);
    }

    private static PlanMeasure measure(Measure m, Set<Place> problemPlaces) {
        boolean sameAsProblem = ids(m.getPlaces()).equals(ids(problemPlaces));
        List<PlanFollowUp> followUps = m.getFollowUps().stream()
                .sorted(Comparator.comparing(FollowUp::getDate).thenComparing(FollowUp::getId,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(f -> new PlanFollowUp(f.getDate(), f.getStatus().code(), f.getStatusAsWritten(),
                        f.isRestricted() ? null : f.getNote()))
                .toList();
        return new PlanMeasure(m.getRef(), m.getDescription(), m.getCategory().code(),
                m.getPhysicalType() == null ? null : m.getPhysicalType().code(), m.getOperationalGoal(),
                m.getTiming().text(), m.getResponsible(), sameAsProblem ? null : places(m.getPlaces()), null, followUps);
    }

    private static List<String> places(Set<Place> places) {
        return places.stream().map(PlanAssembler::ref).toList();
    }

    private static String ref(Place place) {
        return place.getCode() != null ? place.getCode() : place.getName();
    }

    private static Set<Long> ids(Set<Place> places) {
        return places.stream().map(Place::getId).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
