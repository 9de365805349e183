package se.platslage.problem;

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

/** The filtered problem list; spatial condition: one of its places intersects the bbox (EPSG:3006). */
@Component
class ProblemQueries {

    private static final String FROM = " from Problem pr join pr.priorityArea pa join pa.plan pl join pl.district d";

    private final EntityManager em;
    private final Clock clock;
    private final CurrentActor current;

    ProblemQueries(EntityManager em, Clock clock, CurrentActor current) {
        this.em = em;
        this.clock = clock;
        this.current = current;
    }

    record Result(long total, List<Problem> problems) {
    }

    Result find(ListFilter f, Page page) {
        JpqlWhere where = PlanScope.apply(new JpqlWhere(), f, "pa", "pl", "d")
                .and("(lower(pr.description) like :text escape '\\'"
                        + " or exists (select 1 from Cause c where c.problem = pr and lower(c.description) like :text escape '\\')"
                        + " or exists (select 1 from Place tp where tp member of pr.places and lower(tp.name) like :text escape '\\'))",
                        "text", f.textLike())
                .and("exists (select 1 from Place bp where bp member of pr.places and bbox_intersects(bp.geometry, :bbox) and st_intersects(bp.geometry, :bbox))",
                        "bbox", f.bbox())
                .and("exists (select 1 from Place fp where fp member of pr.places and fp.id = :placeId)",
                        "placeId", f.placeId());
        if (f.filtersMeasures()) {
            JpqlWhere inner = PlanScope.applyMeasure(new JpqlWhere(), f, "m", LocalDate.now(clock), current.get());
            where.andExists("exists (select 1 from Measure m where m.problem = pr"
                    + inner.clause().replaceFirst("^ where ", " and ") + ")", inner);
        }
        long total = where.bind(em.createQuery("select count(pr)" + FROM + where.clause(), Long.class))
                .getSingleResult();
        List<Problem> problems = where.bind(em.createQuery("select pr" + FROM + where.clause()
                        + " order by pl.code, pa.number, pr.position, pr.id", Problem.class))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return new Result(total, problems);
    }
}
