package se.platslage.planimport;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.platslage.audit.AuditLog;
import se.platslage.district.Area;
import se.platslage.measure.Measure;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.plan.PrintedSummaryRow;
import se.platslage.plan.PriorityArea;
import se.platslage.planfile.PlanFollowUp;
import se.platslage.planfile.PlanTarget;
import se.platslage.planfile.SummaryTableRow;
import se.platslage.planimport.PlaceResolver.PlaceChoice;
import se.platslage.problem.Cause;
import se.platslage.problem.Problem;
import se.platslage.security.CurrentActor;
import se.platslage.target.ClassificationTarget;
import se.platslage.target.TargetKind;
import se.platslage.vocabulary.MeasureStatus;

/**
 * Stores an {@link ImportDraft} as it is, inside the caller's transaction, with an audit record for every
 * created place, plan, problem, measure and target.
 *
 * IMPLEMENTATION NOTE: the persistence context is flushed and cleared every {@value #CLEAR_EVERY} measures,
 * so a 10,000-row plan does not keep 10,000 managed entities (and their snapshots) in memory; what later rows
 * refer to (plan, areas, places) is re-attached by id.
 */
@Component
class NewPlanWriter {

    private static final int CLEAR_EVERY = 500;

    private final EntityManager em;
    private final AuditLog audit;
    private final CurrentActor current;
    private final Clock clock;

    NewPlanWriter(EntityManager em, AuditLog audit, CurrentActor current, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** Returns the new plan's id. */
    long write(ImportDraft draft, ImportProgress progress) {
        Map<String, Long> newPlaceIds = new HashMap<>();
        for (PlaceChoice choice : draft.newPlaces()) {
            Place place = new Place(choice.code(), choice.name(), choice.kind(), draft.head().district(), null);
            place.provenance("ingen geometri: skapad vid import av planen " + draft.head().code()
                    + "; ritas på kartan", null, "import av " + draft.head().sourceDocument());
            em.persist(place);
            audit.record("place", place.getId(), AuditLog.Action.CREATE, null, Map.of("name", place.getName(),
                    "kind", place.getKind().code(), "code", place.getCode(), "district", draft.head().district().getCode(),
                    "geometry", "none"));
            newPlaceIds.put(choice.code(), place.getId());
        }
        Plan plan = plan(draft.head());
        long planId = plan.getId();
        Map<Integer, Long> areaIds = new HashMap<>();
        for (ImportDraft.Area a : draft.areas()) {
            PriorityArea area = new PriorityArea(plan, a.number(), a.name());
            em.persist(area);
            plan.getPriorityAreas().add(area); // the inverse side, for readers in this same transaction
            areaIds.put(a.number(), area.getId());
        }
        em.flush();
        int total = draft.measures().size();
        int done = 0;
        int sinceClear = 0;
        for (ImportDraft.Area a : draft.areas()) {
            int position = 0;
            for (ImportDraft.Problem p : a.problems()) {
                PriorityArea area = em.getReference(PriorityArea.class, areaIds.get(a.number()));
                int stored = problem(area, p, ++position, newPlaceIds, draft.head().year());
                done += stored;
                sinceClear += stored;
                progress.step("storing", done, total);
                if (sinceClear >= CLEAR_EVERY) {
                    em.flush();
                    em.clear();
                    sinceClear = 0;
                }
            }
        }
        Plan attached = em.find(Plan.class, planId);
        for (PlanTarget t : draft.targets()) {
            target(attached, t);
        }
        em.flush();
        return planId;
    }

    private Plan plan(ImportDraft.Head h) {
        Plan plan = new Plan(h.code(), h.district(), h.year(), h.kind(), h.title(), h.sourceDocument(), h.adopted());
        if (h.printedSummary() != null) {
            for (SummaryTableRow c : h.printedSummary()) {
                plan.getPrintedSummary().add(new PrintedSummaryRow(c.area(), c.problems(), c.causes(), c.measures()));
            }
        }
        em.persist(plan);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", h.code());
        snapshot.put("district", h.district().getCode());
        snapshot.put("year", h.year());
        snapshot.put("kind", h.kind().code());
        snapshot.put("title", h.title());
        snapshot.put("sourceDocument", h.sourceDocument());
        audit.record("plan", plan.getId(), AuditLog.Action.CREATE, null, snapshot);
        return plan;
    }

    /** Stores one problem with its causes and measures; returns the number of measures. */
    private int problem(PriorityArea area, ImportDraft.Problem p, int position, Map<String, Long> newPlaceIds,
            int year) {
        Problem problem = new Problem(p.ref(), area, position);
        Set<Place> places = places(p.places(), newPlaceIds);
        problem.describe(area, p.description(), p.targetGroup(), p.timePattern(), places);
        if (p.area() != null) {
            problem.placeAt(em.getReference(Area.class, p.area().id()));
        }
        List<Cause> causes = p.causes().stream().filter(c -> c.description() != null)
                .map(c -> problem.addCause(c.description())).toList();
        em.persist(problem);
        audit.record("problem", problem.getId(), AuditLog.Action.CREATE, null, Map.of("ref", p.ref(),
                "description", p.description(), "places", places.stream().map(Place::getId).toList(),
                "causes", p.causes().stream().map(c -> String.valueOf(c.description())).toList(),
                "area", p.area() == null ? "" : p.area().code()));
        int measurePosition = 0;
        int causeIndex = 0;
        for (ImportDraft.Cause c : p.causes()) {
            Cause cause = c.description() == null ? null : causes.get(causeIndex++);
            for (ImportDraft.Measure m : c.measures()) {
                measure(problem, cause, m, ++measurePosition, m.places() == null ? places
                        : places(m.places(), newPlaceIds), year);
            }
        }
        return measurePosition;
    }

    private void measure(Problem problem, Cause cause, ImportDraft.Measure m, int position, Set<Place> places,
            int year) {
        Measure measure = new Measure(m.ref(), problem, position);
        measure.describe(cause, m.description(), m.category(), m.type(), m.operationalGoal(), m.timing(),
                m.responsible(), places);
        Instant now = Instant.now(clock);
        String who = current.get().username();
        for (PlanFollowUp f : m.followUps()) {
            LocalDate date = f.date() == null ? LocalDate.of(year, 12, 31) : f.date();
            // An unrecognised status word keeps the status the measure had; the words are kept as written.
            MeasureStatus status = f.status() == null ? measure.getStatus() : MeasureStatus.fromCode(f.status());
            measure.addFollowUp(date, status, f.statusAsWritten(), f.text(), now, who, false);
        }
        em.persist(measure);
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("ref", m.ref());
        snapshot.put("description", m.description());
        snapshot.put("category", m.category().code());
        snapshot.put("type", m.type() == null ? null : m.type().code());
        snapshot.put("timing", m.timing().text());
        snapshot.put("responsible", m.responsible());
        snapshot.put("status", measure.getStatus().code());
        snapshot.put("followUps", m.followUps().size());
        audit.record("measure", measure.getId(), AuditLog.Action.CREATE, null, snapshot);
    }

    private void target(Plan plan, PlanTarget t) {
        Place place = t.place() == null ? null : byCode(Place.class, t.place());
        Area area = t.area() == null ? null : byCode(Area.class, t.area());
        if (place == null && area == null) {
            return; // a target at a place or area this database does not have is left out
        }
        ClassificationTarget target = new ClassificationTarget(TargetKind.fromCode(t.kind()), place, area, plan,
                t.since(), t.targetYear(), t.notes());
        em.persist(target);
        audit.record("target", target.getId(), AuditLog.Action.CREATE, null, Map.of("kind", t.kind(),
                "plan", plan.getCode(), "name", target.targetName()));
    }

    private Set<Place> places(List<PlaceChoice> choices, Map<String, Long> newPlaceIds) {
        Set<Place> places = new LinkedHashSet<>();
        for (PlaceChoice c : choices) {
            places.add(em.getReference(Place.class, c.created() ? newPlaceIds.get(c.code()) : c.id()));
        }
        return places;
    }

    private <T> T byCode(Class<T> type, String code) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :c", type)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }
}
