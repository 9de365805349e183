package se.platslage.measure;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.platslage.problem.Problem;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    boolean existsByProblemId(Long problemId);

    long countByCauseId(Long causeId);

    @Query("select coalesce(max(m.position), 0) from Measure m where m.problem = :problem")
    int maxPosition(Problem problem);
}
