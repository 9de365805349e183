package se.platslage.problem;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.filter.ListFilter;
import se.platslage.place.Place;
import se.platslage.place.PlaceLookup;
import se.platslage.plan.PriorityArea;
import se.platslage.plan.PriorityAreaRepository;
import se.platslage.plan.PlanRepository;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Page;
import se.platslage.system.Versions;

@Service
public class ProblemService {

    private final ProblemRepository problems;
    private final ProblemQueries queries;
    private final PlanRepository plans;
    private final PriorityAreaRepository priorityAreas;
    private final PlaceLookup places;
    private final EntityManager em;

    ProblemService(ProblemRepository problems, ProblemQueries queries, PlanRepository plans,
            PriorityAreaRepository priorityAreas, PlaceLookup places, EntityManager em) {
        this.problems = problems;
        this.queries = queries;
        this.plans = plans;
        this.priorityAreas = priorityAreas;
        this.places = places;
        this.em = em;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(ListFilter filter, Page page) {
        ProblemQueries.Result result = queries.find(filter, page);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("numberMatched", result.total());
        json.put("numberReturned", result.problems().size());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        json.put("items", result.problems().stream().map(this::json).toList());
        return json;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(long id) {
        return json(find(id));
    }

    @Transactional
    public Map<String, Object> create(ProblemRequest r) {
        PriorityArea area = priorityArea(r);
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
        return json(problems.saveAndFlush(problem));
    }

    @Transactional
    public Map<String, Object> update(long id, ProblemRequest r) {
        Problem problem = find(id);
        Versions.check(r.version(), problem.getVersion(), "problem", id);
        if (!problem.getPriorityArea().getPlan().getId().equals(r.plan())) {
            throw new InvalidInputException("plan", "a problem cannot move to another plan");
        }
        PriorityArea area = priorityArea(r);
        Set<Place> problemPlaces = places(r);
        if (r.causes() != null) {
            updateCauses(problem, r.causes());
        }
        problem.describe(area, r.description().trim(), r.targetGroup(), r.timePattern(), problemPlaces);
        return json(problems.saveAndFlush(problem));
    }

    /** Deletes a problem without measures; one with measures keeps its history. */
    @Transactional
    public void delete(long id) {
        Problem problem = find(id);
        if (measureCount(problem) > 0) {
            throw new ConflictException("problem " + id + " has measures; delete or remove them first");
        }
        problems.delete(problem);
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
            if (!kept.contains(cause) && measuresOfCause(cause) > 0) {
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

    private long measureCount(Problem problem) {
        return em.createQuery("select count(m) from Measure m where m.problem = :p", Long.class)
                .setParameter("p", problem).getSingleResult();
    }

    private long measuresOfCause(Cause cause) {
        return em.createQuery("select count(m) from Measure m where m.cause = :c", Long.class)
                .setParameter("c", cause).getSingleResult();
    }

    private Problem find(long id) {
        return problems.findById(id).orElseThrow(() -> new NotFoundException("problem", id));
    }

    private Map<String, Object> json(Problem problem) {
        PriorityArea area = problem.getPriorityArea();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", problem.getId());
        json.put("ref", problem.getRef());
        json.put("plan", area.getPlan().getId());
        json.put("planCode", area.getPlan().getCode());
        json.put("year", area.getPlan().getYear());
        json.put("district", area.getPlan().getDistrict().getCode());
        json.put("priorityArea", area.getNumber());
        json.put("priorityAreaName", area.getName());
        json.put("description", problem.getDescription());
        json.put("targetGroup", problem.getTargetGroup());
        json.put("timePattern", problem.getTimePattern());
        json.put("places", problem.getPlaces().stream()
                .map(p -> Map.of("id", p.getId(), "name", p.getName())).toList());
        json.put("causes", problem.getCauses().stream().map(c -> {
            Map<String, Object> cause = new LinkedHashMap<>();
            cause.put("id", c.getId());
            cause.put("description", c.getDescription());
            return cause;
        }).toList());
        json.put("measureCount", problem.getId() == null ? 0 : measureCount(problem));
        json.put("version", problem.getVersion());
        return json;
    }
}
