package se.platslage.hotspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.coverage.HotSpotCoverage;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentParams;
import se.platslage.measure.Measure;
import se.platslage.place.Place;
import se.platslage.security.Actor;
import se.platslage.system.InvalidInputException;

/**
 * Do physical and police measures stand where the hot spots are? Runs the hot-spot analysis of the same
 * request, then the engine's {@link HotSpotCoverage} between its hot cells (any confidence) and the
 * measures' geometries ({@link MeasureGeometries}), within {@code distance} metres edge to edge. With a
 * district as study area: its incidents and cells (as the hot spots), and the measures that intersect it.
 */
@Service
class CoverageService {

    static final double MAX_DISTANCE_METERS = 10_000;

    private final HotSpotService hotSpots;
    private final MeasureGeometries measures;

    CoverageService(HotSpotService hotSpots, MeasureGeometries measures) {
        this.hotSpots = hotSpots;
        this.measures = measures;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> coverage(IncidentParams params, GridParams grid, String distanceText, Actor actor) {
        double distance = distance(distanceText);
        HotSpotRun run = hotSpots.run(params, grid);
        List<HotSpotCoverage.Feature> hotCells = run.isEmpty() ? List.of()
                : HotSpotCoverage.hotCells(run.result(), Sweref.FACTORY);
        List<HotSpotCoverage.Feature> measureFeatures = new ArrayList<>();
        Map<String, Measure> byId = new HashMap<>();
        int withoutGeometry = 0;
        int outsideStudyArea = 0;
        for (Measure m : measures.physicalAndPolice()) {
            Geometry g = MeasureGeometries.of(m);
            if (g == null) {
                withoutGeometry++;
                continue;
            }
            // with a district as study area, the question is about its measures, not the whole city's
            if (params.studyArea() != null && !g.intersects(params.studyArea())) {
                outsideStudyArea++;
                continue;
            }
            measureFeatures.add(new HotSpotCoverage.Feature(Long.toString(m.getId()), g));
            byId.put(Long.toString(m.getId()), m);
        }
        HotSpotCoverage.Result result = HotSpotCoverage.analyse(hotCells, measureFeatures, distance);

        List<Map<String, Object>> features = new ArrayList<>();
        for (HotSpotCoverage.Feature cell : result.uncoveredHotCells()) {
            int cellId = Integer.parseInt(cell.id());
            int k = run.result().giStar().indexOf(cellId);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("layer", "uncovered-hot-cell");
            p.put("cellId", cellId);
            p.put("count", se.platslage.incident.IncidentAccess.disclosedCount(actor, run.result().giStar().counts()[k]));
            p.put("z", AnalysisJson.finite(run.result().giStar().zScores()[k]));
            p.put("pFdr", AnalysisJson.finite(run.result().pValuesFdr()[k]));
            p.put("class", HotSpotFeatures.classCode(run.result().classes()[k]));
            p.put("synthetic", params.synthetic());
            features.add(Features.feature("cell-" + cellId, cell.geometry(), p));
        }
        for (HotSpotCoverage.Feature f : result.measuresOutside()) {
            Measure m = byId.get(f.id());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("layer", "measure-outside-hot-spots");
            p.put("measureId", m.getId());
            p.put("description", m.getDescription());
            p.put("category", m.getCategory().code());
            p.put("status", m.getStatus().code());
            p.put("placeName", String.join(", ", m.getPlaces().stream().map(Place::getName).toList()));
            features.add(Features.feature("measure-" + m.getId(), f.geometry(), p));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("hotCells", hotCells.size());
        summary.put("uncoveredHotCells", result.uncoveredHotCells().size());
        summary.put("measuresConsidered", measureFeatures.size());
        summary.put("measuresOutsideHotSpots", result.measuresOutside().size());
        summary.put("measuresWithoutGeometry", withoutGeometry);
        summary.put("measuresOutsideStudyArea", outsideStudyArea);
        summary.put("incidents", run.counted());
        Map<String, Object> parameters = HotSpotFeatures.parameters(run);
        parameters.put("distanceMeters", distance);
        parameters.put("measures", "physical and police measures not removed from their plan; geometry = the "
                + "measure's own, else the union of its places'; distance measured edge to edge; with a district, "
                + "only measures that intersect the study area");
        Map<String, Object> collection = AnalysisJson.header(params);
        collection.put("parameters", parameters);
        collection.put("summary", summary);
        collection.put("features", features);
        return collection;
    }

    private static double distance(String text) {
        if (text == null || text.isBlank()) {
            return 100;
        }
        double d;
        try {
            d = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("distance", "'" + text + "' is not a number (metres)");
        }
        if (!Double.isFinite(d) || d < 0 || d > MAX_DISTANCE_METERS) {
            throw new InvalidInputException("distance", "must be 0-" + (long) MAX_DISTANCE_METERS + " m");
        }
        return d;
    }
}
