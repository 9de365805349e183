package se.platslage.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import se.platslage.geo.Feature;
import se.platslage.geo.GeoJsonGeometry;
import se.platslage.geo.Sweref;
import se.platslage.place.Place;
import se.platslage.plan.Plan;
import se.platslage.problem.Problem;
import se.platslage.security.Actor;

/**
 * A measure as a map feature. Without a geometry of its own a measure is drawn as a point inside its
 * place(s), so every place-bound measure can be coloured by status on the map; a measure with no place
 * has a null geometry (RFC 7946 §3.2).
 */
final class MeasureFeatures {

    private MeasureFeatures() {
    }

    /** The measure as its caller sees it: police fields for police, and the actions the caller may take. */
    static Feature<MeasureProperties> feature(Measure m, LocalDate today, Actor caller) {
        MeasureProperties properties = properties(m, today, caller.seesPoliceFields())
                .withActions(MeasurePolicy.POLICY.actions(caller, m));
        return new Feature<>(m.getId(), GeoJsonGeometry.ofSweref(mapGeometry(m)), properties);
    }

    /** The properties without {@code actions}; {@code policeNote} only when {@code police}. */
    static MeasureProperties properties(Measure m, LocalDate today, boolean police) {
        Problem problem = m.getProblem();
        Plan plan = problem.getPriorityArea().getPlan();
        return new MeasureProperties(
                m.getId(),
                m.getRef(),
                m.getDescription(),
                m.getCategory(),
                m.getPhysicalType(),
                m.getStatus(),
                m.getStatus().swedish(),
                m.isOverdue(today),
                m.getResponsible(),
                MeasurePolicy.isPoliceMeasure(m),
                m.getAssignee(),
                m.getProgressPercent(),
                m.getProgressNote(),
                police ? Optional.ofNullable(m.getPoliceNote()) : null,
                m.getTiming().text(),
                m.getTiming().start(),
                m.getTiming().end(),
                m.getOperationalGoal(),
                m.getPlaces().stream().map(Place::getName).collect(Collectors.joining(", ")),
                m.getPlaces().stream().map(Place::getId).toList(),
                problem.getId(),
                problem.getDescription(),
                m.getCause() == null ? null : m.getCause().getId(),
                m.getCause() == null ? null : m.getCause().getDescription(),
                plan.getId(),
                plan.getCode(),
                plan.getYear(),
                problem.getPriorityArea().getNumber(),
                problem.getPriorityArea().getName(),
                plan.getDistrict().getCode(),
                m.getGeometry() != null,
                m.getGeometryDigitised(),
                m.getFollowUps().size(),
                m.getVersion(),
                null);
    }

    /**
     * A feature of the map layer: only what draws and names the marker (id, status, category, type,
     * overdue, a label of at most {@link #LABEL_LENGTH} characters); the details come from
     * {@code /api/measures/{id}} when a marker is chosen.
     */
    static Feature<MeasureLayerProperties> layerFeature(MeasureQueries.LayerRow row, List<Geometry> placeGeometries,
            LocalDate today) {
        var properties = new MeasureLayerProperties(row.id(), row.status(), row.category(), row.type(),
                Measure.isOverdue(row.timingEnd(), row.status(), today), label(row.description()));
        return new Feature<>(row.id(), GeoJsonGeometry.ofSweref(mapGeometry(row.geometry(), placeGeometries)),
                properties);
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
}
