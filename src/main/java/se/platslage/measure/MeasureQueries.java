package se.platslage.measure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.platslage.filter.ListFilter;
import se.platslage.filter.PlanScope;
import se.platslage.security.CurrentActor;
import se.platslage.system.JpqlWhere;
import se.platslage.system.Page;

/**
 * The filtered measure list. Spatial condition: a measure is inside the bbox when its own geometry or
 * one of its places intersects it (EPSG:3006); the bounding-box test comes first so both databases can
 * use their spatial index (see {@link se.platslage.geo.SpatialFunctions}).
 */
@Component
class MeasureQueries {

    private static final String FROM = " from Measure m join m.problem pr join pr.priorityArea pa"
            + " join pa.plan pl join pl.district d";

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

    Result find(ListFilter f, Page page) {
        JpqlWhere where = where(f);
        long total = where.bind(em.createQuery("select count(m)" + FROM + where.clause(), Long.class))
                .getSingleResult();
        List<Measure> measures = where.bind(em.createQuery("select m" + FROM + where.clause()
                        + " order by pl.code, pa.number, pr.position, m.position, m.id", Measure.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return new Result(total, measures);
    }

    private JpqlWhere where(ListFilter f) {
        JpqlWhere where = PlanScope.apply(new JpqlWhere(), f, "pa", "pl", "d");
        PlanScope.applyMeasure(where, f, "m", LocalDate.now(clock), current.get());
        return where
                .and("(lower(m.description) like :text escape '\\' or lower(pr.description) like :text escape '\\'"
                        + " or lower(m.operationalGoal) like :text escape '\\'"
                        + " or exists (select 1 from Place tp where tp member of m.places"
                        + " and lower(tp.name) like :text escape '\\'))", "text", f.textLike())
                .and("((bbox_intersects(m.geometry, :bbox) and st_intersects(m.geometry, :bbox))"
                        + " or exists (select 1 from Place bp where bp member of m.places"
                        + " and bbox_intersects(bp.geometry, :bbox) and st_intersects(bp.geometry, :bbox)))", "bbox", f.bbox())
                .and("exists (select 1 from Place fp where fp member of m.places and fp.id = :placeId)",
                        "placeId", f.placeId());
    }
}
