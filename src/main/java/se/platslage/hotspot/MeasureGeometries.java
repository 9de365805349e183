package se.platslage.hotspot;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.stereotype.Component;
import se.platslage.measure.Measure;
import se.platslage.measure.MeasureRepository;
import se.platslage.place.Place;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;

/** Where a measure stands: its own geometry, or else the union of its places' geometries (EPSG:3006). */
@Component
public class MeasureGeometries {

    private final MeasureRepository measures;

    MeasureGeometries(MeasureRepository measures) {
        this.measures = measures;
    }

    /** The measure's geometry, or null when neither it nor any of its places has one. */
    public static Geometry of(Measure m) {
        if (m.getGeometry() != null && !m.getGeometry().isEmpty()) {
            return m.getGeometry();
        }
        List<Geometry> parts = new ArrayList<>();
        for (Place place : m.getPlaces()) {
            Geometry g = place.getGeometry();
            if (g != null && !g.isEmpty()) {
                parts.add(g);
            }
        }
        // UnaryUnionOp takes points, lines and polygons together; Geometry.union of a mixed collection throws.
        return parts.isEmpty() ? null : UnaryUnionOp.union(parts);
    }

    /** Physical and police measures still in their plans (status not "removed"): the ones that act on a spot. */
    public List<Measure> physicalAndPolice() {
        List<Measure> result = new ArrayList<>();
        for (Measure m : measures.findAll()) {
            if ((m.getCategory() == MeasureCategory.PHYSICAL || m.getCategory() == MeasureCategory.POLICE)
                    && m.getStatus() != MeasureStatus.REMOVED) {
                result.add(m);
            }
        }
        return result;
    }
}
