package se.platslage.place;

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
 * The filtered place list. A place matches plan and measure filters through the measures at it (a
 * measure's places default to its problem's), or, with plan filters only, through its problems.
 * Spatial condition: bounding boxes overlap (index) and st_intersects with the bbox, in EPSG:3006.
 */
@Component
class PlaceQueries {

    private static final String FROM = " from Place p join p.district pd";
    private static final String MEASURE_AT_PLACE = "exists (select 1 from Measure m join m.problem pr"
            + " join pr.priorityArea pa join pa.plan pl join pl.district d where p member of m.places";
    private static final String PROBLEM_AT_PLACE = "exists (select 1 from Problem pr join pr.priorityArea pa"
            + " join pa.plan pl join pl.district d where p member of pr.places";

    private final EntityManager em;
    private final Clock clock;
    private final CurrentActor current;

    PlaceQueries(EntityManager em, Clock clock, CurrentActor current) {
        this.em = em;
        this.clock = clock;
        this.current = current;
    }

    record Result(long total, List<Place> places) {
    }

    Result find(ListFilter f, Page page) {
        JpqlWhere where = new JpqlWhere()
                .and("pd.code = :placeDistrict", "placeDistrict", f.district())
                .and("p.kind = :kind", "kind", f.kind() == null ? null : PlaceKind.fromCode(f.kind()))
                .and("(lower(p.name) like :text escape '\\' or lower(p.aliases) like :text escape '\\')",
                        "text", f.textLike())
                .and("bbox_intersects(p.geometry, :bbox) and st_intersects(p.geometry, :bbox)", "bbox", f.bbox())
                .and("p.id = :placeId", "placeId", f.placeId());
        if (f.unplaced()) {
            where.and("p.geometry is null", java.util.Map.of());
        }
        if (f.approximate()) {
            where.and("p.geometry is not null and (p.accuracyM is null or p.accuracyM > :accuracyTarget)",
                    java.util.Map.of("accuracyTarget", PlaceAccuracy.TARGET_M));
        }
        if (f.filtersMeasures()) {
            JpqlWhere inner = PlanScope.applyMeasure(PlanScope.apply(new JpqlWhere(), f, "pa", "pl", "d"), f, "m",
                    LocalDate.now(clock), current.get());
            where = merge(where, MEASURE_AT_PLACE, inner);
        } else if (PlanScope.isSet(f)) {
            where = merge(where, PROBLEM_AT_PLACE, PlanScope.apply(new JpqlWhere(), f, "pa", "pl", "d"));
        }
        final JpqlWhere w = where;
        long total = w.bind(em.createQuery("select count(p)" + FROM + w.clause(), Long.class)).getSingleResult();
        List<Place> places = w.bind(em.createQuery("select p" + FROM + w.clause() + " order by p.name, p.id",
                        Place.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return new Result(total, places);
    }

    /** Adds "exists (subquery and its conditions)" with the subquery's parameters. */
    private static JpqlWhere merge(JpqlWhere outer, String existsPrefix, JpqlWhere inner) {
        String conditions = inner.clause().replaceFirst("^ where ", " and ");
        return outer.andExists(existsPrefix + conditions + ")", inner);
    }
}
