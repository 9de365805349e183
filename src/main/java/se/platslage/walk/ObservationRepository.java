package se.platslage.walk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    Optional<Observation> findByRecordedByAndIdempotencyKey(String recordedBy, String idempotencyKey);

    List<Observation> findByWalkOrderByObservedAtAscIdAsc(Walk walk);

    long countByWalk(Walk walk);

    List<Observation> findByProblemIdOrderById(long problemId);

    List<Observation> findByMeasureIdOrderById(long measureId);

    /** The rated observations at these places on walks not deleted, for ratings over time. */
    @Query("select o from Observation o join fetch o.walk w where o.place.id in :places and o.rating is not null "
            + "and w.deletedAt is null order by w.startsAt, o.id")
    List<Observation> findRatedAt(Collection<Long> places);

    @Query("select o from Observation o join fetch o.walk w where w.district.code = :district and o.place is not null "
            + "and o.rating is not null and w.deletedAt is null order by w.startsAt, o.id")
    List<Observation> findRatedInDistrict(String district);

    @Query("select o from Observation o join fetch o.walk w where o.place is not null and o.rating is not null "
            + "and w.deletedAt is null order by w.startsAt, o.id")
    List<Observation> findAllRated();
}
