package se.platslage.problem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.platslage.plan.PriorityArea;

public interface ProblemRepository extends JpaRepository<Problem, Long> {

    @Query("select coalesce(max(p.position), 0) from Problem p where p.priorityArea = :area")
    int maxPosition(PriorityArea area);
}
