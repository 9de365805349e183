package se.platslage.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByCode(String code);

    /** A plan by its numeric id or its code ("hasselby-vallingby-2025"), as the plan URLs name it. */
    default Optional<Plan> findByIdOrCode(String id) {
        return id.matches("\\d{1,18}") ? findById(Long.parseLong(id)) : findByCode(id);
    }

    boolean existsByCode(String code);

    List<Plan> findAllByOrderByDistrictNameAscYearAsc();
}
