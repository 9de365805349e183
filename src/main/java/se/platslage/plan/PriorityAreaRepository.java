package se.platslage.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityAreaRepository extends JpaRepository<PriorityArea, Long> {

    Optional<PriorityArea> findByPlanIdAndNumber(Long planId, int number);
}
