package se.platslage.target;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.platslage.place.Place;
import se.platslage.place.PlaceReferrer;

public interface TargetRepository extends JpaRepository<ClassificationTarget, Long>, PlaceReferrer {

    @Override
    @Query("select count(t) > 0 from ClassificationTarget t where t.place = :place")
    boolean refersTo(Place place);
}
