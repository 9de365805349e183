package se.platslage.target;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import se.platslage.filter.ListFilter;
import se.platslage.system.JpqlWhere;

/** The filtered target list; spatial condition: the target's place or area intersects the bbox (EPSG:3006). */
@Component
class TargetQueries {

    private static final String FROM = " from ClassificationTarget t left join t.place p left join t.area a"
            + " left join t.plan pl left join p.district pd left join a.district ad";

    private final EntityManager em;

    TargetQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The extent's area in m², by the database: ST_Area of the stored SWEREF 99 TM geometry (a projected CRS
     * in metres, so planar area is m²; the projection's scale error near Stockholm is about 1e-4).
     */
    Double extentArea(long assessmentId) {
        Object area = em.createNativeQuery("select ST_Area(extent) from target_assessment where id = ?1")
                .setParameter(1, assessmentId).getSingleResult();
        return area == null ? null : ((Number) area).doubleValue();
    }

    List<ClassificationTarget> find(ListFilter f) {
        JpqlWhere where = new JpqlWhere()
                .and("(pd.code = :district or ad.code = :district)", "district", f.district())
                .and("t.kind = :kind", "kind", f.kind() == null ? null : TargetKind.fromCode(f.kind()))
                .and("pl.id = :planId", "planId", f.planId())
                .and("pl.code = :planCode", "planCode", f.planCode())
                .and("pl.year = :year", "year", f.year())
                .and("(lower(p.name) like :text escape '\\' or lower(a.name) like :text escape '\\'"
                        + " or lower(t.notes) like :text escape '\\')", "text", f.textLike())
                .and("((bbox_intersects(p.geometry, :bbox) and st_intersects(p.geometry, :bbox))"
                        + " or (bbox_intersects(a.geometry, :bbox) and st_intersects(a.geometry, :bbox)))", "bbox", f.bbox())
                .and("p.id = :placeId", "placeId", f.placeId());
        return where.bind(em.createQuery("select t" + FROM + where.clause() + " order by t.targetYear, t.id",
                ClassificationTarget.class)).getResultList();
    }
}
