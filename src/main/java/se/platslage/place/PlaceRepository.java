package se.platslage.place;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlaceRepository extends JpaRepository<Place, Long> {

    Optional<Place> findByCode(String code);

    @Query("select count(pr) > 0 from Problem pr where :place member of pr.places")
    boolean isNamedByAProblem(Place place);

    @Query("select count(m) > 0 from Measure m where :place member of m.places")
    boolean isNamedByAMeasure(Place place);

    @Query("select count(t) > 0 from ClassificationTarget t where t.place = :place")
    boolean hasTarget(Place place);
}
