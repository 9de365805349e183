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

    /**
     * A feature of the map layer: only what draws and names the marker (id, status, category, type,
     * overdue, a label of at most {@link #LABEL_LENGTH} characters); the details come from
     * {@code /api/measures/{id}} when a marker is chosen.
     */
    static Map<String, Object> layerFeature(MeasureQueries.LayerRow row, List<Geometry> placeGeometries,
            LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", row.id());
        p.put("status", code(row.status()));
        p.put("category", code(row.category()));
        p.put("type", code(row.type()));
        p.put("overdue", Measure.isOverdue(row.timingEnd(), row.status(), today));
        p.put("label", label(row.description()));
        return Features.feature(row.id(), mapGeometry(row.geometry(), placeGeometries), p);
    }

    static final int LABEL_LENGTH = 100;

    /** The description's start, cut at a word where one is near, with an ellipsis when cut. */
    static String label(String description) {
        if (description == null || description.length() <= LABEL_LENGTH) {
            return description;
        }
        int cut = description.lastIndexOf(' ', LABEL_LENGTH - 1);
        return description.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH - 1).stripTrailing() + "…";
    }

    private static Geometry mapGeometry(Measure m) {
        return mapGeometry(m.getGeometry(), m.getPlaces().stream().map(Place::getGeometry).toList());
    }

    private static Geometry mapGeometry(Geometry own, List<Geometry> places) {
        if (own != null) {
            return own;
        }
        List<Geometry> placeGeometries = places.stream().filter(Objects::nonNull).toList();
        if (placeGeometries.isEmpty()) {
            return null;
        }
        return Sweref.FACTORY.buildGeometry(placeGeometries).getInteriorPoint();
    }

    private static String code(Coded coded) {
        return coded == null ? null : coded.code();
    }
}
