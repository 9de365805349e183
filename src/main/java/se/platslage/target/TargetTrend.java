package se.platslage.target;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.trend.MannKendall;
import se.platslage.analysis.trend.MannKendallResult;
import se.platslage.analysis.trend.SensSlope;
import se.platslage.geo.Sweref;
import se.platslage.hotspot.AnalysisJson;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.incident.IncidentSelection;
import se.platslage.security.Actor;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * A target's incident trend: the monthly counts of the incident types that bear on it inside its latest
 * assessed extent (or its place's or area's geometry, with a buffer), then a Mann–Kendall test and Sen's
 * slope per year on that series.
 *
 * <p>Months: {@code from}/{@code to} when given; otherwise from the first to the last month with any incident
 * of these types within {@value #NEIGHBOURHOOD_METERS} m, so that months without incidents at the place count
 * as 0 instead of being left out (a scene that empties would otherwise look constant).
 *
 * <p>Who: police data; the statistics are aggregates, so polis, admin and strateg read them; a strateg's
 * monthly counts of 1 or 2 are withheld as in every other aggregate ({@link IncidentAccess}).
 */
@Service
public class TargetTrend {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final double PLACE_BUFFER_METERS = 100;
    static final double MAX_BUFFER_METERS = 1000;
    static final double NEIGHBOURHOOD_METERS = 1000;
    static final int MAX_MONTHS = 240;
    static final List<String> ODS_TYPES = List.of("Narkotikabrott");

    private final TargetRepository targets;
    private final AssessmentService assessments;
    private final IncidentQueries incidents;

    TargetTrend(TargetRepository targets, AssessmentService assessments, IncidentQueries incidents) {
        this.targets = targets;
        this.assessments = assessments;
        this.incidents = incidents;
    }

    /** The types a target's trend counts: its own choice, else the default of its kind (all types: empty). */
    public static List<String> types(ClassificationTarget t) {
        if (!t.getIncidentTypes().isEmpty()) {
            return t.getIncidentTypes();
        }
        return t.getKind() == TargetKind.ODS ? ODS_TYPES : List.of();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> trend(long id, IncidentParams params, String bufferText, Actor actor) {
        IncidentAccess.requireAggregates(actor);
        ClassificationTarget target = targets.findById(id).filter(t -> !t.isDeleted())
                .orElseThrow(() -> new NotFoundException("target", id));
        return trend(target, params, bufferText, actor);
    }

    /** As {@link #trend(long, IncidentParams, String, Actor)}, for a target already read (review, export). */
    @Transactional(readOnly = true)
    public Map<String, Object> trend(ClassificationTarget target, IncidentParams params, String bufferText, Actor actor) {
        IncidentAccess.requireAggregates(actor);
        Optional<TargetAssessment> withExtent = assessments.history(target).stream()
                .filter(a -> a.getExtent() != null).reduce((a, b) -> b);
        String source = withExtent.isPresent() ? "assessment" : target.getPlace() != null ? "place" : "area";
        Geometry base = withExtent.map(TargetAssessment::getExtent).orElse(target.geometry());
        double buffer = buffer(bufferText, "place".equals(source) ? PLACE_BUFFER_METERS : 0);
        Geometry counted = buffer > 0 ? base.buffer(buffer, 16) : base;
        PreparedGeometry inside = PreparedGeometryFactory.prepare(counted);

        List<String> types = params.types().isEmpty() ? types(target) : List.copyOf(params.types());
        Envelope neighbourhood = counted.getEnvelopeInternal();
        neighbourhood.expandBy(NEIGHBOURHOOD_METERS);
        IncidentSelection selection = new IncidentSelection(params.from(), params.to(), new LinkedHashSet<>(types),
                neighbourhood, params.synthetic(), params.includeImprecise(), params.source(), null);
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        YearMonth[] seen = new YearMonth[2];
        incidents.forEach(selection, incident -> {
            YearMonth m = YearMonth.from(incident.time().atZone(STOCKHOLM));
            seen[0] = seen[0] == null || m.isBefore(seen[0]) ? m : seen[0];
            seen[1] = seen[1] == null || m.isAfter(seen[1]) ? m : seen[1];
            if (inside.contains(Sweref.FACTORY.createPoint(new Coordinate(incident.x(), incident.y())))) {
                months.merge(m, 1L, Long::sum);
            }
        });
        YearMonth first = params.from() != null ? month(params.from()) : seen[0];
        YearMonth last = params.to() != null ? month(params.to().minusNanos(1)) : seen[1];
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Double> series = new ArrayList<>();
        if (first != null && last != null) {
            if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
                throw new InvalidInputException("from", "at most " + MAX_MONTHS + " months at a time");
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                long n = months.getOrDefault(m, 0L);
                series.add((double) n);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("month", m.toString());
                row.put("count", IncidentAccess.disclosedCount(actor, (int) n));
                rows.add(row);
            }
        }
        double[] values = series.stream().mapToDouble(Double::doubleValue).toArray();
        MannKendallResult mk = MannKendall.test(values);
        double perYear = mk.computable() ? SensSlope.perStep(values) * 12 : Double.NaN;

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("target", target.getId());
        answer.put("name", target.targetName());
        answer.put("kind", target.getKind().code());
        answer.put("targetYear", target.getTargetYear());
        answer.put("types", types);
        answer.put("typesChosen", !params.types().isEmpty() ? "request" : !target.getIncidentTypes().isEmpty()
                ? "target" : "kind default");
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("source", source);
        where.put("assessment", withExtent.map(TargetAssessment::getId).orElse(null));
        where.put("assessmentDate", withExtent.map(TargetAssessment::getPeriodEnd).orElse(null));
        where.put("bufferMeters", buffer);
        where.put("areaM2", Math.round(counted.getArea()));
        answer.put("counted", where);
        answer.put("synthetic", params.synthetic());
        answer.put("dataLabel", params.synthetic() ? AnalysisJson.SYNTHETIC_LABEL : AnalysisJson.REAL_LABEL);
        answer.put("timeZone", STOCKHOLM.getId());
        answer.put("months", rows);
        answer.put("n", mk.n());
        answer.put("computable", mk.computable());
        answer.put("noTrend", mk.computable() ? null : mk.noTrend().name().toLowerCase().replace('_', '-'));
        if (mk.computable()) {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("s", mk.s());
            stats.put("tau", mk.tau());
            stats.put("varianceS", mk.varianceS());
            stats.put("z", mk.z());
            stats.put("p", mk.pValue());
            answer.put("mannKendall", stats);
            answer.put("sensSlopePerYear", perYear);
            answer.put("sensSlopePerMonth", perYear / 12);
            answer.put("sensInterceptAtFirstMonth", intercept(values, perYear / 12));
            answer.put("direction", mk.pValue() < TrendReading.SIGNIFICANCE ? mk.direction() : 0);
        }
        TrendReading.Subject subject = TrendReading.Subject.of(types, source, buffer);
        answer.put("reading", TrendReading.reading(subject, mk, perYear));
        answer.put("caveats", TrendReading.caveats(mk.n(), params.synthetic(), source));
        return answer;
    }

    /** Conover's intercept for Sen's line: the median of {@code x_i - slope * i} (i = 0 the first month). */
    static double intercept(double[] values, double slopePerStep) {
        double[] r = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = values[i] - slopePerStep * i;
        }
        java.util.Arrays.sort(r);
        int m = r.length / 2;
        return r.length % 2 == 1 ? r[m] : (r[m - 1] + r[m]) / 2;
    }

    private static YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(STOCKHOLM));
    }

    private static double buffer(String text, double byDefault) {
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        double b;
        try {
            b = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("buffer", "'" + text + "' is not a number (metres)");
        }
        if (!Double.isFinite(b) || b < 0 || b > MAX_BUFFER_METERS) {
            throw new InvalidInputException("buffer", "must be 0-" + (long) MAX_BUFFER_METERS + " m");
        }
        return b;
    }
}
