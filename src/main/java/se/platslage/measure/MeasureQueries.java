package se.platslage.measure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import se.platslage.filter.ListFilter;
import se.platslage.filter.PlanScope;
import se.platslage.security.CurrentActor;
import se.platslage.system.JpqlWhere;
import se.platslage.system.Page;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * The filtered measure list. Spatial condition: a measure is inside the bbox when its own geometry or
 * one of its places intersects it (EPSG:3006); the bounding-box test comes first so both databases can
 * use their spatial index (see {@link se.platslage.geo.SpatialFunctions}).
 */
@Component
class MeasureQueries {

    private static final String FROM = " from Measure m join m.problem pr join pr.priorityArea pa"
            + " join pa.plan pl join pl.district d";

    /**
     * In the bbox: the ids from two spatial index scans, the measures' own geometries and their places'
     * geometries, joined by UNION.
     *
     * IMPLEMENTATION NOTE: the earlier {@code own geometry intersects or exists (place of m intersects)} was
     * planned by PostgreSQL as a correlated probe per measure (estimated cost ~680,000: JIT on every request,
     * and after five executions of the prepared statement a generic plan that probed the place index once
     * per measure, 18 s for a city). The UNION gives each side its own index scan whatever the parameter,
     * so custom and generic plans agree (issue 16; README "At city scale, against raw PostGIS").
     */
    static final String IN_BBOX = "m.id in ("
            + "select om.id from Measure om where bbox_intersects(om.geometry, :bbox) and st_intersects(om.geometry, :bbox)"
            + " union select pm.id from Measure pm join pm.places bp"
            + " where bbox_intersects(bp.geometry, :bbox) and st_intersects(bp.geometry, :bbox))";

    private final EntityManager em;
    private final Clock clock;
    private final CurrentActor current;

    MeasureQueries(EntityManager em, Clock clock, CurrentActor current) {
        this.em = em;
        this.clock = clock;
        this.current = current;
    }

    record Result(long total, List<Measure> measures) {
    }

    /**
     * A page of the filtered list and the number of all matches. The count is a query of its own only when
     * the page cannot tell it: a page that is not full, and is not past the end, ends the list.
     */
    Result find(ListFilter f, Page page) {
        JpqlWhere where = where(f);
        List<Measure> measures = where.bind(em.createQuery("select m" + FROM + where.clause()
                        + " order by pl.code, pa.number, pr.position, m.position, m.id", Measure.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        if (measures.size() < page.limit() && (!measures.isEmpty() || page.offset() == 0)) {
            return new Result((long) page.offset() + measures.size(), measures);
        }
        long total = where.bind(em.createQuery("select count(m)" + FROM + where.clause(), Long.class))
                .getSingleResult();
        return new Result(total, measures);
    }

    /** A measure as the map layer draws it: no entity, no collections. */
    record LayerRow(long id, MeasureStatus status, MeasureCategory category, PhysicalType type, Geometry geometry,
            String description, LocalDate timingEnd) {
    }

    record Layer(List<LayerRow> rows, Map<Long, List<Geometry>> placeGeometries) {
    }

    /**
     * Every measure the filter selects, as layer rows, and the place geometries of those without a geometry
     * of their own (the marker goes inside them): two queries whatever the number of measures.
     */
    Layer layer(ListFilter f) {
        JpqlWhere where = where(f);
        List<LayerRow> rows = where.bind(em.createQuery("select new se.platslage.measure.MeasureQueries$LayerRow("
                + "m.id, m.status, m.category, m.physicalType, m.geometry, m.description, m.timing.end)" + FROM
                + where.clause() + " order by m.id", LayerRow.class)).getResultList();
        JpqlWhere placed = where(f).and("m.geometry is null and lp.geometry is not null", Map.of());
        Map<Long, List<Geometry>> placeGeometries = new HashMap<>();
        // In the order of Measure.places (by name), so the marker is the very point the details show.
        for (Object[] row : placed.bind(em.createQuery("select m.id, lp.geometry" + FROM + " join m.places lp"
                + placed.clause() + " order by m.id, lp.name", Object[].class)).getResultList()) {
            placeGeometries.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Geometry) row[1]);
        }
        return new Layer(rows, placeGeometries);
    }

    private JpqlWhere where(ListFilter f) {
        JpqlWhere where = PlanScope.apply(new JpqlWhere(), f, "pa", "pl", "d");
        PlanScope.applyMeasure(where, f, "m", LocalDate.now(clock), current.get());
        return where
                .and("(lower(m.description) like :text escape '\\' or lower(pr.description) like :text escape '\\'"
                        + " or lower(m.operationalGoal) like :text escape '\\'"
                        + " or exists (select 1 from Place tp where tp member of m.places"
                        + " and lower(tp.name) like :text escape '\\'))", "text", f.textLike())
                .and(IN_BBOX, "bbox", f.bbox())
                .and("exists (select 1 from Place fp where fp member of m.places and fp.id = :placeId)",
                        "placeId", f.placeId());
    }
}
