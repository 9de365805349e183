package se.platslage.target;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetAssessmentRepository extends JpaRepository<TargetAssessment, Long> {

    /** A target's history, oldest first: by the end of the period assessed, then by when it was written. */
    List<TargetAssessment> findByTargetOrderByPeriodEndAscIdAsc(ClassificationTarget target);

    boolean existsBySeedRef(String seedRef);
}
