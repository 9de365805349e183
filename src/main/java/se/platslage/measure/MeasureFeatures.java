package se.platslage.measure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.problem.Problem;
import se.platslage.security.Actor;
import se.platslage.system.Coded;

/**
 * A measure as a map feature. Without a geometry of its own a measure is drawn as a point inside its
 * place(s), so every place-bound measure can be coloured by status on the map; a measure with no place
 * has a null geometry (RFC 7946 §3.2).
 */
final class MeasureFeatures {

    private MeasureFeatures() {
    }

    /** The measure as its caller sees it: police fields for police, and the actions the caller may take. */
    static Map<String, Object> feature(Measure m, LocalDate today, Actor caller) {
        Map<String, Object> properties = properties(m, today, caller.seesPoliceFields());
        properties.put("actions", MeasurePolicy.POLICY.actions(caller, m));
        return Features.feature(m.getId(), mapGeometry(m), properties);
    }

    static Map<String, Object> properties(Measure m, LocalDate today, boolean police) {
        Problem problem = m.getProblem();
        Plan plan = problem.getPriorityArea().getPlan();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", m.getId());
        p.put("ref", m.getRef());
        p.put("description", m.getDescription());
        p.put("category", code(m.getCategory()));
        p.put("type", code(m.getPhysicalType()));
        p.put("status", code(m.getStatus()));
        p.put("statusLabel", m.getStatus().swedish());
        p.put("overdue", m.isOverdue(today));
        p.put("responsible", m.getResponsible());
        p.put("policeMeasure", MeasurePolicy.isPoliceMeasure(m));
        p.put("assignee", m.getAssignee());
        p.put("progressPercent", m.getProgressPercent());
        p.put("progressNote", m.getProgressNote());
        if (police) {
            p.put("policeNote", m.getPoliceNote());
        }
        p.put("timing", m.getTiming().text());
        p.put("timingStart", m.getTiming().start());
        p.put("timingEnd", m.getTiming().end());
        p.put("operationalGoal", m.getOperationalGoal());
        p.put("placeName", m.getPlaces().stream().map(Place::getName).collect(Collectors.joining(", ")));
        p.put("places", m.getPlaces().stream().map(Place::getId).toList());
        p.put("problem", problem.getId());
        p.put("problemDescription", problem.getDescription());
        p.put("cause", m.getCause() == null ? null : m.getCause().getId());
        p.put("causeDescription", m.getCause() == null ? null : m.getCause().getDescription());
        p.put("plan", plan.getId());
        p.put("planCode", plan.getCode());
        p.put("year", plan.getYear());
        p.put("priorityArea", problem.getPriorityArea().getNumber());
        p.put("priorityAreaName", problem.getPriorityArea().getName());
        p.put("district", plan.getDistrict().getCode());
        p.put("ownGeometry", m.getGeometry() != null);
        p.put("geometryDigitised", m.getGeometryDigitised());
        p.put("followUpCount", m.getFollowUps().size());
        p.put("version", m.getVersion());
        return p;
    }

    private static Geometry mapGeometry(Measure m) {
        if (m.getGeometry() != null) {
            return m.getGeometry();
        }
        List<Geometry> placeGeometries = m.getPlaces().stream().map(Place::getGeometry).filter(Objects::nonNull)
                .toList();
        if (placeGeometries.isEmpty()) {
            return null;
        }
        return Sweref.FACTORY.buildGeometry(placeGeometries).getInteriorPoint();
    }

    private static String code(Coded coded) {
        return coded == null ? null : coded.code();
    }
}
