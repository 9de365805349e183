package se.platslage.target;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.district.Area;
import se.platslage.district.AreaRepository;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Features;
import se.platslage.place.Place;
import se.platslage.place.PlaceRepository;
import se.platslage.plan.Plan;
import se.platslage.plan.PlanRepository;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.security.Action;
import se.platslage.security.Permissions;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;
import se.platslage.system.Versions;

@Service
public class TargetService {

    static final String AUDIT_TYPE = "target";

    private final TargetRepository targets;
    private final TargetQueries queries;
    private final PlaceRepository places;
    private final AreaRepository areas;
    private final PlanRepository plans;
    private final CurrentActor current;
    private final AuditLog audit;
    private final Clock clock;
    private final AssessmentService assessments;

    TargetService(TargetRepository targets, TargetQueries queries, PlaceRepository places, AreaRepository areas,
            PlanRepository plans, CurrentActor current, AuditLog audit, Clock clock, AssessmentService assessments) {
        this.assessments = assessments;
        this.targets = targets;
        this.queries = queries;
        this.places = places;
        this.areas = areas;
        this.plans = plans;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> list(ListFilter filter) {
        List<Map<String, Object>> features = queries.find(filter).stream().map(this::feature).toList();
        return Features.collection(features, features.size(), null);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> get(long id) {
        return feature(find(id));
    }

    @Transactional
    Map<String, Object> create(TargetRequest r) {
        ClassificationTarget target = new ClassificationTarget(r.kind(), null, null, null, null, null, null);
        apply(target, r);
        targets.saveAndFlush(target);
        audit.record(AUDIT_TYPE, target.getId(), AuditLog.Action.CREATE, null, properties(target));
        return feature(target);
    }

    @Transactional
    Map<String, Object> update(long id, TargetRequest r, String ifMatch) {
        ClassificationTarget target = find(id);
        TargetPolicy.POLICY.require(current.get(), target, Action.EDIT);
        Versions.check(Versions.required(ifMatch, r.version()), target.getVersion(), "target", id);
        Map<String, Object> before = properties(target);
        apply(target, r);
        targets.saveAndFlush(target);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.UPDATE, before, properties(target));
        return feature(target);
    }

    @Transactional
    void delete(long id) {
        ClassificationTarget target = find(id);
        Actor actor = current.get();
        TargetPolicy.POLICY.require(actor, target, Action.DELETE);
        Map<String, Object> before = properties(target);
        target.markDeleted(actor.username(), Instant.now(clock));
        targets.saveAndFlush(target);
        audit.record(AUDIT_TYPE, id, AuditLog.Action.DELETE, before, null);
    }

    private void apply(ClassificationTarget target, TargetRequest r) {
        if ((r.place() == null) == (r.area() == null)) {
            throw new InvalidInputException("place", "a target is set on either a place or an area");
        }
        Place place = r.place() == null ? null : places.findById(r.place())
                .orElseThrow(() -> new InvalidInputException("place", "place " + r.place() + " does not exist"));
        Area area = r.area() == null ? null : areas.findById(r.area())
                .orElseThrow(() -> new InvalidInputException("area", "area " + r.area() + " does not exist"));
        Plan plan = r.plan() == null ? null : plans.findById(r.plan())
                .orElseThrow(() -> new InvalidInputException("plan", "plan " + r.plan() + " does not exist"));
        target.set(r.kind(), place, area, plan, r.since(), r.targetYear(), r.notes());
        target.setIncidentTypes(r.incidentTypes() == null ? null
                : r.incidentTypes().stream().filter(x -> x != null && !x.isBlank()).map(String::trim).toList());
        Permissions.requireDistrict(current.get(), target.districtCode());
    }

    private ClassificationTarget find(long id) {
        return targets.findById(id).filter(t -> !t.isDeleted()).orElseThrow(() -> new NotFoundException("target", id));
    }

    /** The target as its caller sees it, with the actions the caller may take. */
    private Map<String, Object> feature(ClassificationTarget t) {
        Map<String, Object> properties = properties(t);
        List<String> actions = new java.util.ArrayList<>(TargetPolicy.POLICY.actions(current.get(), t));
        actions.addAll(AssessmentPolicy.POLICY.actions(current.get(), t));
        properties.put("actions", actions);
        // The current state on the map and in the review: the latest assessment without its police-only parts
        // (the full record, for those who may read it, is at …/assessments).
        properties.put("latestAssessment", assessments.latest(t).map(a -> {
            Map<String, Object> latest = AssessmentService.json(a, false);
            latest.remove("extent");
            latest.remove("indicators");
            return latest;
        }).orElse(null));
        return Features.feature(t.getId(), t.geometry(), properties);
    }

    private Map<String, Object> properties(ClassificationTarget t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", t.getId());
        p.put("kind", t.getKind().code());
        p.put("name", t.targetName());
        p.put("place", t.getPlace() == null ? null : t.getPlace().getId());
        p.put("area", t.getArea() == null ? null : t.getArea().getId());
        p.put("district", t.districtCode());
        p.put("plan", t.getPlan() == null ? null : t.getPlan().getId());
        p.put("since", t.getSince());
        p.put("targetYear", t.getTargetYear());
        p.put("yearsLeft", t.yearsLeft(LocalDate.now(clock).getYear()));
        p.put("notes", t.getNotes());
        p.put("incidentTypes", t.getIncidentTypes());
        p.put("version", t.getVersion());
        return p;
    }
}
