package se.platslage.problem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.filter.ListFilter;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.plan.PlanRepository;
import se.platslage.plan.PriorityArea;
import se.platslage.plan.PriorityAreaRepository;
import se.platslage.security.Action;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.security.Permissions;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.ItemPage;
import se.platslage.system.NotFoundException;
import se.platslage.system.Page;
import se.platslage.system.Versions;

@Service
public class ProblemService {

    static final String AUDIT_TYPE = "problem";

    private final ProblemRepository problems;
    private final ProblemQueries queries;
    private final PlanRepository plans;
    private final PriorityAreaRepository priorityAreas;
    private final PlaceLookup places;
    private final MeasureCounts measures;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;

    ProblemService(ProblemRepository problems, ProblemQueries queries, PlanRepository plans,
            PriorityAreaRepository priorityAreas, PlaceLookup places, MeasureCounts measures, CurrentActor current,
            AuditLog audit, Clock clock) {
        this.problems = problems;
        this.queries = queries;
        this.plans = plans;
        this.priorityAreas = priorityAreas;
        this.places = places;
        this.measures = measures;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ItemPage<ProblemView> list(ListFilter filter, Page page) {
        ProblemQueries.Result result = queries.find(filter, page);
        Actor actor = current.get();
        return ItemPage.of(result.problems().stream().map(p -> view(p, actor)).toList(), result.total(), page);
    }

    @Transactional(readOnly = true)
    public ProblemView get(long id) {
        return view(find(id), current.get());
    }

    @Transactional
    public ProblemView create(ProblemRequest r) {
        PriorityArea area = priorityArea(r);
        Permissions.requireDistrict(current.get(), area.getPlan().getDistrict().getCode());
        Problem problem = new Problem(null, area, problems.maxPosition(area) + 1);
        problem.describe(area, r.description().trim(), r.targetGroup(), r.timePattern(), places(r));
        if (r.causes() != null) {
            for (int i = 0; i < r.causes().size(); i++) {
                if (r.causes().get(i).id() != null) {
                    throw new InvalidInputException("causes[" + i + "].id", "a new problem's causes are new: leave id out");
                }
                problem.addCause(r.causes().get(i).description().trim());
            }
        }
        problems.saveAndFlush(problem);
        audit.record(AUDIT_TYPE, problem.getId(), AuditLog.Action.CREATE, null, json(problem, true));
        return view(problem, current.get());
    }

    @Transactional
    public ProblemView update(long id, ProblemRequest r, String ifMatch) {
        Problem problem = find(id);
        ProblemPolicy.POLICY.require(current.get(), problem, Action.EDIT);
        Versions.check(Versions.required(ifMatch, r.version()), problem.getVersion(), "problem", id);
        if (!problem.getPriorityArea().getPlan().getId().equals(r.plan())) {
            throw new InvalidInputException("plan", "a problem cannot move to another plan");
        }
        ProblemView before = json(problem, true);
        PriorityArea area = priorityArea(r);
        Set<Place> problemPlaces = places(r);
        if (r.causes() != null) {
            updateCauses(problem, r.causes());
        }
        problem.describe(area, r.description().trim(), r.targetGroup(), r.timePattern(), problemPlaces);
        problems.saveAndFlush(problem);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.UPDATE, before, json(problem, true));
        return view(problem, current.get());
    }

    /** Police-only note: police and admins write it, nobody else sees it. */
    @Transactional
    public ProblemView setPoliceNote(long id, String note) {
        Problem problem = find(id);
        ProblemPolicy.POLICY.require(current.get(), problem, Action.POLICE_NOTE);
        ProblemView before = json(problem, true);
        problem.setPoliceNote(note == null || note.isBlank() ? null : note);
        problems.saveAndFlush(problem);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.POLICE_NOTE, before, json(problem, true));
        return view(problem, current.get());
    }

    /** Soft-deletes a problem without measures; one with measures keeps its history. */
    @Transactional
    public void delete(long id) {
        Problem problem = find(id);
        Actor actor = current.get();
        ProblemPolicy.POLICY.require(actor, problem, Action.DELETE);
        if (measures.measuresOf(problem) > 0) {
            throw new ConflictException("problem " + id + " has measures; delete or remove them first");
        }
        ProblemView before = json(problem, true);
        problem.markDeleted(actor.username(), Instant.now(clock));
        problems.saveAndFlush(problem);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.DELETE, before, null);
    }

    private void updateCauses(Problem problem, List<ProblemRequest.CauseRequest> requested) {
        List<Cause> kept = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Long causeId = requested.get(i).id();
            if (causeId == null) {
                continue;
            }
            String at = "causes[" + i + "].id";
            Cause cause = problem.getCauses().stream().filter(c -> c.getId().equals(causeId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(at, "cause " + causeId + " is not a cause of this problem"));
            kept.add(cause);
        }
        for (Cause cause : problem.getCauses()) {
            if (!kept.contains(cause) && measures.measuresOf(cause) > 0) {
                throw new InvalidInputException("causes", "cause " + cause.getId()
                        + " has measures and cannot be left out");
            }
        }
        problem.getCauses().retainAll(kept);
        for (ProblemRequest.CauseRequest c : requested) {
            if (c.id() == null) {
                problem.addCause(c.description().trim());
            } else {
                kept.stream().filter(k -> k.getId().equals(c.id())).findFirst()
                        .ifPresent(k -> k.setDescription(c.description().trim()));
            }
        }
    }

    private PriorityArea priorityArea(ProblemRequest r) {
        plans.findById(r.plan()).orElseThrow(() -> new InvalidInputException("plan", "plan " + r.plan()
                + " does not exist"));
        return priorityAreas.findByPlanIdAndNumber(r.plan(), r.priorityArea())
                .orElseThrow(() -> new InvalidInputException("priorityArea", "plan " + r.plan()
                        + " has no priority area " + r.priorityArea()));
    }

    private Set<Place> places(ProblemRequest r) {
        return r.places() == null ? Set.of() : places.require(r.places(), "places");
    }

    private Problem find(long id) {
        return problems.findById(id).filter(p -> !p.isDeleted()).orElseThrow(() -> new NotFoundException("problem", id));
    }

    /** The problem as its caller sees it: police fields for police, and the actions the caller may take. */
    private ProblemView view(Problem problem, Actor caller) {
        return json(problem, caller.seesPoliceFields()).withActions(ProblemPolicy.POLICY.actions(caller, problem));
    }

    /** The problem without {@code actions}; {@code policeNote} only when {@code police}. */
    private ProblemView json(Problem problem, boolean police) {
        PriorityArea area = problem.getPriorityArea();
        return new ProblemView(
                problem.getId(),
                problem.getRef(),
                area.getPlan().getId(),
                area.getPlan().getCode(),
                area.getPlan().getYear(),
                area.getPlan().getDistrict().getCode(),
                area.getNumber(),
                area.getName(),
                problem.getDescription(),
                problem.getTargetGroup(),
                problem.getTimePattern(),
                police ? Optional.ofNullable(problem.getPoliceNote()) : null,
                problem.getPlaces().stream().map(p -> new ProblemView.PlaceRef(p.getId(), p.getName())).toList(),
                problem.getArea() == null ? null
                        : new ProblemView.AreaRef(problem.getArea().getCode(), problem.getArea().getName()),
                problem.getCauses().stream().map(c -> new ProblemView.CauseView(c.getId(), c.getDescription()))
                        .toList(),
                problem.getId() == null ? 0 : measures.measuresOf(problem),
                problem.getVersion(),
                null);
    }
}
