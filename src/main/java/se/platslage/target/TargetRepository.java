package se.platslage.target;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<ClassificationTarget, Long> {
}
