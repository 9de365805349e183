package se.platslage.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.incident.IncidentFilter;

/*
 * Response area A: the square 0..100 x 0..100; buffer B: the ring 100 m around it; control C: the next
 * 100 m ring. Measure starts 2026-03-15, periods of 28 days either side.
 *
 *        +---------------- C ----------------+
 *        |   +------------ B ------------+   |
 *        |   |   +-------- A --------+   |   |
 *        |   |   |  a1 (before) a2   |   |   |     b1 at (150, 50), c1 at (250, 50)
 *        |   |   +-------------------+   |   |     far at (500, 500): in no area
 */
class BeforeAfterCounterTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 3006);
    private static final Instant START = Instant.parse("2026-03-15T00:00:00Z");
    // Friday 6 March 21:30 UTC = 22:30 CET; Friday 3 April 20:30 UTC = 22:30 CEST (after the DST change)
    private static final Instant FRIDAY_BEFORE = Instant.parse("2026-03-06T21:30:00Z");
    private static final Instant FRIDAY_AFTER = Instant.parse("2026-04-03T20:30:00Z");

    private static BeforeAfterCounter.Evaluation evaluate() {
        BeforeAfterCounter.Areas areas = BeforeAfterCounter.Areas.around(
                FACTORY.toGeometry(new Envelope(0, 100, 0, 100)), 0, 100, 100);
        BeforeAfterCounter counter = new BeforeAfterCounter(areas, START, Duration.ofDays(28), IncidentFilter.ALL);
        counter.accept(Incident.real(50, 50, FRIDAY_BEFORE, "assault"));
        counter.accept(Incident.real(60, 40, FRIDAY_BEFORE, "assault"));
        counter.accept(Incident.real(40, 40, FRIDAY_AFTER, "assault"));
        counter.accept(Incident.real(150, 50, FRIDAY_BEFORE, "assault"));
        counter.accept(Incident.real(150, 50, FRIDAY_AFTER, "assault"));
        counter.accept(Incident.real(250, 50, FRIDAY_BEFORE, "assault"));
        counter.accept(Incident.real(250, 50, FRIDAY_AFTER, "assault"));
        counter.accept(Incident.real(500, 500, FRIDAY_AFTER, "assault"));
        counter.accept(Incident.real(50, 50, Instant.parse("2025-12-01T00:00:00Z"), "assault")); // too early
        return counter.evaluation();
    }

    @Test
    void countsEachAreaBeforeAndAfter() {
        BeforeAfterCounter.Evaluation e = evaluate();
        assertEquals(new BeforeAfterCounts(2, 1), e.response());
        assertEquals(new BeforeAfterCounts(1, 1), e.buffer());
        assertEquals(new BeforeAfterCounts(1, 1), e.control());
        // SM = 1/1 - 2/1 = -1, BDM = 0: no displacement
        assertEquals(-1, e.wdq().successMeasure(), 1e-12);
        assertEquals(DisplacementReading.NO_DISPLACEMENT_OR_DIFFUSION, e.wdq().reading());
    }

    @Test
    void profileIsInSwedishLocalTimeAcrossTheDaylightSavingChange() {
        WeeklyProfile profile = evaluate().responseProfile();
        assertEquals(2, profile.count(Phase.BEFORE, DayOfWeek.FRIDAY, 22));
        assertEquals(1, profile.count(Phase.AFTER, DayOfWeek.FRIDAY, 22));
        assertEquals(2, profile.byHourOfDay(Phase.BEFORE)[22]);
        assertEquals(1, profile.byWeekday(Phase.AFTER)[DayOfWeek.FRIDAY.getValue() - 1]);
    }

    @Test
    void countsOnlyReportsCountsWhenTheControlIsEmpty() {
        BeforeAfterCounter counter = new BeforeAfterCounter(BeforeAfterCounter.Areas.around(
                FACTORY.toGeometry(new Envelope(0, 100, 0, 100)), 0, 100, 100), START, Duration.ofDays(28),
                IncidentFilter.ALL);
        counter.accept(Incident.real(50, 50, FRIDAY_BEFORE, "assault"));
        counter.accept(Incident.real(150, 50, FRIDAY_AFTER, "assault"));
        BeforeAfterCounter.Evaluation e = counter.countsOnly();
        assertEquals(new BeforeAfterCounts(1, 0), e.response());
        assertEquals(new BeforeAfterCounts(0, 1), e.buffer());
        assertEquals(new BeforeAfterCounts(0, 0), e.control());
        assertEquals(null, e.wdq());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, counter::evaluation);
    }
}
