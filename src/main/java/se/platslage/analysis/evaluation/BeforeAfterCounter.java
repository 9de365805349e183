package se.platslage.analysis.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import se.platslage.analysis.incident.Incident;
import se.platslage.analysis.incident.IncidentFilter;

/**
 * Streams incidents into before/after counts for a measure's response area, buffer and control area,
 * plus the weekly profile of the response area, ready for {@link WeightedDisplacementQuotient}.
 *
 * <p>The periods have equal length, {@code [start - period, start)} and {@code [start, start + period)},
 * so counts compare like with like; incidents outside both are ignored. The three areas must not overlap
 * (Bowers and Johnson 2003: an incident belongs to one of them); {@link Areas#around} builds such a set.
 * All geometries in EPSG:3006.
 */
public final class BeforeAfterCounter implements Consumer<Incident> {

    /**
     * @param response where the measure acts (A)
     * @param buffer   the surrounding ring into which incidents could be displaced (B)
     * @param control  comparable area beyond the buffer, untouched by the measure (C)
     */
    public record Areas(Geometry response, Geometry buffer, Geometry control) {

        /**
         * A: the place's geometry grown by {@code responseMeters} (0 keeps a polygon as it is; a point or
         * line needs a positive value); B: the ring {@code bufferMeters} wide around A; C: the ring
         * {@code controlMeters} wide around B. A ring as control is a practical default when no matched
         * control area is given; it shares the local trend while being far enough from the measure.
         */
        public static Areas around(Geometry place, double responseMeters, double bufferMeters, double controlMeters) {
            if (responseMeters < 0 || !(bufferMeters > 0) || !(controlMeters > 0)) {
                throw new IllegalArgumentException("response >= 0, buffer > 0 and control > 0 metres required");
            }
            Geometry response = responseMeters == 0 ? place : place.buffer(responseMeters);
            if (!(response instanceof Polygonal)) {
                // A place of mixed parts (a square and a station point): keep its area, as overlay needs a polygon.
                response = response.buffer(0);
            }
            if (response.getArea() == 0) {
                throw new IllegalArgumentException("the response area has no area: give responseMeters > 0");
            }
            Geometry outerBuffer = response.buffer(bufferMeters);
            Geometry outerControl = outerBuffer.buffer(controlMeters);
            return new Areas(response, outerBuffer.difference(response), outerControl.difference(outerBuffer));
        }
    }

    /** The counts and their reading. */
    public record Evaluation(BeforeAfterCounts response, BeforeAfterCounts buffer, BeforeAfterCounts control,
                             WeightedDisplacementQuotient.Result wdq, WeeklyProfile responseProfile) {
    }

    private final PreparedGeometry response;
    private final PreparedGeometry buffer;
    private final PreparedGeometry control;
    private final Instant start;
    private final Instant beforeFrom;
    private final Instant afterTo;
    private final IncidentFilter typeFilter;
    private final GeometryFactory factory;
    private final WeeklyProfile profile = new WeeklyProfile(WeeklyProfile.STOCKHOLM);
    private final long[][] counts = new long[3][2];

    public BeforeAfterCounter(Areas areas, Instant start, Duration period, IncidentFilter typeFilter) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        this.response = PreparedGeometryFactory.prepare(areas.response());
        this.buffer = PreparedGeometryFactory.prepare(areas.buffer());
        this.control = PreparedGeometryFactory.prepare(areas.control());
        this.start = start;
        this.beforeFrom = start.minus(period);
        this.afterTo = start.plus(period);
        this.typeFilter = typeFilter == null ? IncidentFilter.ALL : typeFilter;
        this.factory = areas.response().getFactory();
    }

    @Override
    public void accept(Incident incident) {
        Instant t = incident.time();
        if (t.isBefore(beforeFrom) || !t.isBefore(afterTo) || !typeFilter.test(incident)) {
            return;
        }
        Phase phase = t.isBefore(start) ? Phase.BEFORE : Phase.AFTER;
        Point point = factory.createPoint(new Coordinate(incident.x(), incident.y()));
        int area = response.covers(point) ? 0 : buffer.covers(point) ? 1 : control.covers(point) ? 2 : -1;
        if (area < 0) {
            return;
        }
        counts[area][phase.ordinal()]++;
        if (area == 0) {
            profile.add(phase, t);
        }
    }

    /** The counts so far; the WDQ part throws when the control area is empty before or after. */
    public Evaluation evaluation() {
        Evaluation counted = countsOnly();
        return new Evaluation(counted.response(), counted.buffer(), counted.control(),
                WeightedDisplacementQuotient.evaluate(counted.response(), counted.buffer(), counted.control()), profile);
    }

    /**
     * The counts and profile so far with {@code wdq} null: for reporting the counts when the control area
     * has no incident before or after and the quotient is undefined.
     */
    public Evaluation countsOnly() {
        BeforeAfterCounts a = new BeforeAfterCounts(counts[0][0], counts[0][1]);
        BeforeAfterCounts b = new BeforeAfterCounts(counts[1][0], counts[1][1]);
        BeforeAfterCounts c = new BeforeAfterCounts(counts[2][0], counts[2][1]);
        return new Evaluation(a, b, c, null, profile);
    }
}
