package se.platslage.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import se.platslage.analysis.evaluation.BeforeAfterCounter;
import se.platslage.analysis.evaluation.BeforeAfterCounts;
import se.platslage.analysis.evaluation.WeightedDisplacementDifference;
import se.platslage.geo.Features;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.system.InvalidInputException;

/**
 * The WDD part of a measure's evaluation: the treated area T and displacement ring D are the WDQ's response and
 * buffer areas; the controls come from the user's {@link WddControl}:
 * <ul>
 *   <li>place or polygon: C_T = the chosen area (grown by the response metres when a point or line, as T is),
 *       C_D = the ring of the buffer width around C_T, both with T and D cut out;</li>
 *   <li>district: the rest of the district (without T and D) controls both.</li>
 * </ul>
 */
final class WddEvaluation {

    private WddEvaluation() {
    }

    static Map<String, Object> evaluate(BeforeAfterCounter.Areas areas, BeforeAfterCounts treated,
                                        BeforeAfterCounts displacement, WddControl control, double responseMeters,
                                        double bufferMeters, IncidentParams params, Instant start, Duration period,
                                        Instant beforeFrom, Instant afterTo, IncidentQueries incidents) {
        Geometry treatedAndBuffer = areas.response().union(areas.buffer());
        Geometry chosen = control.geometry();
        if (!(chosen instanceof Polygonal)) {
            chosen = chosen.buffer(Math.max(responseMeters, 1));
        }
        Geometry treatedControl = chosen.difference(treatedAndBuffer);
        Geometry displacementControl = control.sharedByBothAreas() ? treatedControl.getFactory().createPolygon()
                : treatedControl.buffer(bufferMeters).difference(treatedControl).difference(treatedAndBuffer);
        if (treatedControl.getArea() == 0) {
            throw new InvalidInputException("wddControl", "the control area lies inside the measure's area and "
                    + "buffer: choose another");
        }
        BeforeAfterCounter counter = new BeforeAfterCounter(new BeforeAfterCounter.Areas(treatedControl,
                displacementControl, treatedControl.getFactory().createPolygon()), start, period, null);
        Envelope reach = treatedControl.getEnvelopeInternal();
        reach.expandToInclude(displacementControl.getEnvelopeInternal());
        incidents.forEach(params.selection().withEnvelope(reach).withPeriod(beforeFrom, afterTo), counter);
        BeforeAfterCounter.Evaluation counted = counter.countsOnly();
        BeforeAfterCounts ct = counted.response();
        BeforeAfterCounts cd = counted.buffer();
        double treatedScale = control.scaled() ? areas.response().getArea() / treatedControl.getArea() : 1;
        WeightedDisplacementDifference.Result r;
        double displacementScale;
        Map<String, BeforeAfterCounts> counts = new LinkedHashMap<>();
        counts.put("treated", treated);
        counts.put("displacement", displacement);
        if (control.sharedByBothAreas()) {
            displacementScale = control.scaled() ? areas.buffer().getArea() / treatedControl.getArea() : 1;
            r = WeightedDisplacementDifference.evaluateWithSharedControl(treated, displacement, ct, treatedScale,
                    displacementScale);
            counts.put("control", ct);
        } else {
            displacementScale = control.scaled() && displacementControl.getArea() > 0
                    ? areas.buffer().getArea() / displacementControl.getArea() : 1;
            r = WeightedDisplacementDifference.evaluate(treated, ct, treatedScale, displacement, cd, displacementScale);
            counts.put("treatedControl", ct);
            counts.put("displacementControl", cd);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        Map<String, Object> chosenEcho = new LinkedHashMap<>(control.echo());
        chosenEcho.put("bufferMeters", bufferMeters);
        chosenEcho.put("treatedScale", treatedScale);
        chosenEcho.put("displacementScale", displacementScale);
        w.put("control", chosenEcho);
        Map<String, Object> countJson = new LinkedHashMap<>();
        counts.forEach((k, c) -> countJson.put(k, Map.of("before", c.before(), "after", c.after())));
        w.put("counts", countJson);
        w.put("local", r.local());
        w.put("localStandardError", r.localStandardError());
        w.put("displacement", r.displacement());
        w.put("displacementStandardError", r.displacementStandardError());
        w.put("wdd", r.total());
        w.put("standardError", r.standardError());
        w.put("z", finite(r.z()));
        w.put("p", finite(r.pValue()));
        w.put("reading", WddReading.text(r));
        w.put("caveats", WddReading.caveats(counts, control));
        w.put("method", "Weighted Displacement Difference, Wheeler and Ratcliffe (2018): WDD = (T1-T0) - s_T (CT1-CT0) "
                + "+ (D1-D0) - s_D (CD1-CD0), variance the sum of the counts times their squared weights (Poisson), "
                + "z = WDD / sqrt(variance), p two-sided; s = area ratio when scaled (Wheeler 2021), else 1");
        w.put("areas", Features.collection(control.sharedByBothAreas()
                ? List.of(Features.feature("control", treatedControl, Map.of("area", "wdd-control")))
                : List.of(Features.feature("treatedControl", treatedControl, Map.of("area", "wdd-treated-control")),
                        Features.feature("displacementControl", displacementControl,
                                Map.of("area", "wdd-displacement-control"))), 3, null));
        return w;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
