package se.platslage.problem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.platslage.place.Place;
import se.platslage.place.PlaceReferrer;
import se.platslage.plan.Plan;
import se.platslage.plan.PriorityArea;

public interface ProblemRepository extends JpaRepository<Problem, Long>, PlaceReferrer {

    @Query("select coalesce(max(p.position), 0) from Problem p where p.priorityArea = :area")
    int maxPosition(PriorityArea area);

    /** A plan's problems in the plan's order: by priority area, then position. */
    @Query("select pr from Problem pr where pr.priorityArea.plan = :plan"
            + " order by pr.priorityArea.number, pr.position, pr.id")
    List<Problem> findAllInPlan(Plan plan);

    @Override
    @Query("select count(pr) > 0 from Problem pr where :place member of pr.places")
    boolean refersTo(Place place);
}
