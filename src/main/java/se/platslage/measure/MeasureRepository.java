package se.platslage.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.platslage.place.Place;
import se.platslage.place.PlaceReferrer;
import se.platslage.plan.Plan;
import se.platslage.problem.Cause;
import se.platslage.problem.MeasureCounts;
import se.platslage.problem.Problem;

public interface MeasureRepository extends JpaRepository<Measure, Long>, PlaceReferrer, MeasureCounts {

    @Query("select coalesce(max(m.position), 0) from Measure m where m.problem = :problem")
    int maxPosition(Problem problem);

    /** A plan's measures by position. */
    @Query("select m from Measure m where m.problem.priorityArea.plan = :plan order by m.position, m.id")
    List<Measure> findAllInPlan(Plan plan);

    @Query(
            "select f from FollowUp f where f.recordedBy = ?1 and f.idempotencyKey = ?2")
    java.util.Optional<FollowUp> findFollowUpByKey(String recordedBy, String idempotencyKey);

    @Query("select f from FollowUp f where f.id = ?1")
    java.util.Optional<FollowUp> findFollowUp(long id);

    @Override
    @Query("select count(m) > 0 from Measure m where :place member of m.places")
    boolean refersTo(Place place);

    @Override
    @Query("select count(m) from Measure m where m.problem = :problem")
    long measuresOf(Problem problem);

    @Override
    @Query("select count(m) from Measure m where m.cause = :cause")
    long measuresOf(Cause cause);

    /** The earliest start of a parsed timing ("När"): where the measures' time begins. */
    @Query("select min(m.timing.start) from Measure m")
    Optional<LocalDate> firstTimingStart();

    /** The latest end of a parsed timing. */
    @Query("select max(m.timing.end) from Measure m")
    Optional<LocalDate> lastTimingEnd();
}
