package se.platslage.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.evaluation.WeeklyProfile;
import se.platslage.geo.Sweref;
import se.platslage.hotspot.AnalysisJson;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.place.Place;
import se.platslage.place.PlaceRepository;
import se.platslage.security.Actor;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * Incidents within {@code radius} metres of a place (measured from its geometry's edge), by calendar month
 * in Swedish time, for the police review page. Every month from the first to the last is listed, empty
 * ones as 0, so a chart has no gaps. Police data at incident level: polis and admin only.
 */
@Service
class PlaceIncidentSummary {

    static final double DEFAULT_RADIUS_METERS = 200;
    static final double MAX_RADIUS_METERS = 5000;
    static final int MAX_MONTHS = 240;

    private final PlaceRepository places;
    private final IncidentQueries incidents;

    PlaceIncidentSummary(PlaceRepository places, IncidentQueries incidents) {
        this.places = places;
        this.incidents = incidents;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> monthly(long id, IncidentParams params, String radiusText, Actor actor) {
        IncidentAccess.requireIncidents(actor);
        Place place = places.findById(id).orElseThrow(() -> new NotFoundException("place", id));
        if (place.getGeometry() == null || place.getGeometry().isEmpty()) {
            throw new ConflictException("place " + id + " has no geometry: nothing to count around");
        }
        double radius = radius(radiusText);
        Geometry geometry = place.getGeometry();
        Envelope reach = geometry.getEnvelopeInternal();
        reach.expandBy(radius);
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        incidents.forEach(params.selection().withEnvelope(reach), incident -> {
            if (geometry.isWithinDistance(Sweref.FACTORY.createPoint(new Coordinate(incident.x(), incident.y())), radius)) {
                months.merge(YearMonth.from(incident.time().atZone(WeeklyProfile.STOCKHOLM)), 1L, Long::sum);
            }
        });
        YearMonth first = params.from() != null ? month(params.from()) : months.isEmpty() ? null : months.firstKey();
        YearMonth last = params.to() != null ? month(params.to().minusNanos(1)) : months.isEmpty() ? null : months.lastKey();
        List<Map<String, Object>> rows = new ArrayList<>();
        long total = 0;
        if (first != null && last != null) {
            if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
                throw new InvalidInputException("from", "at most " + MAX_MONTHS + " months at a time");
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long n = months.getOrDefault(m, 0L);
                total += n;
                rows.add(Map.of("month", m.toString(), "count", n));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("placeId", place.getId());
        answer.put("placeName", place.getName());
        answer.put("synthetic", params.synthetic());
        answer.put("dataLabel", params.synthetic() ? AnalysisJson.SYNTHETIC_LABEL : AnalysisJson.REAL_LABEL);
        Map<String, Object> parameters = AnalysisJson.selection(params);
        parameters.remove("bbox");
        parameters.put("radiusMeters", radius);
        parameters.put("timeZone", WeeklyProfile.STOCKHOLM.getId());
        answer.put("parameters", parameters);
        answer.put("total", total);
        answer.put("months", rows);
        return answer;
    }

    private static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(WeeklyProfile.STOCKHOLM));
    }

    private static double radius(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_RADIUS_METERS;
        }
        double r;
        try {
            r = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("radius", "'" + text + "' is not a number (metres)");
        }
        if (!Double.isFinite(r) || r < 0 || r > MAX_RADIUS_METERS) {
            throw new InvalidInputException("radius", "must be 0-" + (long) MAX_RADIUS_METERS + " m");
        }
        return r;
    }
}
