package se.platslage.hotspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.platslage.analysis.emerging.EmergingCategory;
import se.platslage.analysis.emerging.EmergingHotSpotAnalysis;
import se.platslage.analysis.emerging.SpaceTimeGiStarResult;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.trend.MannKendallResult;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentAccess;
import se.platslage.security.Actor;

/**
 * An emerging hot-spot run as a GeoJSON FeatureCollection: one feature per location (cell, WGS84) with its
 * category, the Mann–Kendall trend of its Gi* z-scores and its series per step (count, z, class). Locations
 * returned: those with incidents or a pattern. Counts of 1-2 (per step and in total) are withheld from those
 * who see aggregates only, by {@link IncidentAccess#disclosedCount}, the hot-spot layer's rule.
 */
final class EmergingFeatures {

    static final String STATISTIC = "Getis-Ord Gi* per space-time bin (Ord and Getis 1995, eq. 14), binary weights: "
            + "bins of locations within distanceBandMeters (the location itself included) in the same step and up to "
            + "timeWindow steps back; mean and variance over the whole cube (globalWindow=cube) or the bin's own "
            + "steps (window). Equals R spdep localG on that neighbour list";
    static final String FDR = "Benjamini-Hochberg (1995) over every bin of the cube";
    static final String TREND = "Mann-Kendall on each location's z-scores over time, tau-b, no continuity correction, "
            + "as R cor.test(z, seq_along(z), method = \"kendall\", exact = FALSE)";
    static final String CATEGORIES = "ArcGIS Pro Emerging Hot Spot Analysis patterns (new, consecutive, intensifying, "
            + "persistent, diminishing, sporadic, oscillating, historical; hot and cold); a bin is significant at "
            + "FDR-adjusted p <= 0.05, a trend at p <= 0.05, the 90 % rules as 10 x (significant steps) >= 9 x steps";

    private EmergingFeatures() {
    }

    static Map<String, Object> collection(EmergingRun run, Actor actor) {
        List<Map<String, Object>> features = new ArrayList<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (EmergingCategory c : EmergingCategory.values()) {
            categories.put(c.code(), 0);
        }
        if (!run.isEmpty()) {
            EmergingHotSpotAnalysis.Result result = run.result();
            SpaceTimeGiStarResult gi = result.giStar();
            for (int k = 0; k < gi.locationCount(); k++) {
                EmergingCategory category = result.categories()[k];
                categories.merge(category.code(), 1, Integer::sum);
                if (category != EmergingCategory.NO_PATTERN || run.cube().cellTotal(gi.locations()[k]) > 0) {
                    features.add(location(run, k, actor));
                }
            }
        }
        Map<String, Object> answer = AnalysisJson.header(run.params());
        answer.put("parameters", parameters(run));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("incidents", run.counted());
        if (!run.isEmpty()) {
            summary.put("locations", run.result().locationCount());
            summary.put("steps", run.cube().steps());
            summary.put("categories", categories);
            summary.put("outsidePeriod", run.cube().outsidePeriod());
        } else {
            summary.put("note", "no incidents match the selection");
        }
        summary.put("featuresReturned", features.size());
        answer.put("summary", summary);
        answer.put("features", features);
        return answer;
    }

    private static Map<String, Object> location(EmergingRun run, int k, Actor actor) {
        EmergingHotSpotAnalysis.Result result = run.result();
        SpaceTimeGiStarResult gi = result.giStar();
        CellLattice lattice = run.lattice();
        int cellId = gi.locations()[k];
        int steps = gi.steps();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cellId", cellId);
        p.put("column", lattice.columnOf(cellId));
        p.put("row", lattice.rowOf(cellId));
        p.put("category", result.categories()[k].code());
        long total = run.cube().cellTotal(cellId);
        Integer disclosed = IncidentAccess.disclosedCount(actor, (int) Math.min(total, Integer.MAX_VALUE));
        p.put("count", disclosed);
        MannKendallResult trend = result.trends()[k];
        Map<String, Object> t = new LinkedHashMap<>();
        boolean computable = trend != null && trend.computable();
        t.put("tau", computable ? AnalysisJson.finite(trend.tau()) : null);
        t.put("z", computable ? AnalysisJson.finite(trend.z()) : null);
        t.put("p", computable ? AnalysisJson.finite(trend.pValue()) : null);
        t.put("note", computable ? null : trend == null ? "a step has no defined z" : trend.noTrend().name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        p.put("trend", t);
        Integer[] counts = new Integer[steps];
        Double[] z = new Double[steps];
        int[] bins = new int[steps];
        boolean suppressed = disclosed == null;
        for (int s = 0; s < steps; s++) {
            int b = gi.bin(k, s);
            counts[s] = IncidentAccess.disclosedCount(actor, gi.counts()[b]);
            suppressed |= counts[s] == null;
            double zs = gi.zScores()[b];
            z[s] = Double.isFinite(zs) ? Math.round(zs * 1000) / 1000.0 : null; // NaN would round to 0
            bins[s] = result.binClasses()[b].bin();
        }
        p.put("counts", counts);
        if (suppressed) {
            p.put("countSuppressed", true);
        }
        p.put("z", z);
        p.put("bins", bins);
        p.put("synthetic", run.params().synthetic());
        return Features.feature(cellId, lattice.cellPolygon(cellId, Sweref.FACTORY), p);
    }

    private static Map<String, Object> parameters(EmergingRun run) {
        Map<String, Object> p = AnalysisJson.selection(run.params());
        GridParams grid = run.grid();
        EmergingParams time = run.time();
        p.put("grid", grid.gridName());
        p.put("cells", grid.inclusion().name().equals("ALL_CELLS") ? "all" : "non-empty");
        p.put("timeStep", time.timeStepName());
        p.put("timeWindow", time.timeWindow());
        p.put("globalWindow", time.globalWindowName());
        if (run.isEmpty()) {
            p.put("cellSizeMeters", grid.cellSizeMeters());
            p.put("distanceBandMeters", grid.distanceBandMeters());
            return p;
        }
        p.put("cellSizeMeters", run.lattice().cellSizeMeters());
        p.put("cellSizeSource", run.cellSizeSource());
        p.put("distanceBandMeters", run.result().parameters().distanceBandMeters());
        p.put("distanceBandSource", run.bandSource());
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("crs", "EPSG:3006");
        origin.put("minX", run.lattice().minX());
        origin.put("minY", run.lattice().minY());
        origin.put("columns", run.lattice().columns());
        origin.put("rows", run.lattice().rows());
        p.put("gridOrigin", origin);
        List<String> starts = new ArrayList<>();
        for (int s = 0; s < run.cube().steps(); s++) {
            starts.add(run.cube().stepStart(s).toString());
        }
        p.put("stepStarts", starts);
        p.put("stepTimeZone", "Europe/Stockholm");
        p.put("statistic", STATISTIC);
        p.put("multipleTesting", FDR);
        p.put("trend", TREND);
        p.put("categories", CATEGORIES);
        p.put("binAlpha", run.result().parameters().binAlpha());
        p.put("trendAlpha", run.result().parameters().trendAlpha());
        return p;
    }
}
