package se.platslage.evaluation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.evaluation.BeforeAfterCounter;
import se.platslage.analysis.evaluation.BeforeAfterCounts;
import se.platslage.analysis.evaluation.Phase;
import se.platslage.analysis.evaluation.WeeklyProfile;
import se.platslage.analysis.evaluation.WeightedDisplacementQuotient;
import se.platslage.geo.Features;
import se.platslage.hotspot.AnalysisJson;
import se.platslage.hotspot.MeasureGeometries;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.measure.Measure;
import se.platslage.measure.MeasureRepository;
import se.platslage.district.DistrictOutlines;
import se.platslage.place.PlaceRepository;
import se.platslage.security.Actor;
import se.platslage.system.ConflictException;
import se.platslage.system.InvalidInputException;
import se.platslage.system.NotFoundException;

/**
 * Did a measure work? Incidents before and after its start in the response area A (the measure's geometry
 * or places, grown by {@code response} metres), the buffer ring B ({@code buffer} metres wide) and the
 * control ring C ({@code control} metres wide), with the engine's {@link BeforeAfterCounter} and
 * {@link WeightedDisplacementQuotient}. Totals and the WDQ for polis, admin and strateg; the hour/weekday
 * profile, which shows when single incidents happened, for polis and admin only.
 */
@Service
class MeasureEvaluationService {

    static final double DEFAULT_BUFFER_METERS = 200;
    static final double DEFAULT_CONTROL_METERS = 500;
    static final double DEFAULT_RESPONSE_METERS_FOR_POINTS = 50;

    private final MeasureRepository measures;
    private final IncidentQueries incidents;
    private final Clock clock;
    private final DistrictOutlines districts;
    private final PlaceRepository places;

    MeasureEvaluationService(MeasureRepository measures, IncidentQueries incidents, Clock clock,
            DistrictOutlines districts, PlaceRepository places) {
        this.measures = measures;
        this.incidents = incidents;
        this.clock = clock;
        this.districts = districts;
        this.places = places;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> evaluate(long id, IncidentParams params, Map<String, String> sizes, Actor actor) {
        IncidentAccess.requireAggregates(actor);
        Measure measure = measures.findById(id).orElseThrow(() -> new NotFoundException("measure", id));
        Geometry where = MeasureGeometries.of(measure);
        if (where == null) {
            throw new ConflictException("measure " + id + " has no geometry and none of its places has one: "
                    + "there is no area to evaluate");
        }
        double response = metres(sizes.get("response"), "response", 0, 2000,
                where instanceof Polygonal ? 0 : DEFAULT_RESPONSE_METERS_FOR_POINTS);
        if (response == 0 && where.getArea() == 0) {
            throw new InvalidInputException("response", "the measure is a point or line: give response > 0 metres");
        }
        double buffer = metres(sizes.get("buffer"), "buffer", 1, 5000, DEFAULT_BUFFER_METERS);
        double control = metres(sizes.get("control"), "control", 1, 10_000, DEFAULT_CONTROL_METERS);
        EvaluationPeriod period = EvaluationPeriod.of(measure.getTiming().start(), sizes.get("start"), params.from(),
                params.to(), clock);
        BeforeAfterCounter.Areas areas = BeforeAfterCounter.Areas.around(where, response, buffer, control);
        BeforeAfterCounter counter = new BeforeAfterCounter(areas, period.start(), period.period(), null);
        Envelope reach = areas.control().getEnvelopeInternal();
        incidents.forEach(params.selection().withEnvelope(reach).withPeriod(period.beforeFrom(), period.afterTo()),
                counter);
        BeforeAfterCounter.Evaluation counted = counter.countsOnly();

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("measureId", measure.getId());
        answer.put("description", measure.getDescription());
        answer.put("synthetic", params.synthetic());
        answer.put("dataLabel", params.synthetic() ? AnalysisJson.SYNTHETIC_LABEL : AnalysisJson.REAL_LABEL);
        answer.put("parameters", parameters(measure, params, period, response, buffer, control));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("response", counts(counted.response()));
        counts.put("buffer", counts(counted.buffer()));
        counts.put("control", counts(counted.control()));
        answer.put("counts", counts);
        if (counted.control().before() == 0 || counted.control().after() == 0) {
            answer.put("wdq", null);
            answer.put("note", "the control area has no incident before or after the start: the WDQ is undefined; "
                    + "widen control or the period");
        } else {
            answer.put("wdq", wdq(WeightedDisplacementQuotient.evaluate(counted.response(), counted.buffer(),
                    counted.control())));
        }
        answer.put("wdd", wdd(areas, counted, sizes, where, response, buffer, params, period));
        if (IncidentAccess.seesIncidents(actor)) {
            answer.put("profile", profile(counted.responseProfile()));
        }
        answer.put("areas", Features.collection(List.of(
                Features.feature("response", areas.response(), Map.of("area", "response")),
                Features.feature("buffer", areas.buffer(), Map.of("area", "buffer")),
                Features.feature("control", areas.control(), Map.of("area", "control"))), 3, null));
        return answer;
    }

    /**
     * The WDD against the chosen control; with no choice made and the measure in no district, null and a note
     * rather than an error, so the WDQ still shows.
     */
    private Map<String, Object> wdd(BeforeAfterCounter.Areas areas, BeforeAfterCounter.Evaluation counted,
            Map<String, String> sizes, Geometry where, double response, double buffer, IncidentParams params,
            EvaluationPeriod period) {
        boolean chosen = sizes.get("wddControl") != null && !sizes.get("wddControl").isBlank();
        if (!chosen && districts.containing(areas.response().getInteriorPoint()).isEmpty()) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("note", "the measure lies in no district: choose a place or a drawn polygon as control (wddControl)");
            return none;
        }
        WddControl control = WddControl.of(sizes, where, districts, places);
        return WddEvaluation.evaluate(areas, counted.response(), counted.buffer(), control, response, buffer, params,
                period.start(), period.period(), period.beforeFrom(), period.afterTo(), incidents);
    }

    private static Map<String, Object> parameters(Measure m, IncidentParams params, EvaluationPeriod period,
            double response, double buffer, double control) {
        Map<String, Object> p = AnalysisJson.selection(params);
        p.remove("bbox");
        p.put("start", period.start().toString());
        p.put("startSource", period.startGiven() ? "given" : "timing");
        p.put("timing", m.getTiming().text());
        p.put("periodDays", period.period().toSeconds() / 86400.0);
        p.put("before", Map.of("from", period.beforeFrom().toString(), "to", period.start().toString()));
        p.put("after", Map.of("from", period.start().toString(), "to", period.afterTo().toString()));
        p.put("responseMeters", response);
        p.put("bufferMeters", buffer);
        p.put("controlMeters", control);
        p.put("areas", "response = the measure's geometry (else its places) grown by responseMeters; buffer = the "
                + "ring bufferMeters around it; control = the ring controlMeters around the buffer");
        p.put("method", "Weighted Displacement Quotient, Bowers and Johnson (2003): SM = Ra/Ca - Rb/Cb, "
                + "BDM = Ba/Ca - Bb/Cb, WDQ = BDM/SM, TNE = (Rb Ca/Cb - Ra) + (Bb Ca/Cb - Ba); b before, a after");
        return p;
    }

    private static Map<String, Object> counts(BeforeAfterCounts c) {
        return Map.of("before", c.before(), "after", c.after());
    }

    private static Map<String, Object> wdq(WeightedDisplacementQuotient.Result r) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("successMeasure", r.successMeasure());
        w.put("bufferDisplacementMeasure", r.bufferDisplacementMeasure());
        w.put("quotient", AnalysisJson.finite(r.quotient()));
        w.put("totalNetEffect", r.totalNetEffect());
        w.put("reading", Readings.code(r.reading()));
        w.put("readingText", Readings.text(r.reading()));
        return w;
    }

    private static Map<String, Object> profile(WeeklyProfile profile) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("timeZone", WeeklyProfile.STOCKHOLM.getId());
        for (Phase phase : Phase.values()) {
            p.put(phase.name().toLowerCase(java.util.Locale.ROOT), Map.of("byHour", profile.byHourOfDay(phase),
                    "byWeekday", profile.byWeekday(phase)));
        }
        p.put("note", "response area only; hours 0-23 local time, weekdays Monday first");
        return p;
    }

    private static double metres(String text, String field, double min, double max, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a number (metres)");
        }
        if (!Double.isFinite(v) || v < min || v > max) {
            throw new InvalidInputException(field, "must be " + (long) min + "-" + (long) max + " m");
        }
        return v;
    }
}
