package se.platslage.hotspot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.hotspot.GiStarResult;
import se.platslage.analysis.hotspot.GlobalMoransI;
import se.platslage.analysis.hotspot.HotSpotAnalysis;
import se.platslage.analysis.hotspot.HotSpotClass;
import se.platslage.analysis.hotspot.IncrementalSpatialAutocorrelation;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentAccess;
import se.platslage.security.Actor;

/**
 * A hot-spot run as a GeoJSON FeatureCollection (cells in WGS84) with the parameters actually used and a
 * summary. Cells returned: those with incidents or a significant class; the others are in the statistic
 * (and the summary) but drawing them would add nothing. Cells outside a district study area are in neither. Undefined z or p (NaN in the engine) are null.
 */
final class HotSpotFeatures {

    static final String STATISTIC = "Getis-Ord Gi* (Ord and Getis 1995, eq. 14) with binary fixed-distance-band "
            + "weights including the cell itself; equals R spdep localG on include.self(dnearneigh(..)), style B";
    static final String P_VALUES = "two-sided, standard normal";
    static final String FDR = "Benjamini-Hochberg (1995) over the cells in the statistic, as R p.adjust(p, \"BH\")";
    static final String CLASSES = "hot/cold at 99/95/90 % confidence: FDR-adjusted p <= 0.01/0.05/0.10, sign of z";
    static final String CELL_SIZE_RULE = "mean distance to the nearest other incident location, locational outliers "
            + "(more than 3 standard deviations) removed, raised to keep the grid within the cell limit, rounded up "
            + "to whole metres (after ArcGIS Optimized Hot Spot Analysis)";
    static final String BAND_RULE = "first statistically significant peak (z > 1.96, higher than the bands on either "
            + "side) of global Moran's I z-score (row-standardised binary band weights, randomisation variance, as R "
            + "spdep moran.test) over 10 bands starting where every cell in the statistic has a neighbour, in steps "
            + "of the mean nearest-neighbour distance (ArcGIS Incremental Spatial Autocorrelation); with no peak, the "
            + "mean distance from each cell in the statistic to its K-th nearest other such cell, K = 5 % of them "
            + "within [3, 30], rounded up to whole metres (ArcGIS Optimized Hot Spot Analysis's fallback)";

    private HotSpotFeatures() {
    }

    static Map<String, Object> collection(HotSpotRun run, Actor actor) {
        int[] returned = returned(run);
        List<Map<String, Object>> features = new ArrayList<>(returned.length);
        for (int k : returned) {
            features.add(cell(run, k, actor));
        }
        Map<String, Object> collection = AnalysisJson.header(run.params());
        collection.put("parameters", parameters(run));
        collection.put("summary", summary(run, returned.length));
        collection.put("features", features);
        return collection;
    }

    /**
     * The same answer in the compact form ({@code format=cells}, README "Hot spots"): the grid once (origin,
     * cell size, shape, SWEREF 99 TM), then the returned cells column-wise: column and row indices, count
     * (null when withheld), z to 3 decimals, FDR-adjusted p to 4 significant digits, and the class as its bin
     * (-3 .. 3). A client draws the cells from the grid; about 27 bytes a cell instead of about 215 as GeoJSON.
     */
    static Map<String, Object> cells(HotSpotRun run, Actor actor) {
        int[] returned = returned(run);
        int n = returned.length;
        int[] columns = new int[n];
        int[] rows = new int[n];
        Integer[] counts = new Integer[n];
        Double[] z = new Double[n];
        Double[] pFdr = new Double[n];
        int[] bins = new int[n];
        Map<String, Object> grid = null;
        if (!run.isEmpty()) {
            HotSpotAnalysis.Result result = run.result();
            GiStarResult gi = result.giStar();
            CellLattice lattice = run.lattice();
            for (int i = 0; i < n; i++) {
                int k = returned[i];
                int cellId = gi.cellIds()[k];
                columns[i] = lattice.columnOf(cellId);
                rows[i] = lattice.rowOf(cellId);
                counts[i] = IncidentAccess.disclosedCount(actor, gi.counts()[k]);
                z[i] = AnalysisJson.finite(Math.round(gi.zScores()[k] * 1000) / 1000.0);
                pFdr[i] = significant(result.pValuesFdr()[k]);
                bins[i] = result.classes()[k].bin();
            }
            grid = new LinkedHashMap<>();
            grid.put("crs", "EPSG:3006");
            grid.put("shape", run.grid().gridName());
            grid.put("minX", lattice.minX());
            grid.put("minY", lattice.minY());
            grid.put("cellSizeMeters", lattice.cellSizeMeters());
            grid.put("columns", lattice.columns());
            grid.put("rows", lattice.rows());
        }
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("column", columns);
        cells.put("row", rows);
        cells.put("count", counts);
        cells.put("z", z);
        cells.put("pFdr", pFdr);
        cells.put("bin", bins);
        Map<String, Object> answer = AnalysisJson.header(run.params());
        answer.put("type", "HotSpotCells");
        answer.put("parameters", parameters(run));
        answer.put("summary", summary(run, n));
        answer.put("grid", grid);
        answer.put("cells", cells);
        return answer;
    }

    /** A p-value to 4 significant digits (what the map shows), null when undefined. */
    private static Double significant(double p) {
        if (!Double.isFinite(p)) {
            return null;
        }
        return p == 0 ? 0.0 : new BigDecimal(p).round(new MathContext(4)).doubleValue();
    }

    /** Indices into the engine's result of the cells worth sending: with incidents or a significant class. */
    private static int[] returned(HotSpotRun run) {
        if (run.isEmpty()) {
            return new int[0];
        }
        HotSpotAnalysis.Result result = run.result();
        GiStarResult gi = result.giStar();
        int[] k = new int[gi.size()];
        int n = 0;
        for (int i = 0; i < gi.size(); i++) {
            if (gi.counts()[i] > 0 || result.classes()[i] != HotSpotClass.NOT_SIGNIFICANT) {
                k[n++] = i;
            }
        }
        return Arrays.copyOf(k, n);
    }

    private static Map<String, Object> summary(HotSpotRun run, int returned) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("incidents", run.counted());
        summary.put("impreciseLeftOut", run.impreciseLeftOut());
        if (!run.isEmpty()) {
            HotSpotAnalysis.Result result = run.result();
            GiStarResult gi = result.giStar();
            int hot = 0;
            int cold = 0;
            for (HotSpotClass c : result.classes()) {
                hot += c.isHot() ? 1 : 0;
                cold += c.isCold() ? 1 : 0;
            }
            summary.put("columns", run.lattice().columns());
            summary.put("rows", run.lattice().rows());
            summary.put("cellsInStudyArea", run.studyArea().count());
            summary.put("cellsInStatistic", gi.size());
            summary.put("hotCells", hot);
            summary.put("coldCells", cold);
            summary.put("meanCount", gi.mean());
            summary.put("varianceCount", gi.variance());
        } else {
            summary.put("note", "no incidents match the selection");
        }
        summary.put("featuresReturned", returned);
        return summary;
    }

    private static Map<String, Object> cell(HotSpotRun run, int k, Actor actor) {
        HotSpotAnalysis.Result result = run.result();
        GiStarResult gi = result.giStar();
        CellLattice lattice = run.lattice();
        int cellId = gi.cellIds()[k];
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cellId", cellId);
        p.put("column", lattice.columnOf(cellId));
        p.put("row", lattice.rowOf(cellId));
        p.put("centreX", lattice.centreX(cellId));
        p.put("centreY", lattice.centreY(cellId));
        Integer count = IncidentAccess.disclosedCount(actor, gi.counts()[k]);
        p.put("count", count);
        if (count == null) {
            p.put("countSuppressed", true);
        }
        p.put("neighbours", gi.neighbourCounts()[k]);
        p.put("z", AnalysisJson.finite(gi.zScores()[k]));
        p.put("p", AnalysisJson.finite(result.pValues()[k]));
        p.put("pFdr", AnalysisJson.finite(result.pValuesFdr()[k]));
        p.put("class", classCode(result.classes()[k]));
        p.put("bin", result.classes()[k].bin());
        p.put("synthetic", run.params().synthetic());
        return Features.feature(cellId, lattice.cellPolygon(cellId, Sweref.FACTORY), p);
    }

    /** Moran's I at each band tried, so an analyst can see the curve the band was read from. */
    private static List<Map<String, Object>> bandSeries(IncrementalSpatialAutocorrelation series) {
        List<Map<String, Object>> steps = new ArrayList<>();
        GlobalMoransI.Result peak = series.peak().orElse(null);
        for (GlobalMoransI.Result step : series.series()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("distanceBandMeters", step.distanceBandMeters());
            m.put("moransI", AnalysisJson.finite(step.index()));
            m.put("z", AnalysisJson.finite(step.zScore()));
            m.put("peak", step == peak);
            steps.add(m);
        }
        return steps;
    }

    static String classCode(HotSpotClass c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Map<String, Object> parameters(HotSpotRun run) {
        Map<String, Object> p = AnalysisJson.selection(run.params());
        GridParams grid = run.grid();
        p.put("grid", grid.gridName());
        p.put("cells", grid.inclusion().name().equals("ALL_CELLS") ? "all" : "non-empty");
        if (run.isEmpty()) {
            p.put("cellSizeMeters", grid.cellSizeMeters());
            p.put("distanceBandMeters", grid.distanceBandMeters());
            return p;
        }
        CellLattice lattice = run.lattice();
        p.put("cellSizeMeters", lattice.cellSizeMeters());
        Map<String, Object> cellSize = new LinkedHashMap<>();
        cellSize.put("source", run.cellSizeChoice() == null ? "given" : "chosen");
        if (run.cellSizeChoice() != null) {
            cellSize.put("rule", CELL_SIZE_RULE);
            cellSize.put("meanNearestNeighbourMeters", run.cellSizeChoice().meanNearestNeighbourMeters());
            cellSize.put("outliersRemoved", run.cellSizeChoice().outliersRemoved());
            cellSize.put("boundedByMaxCells", run.cellSizeChoice().boundedByMaxCells());
            cellSize.put("incidentsSampled", run.cellSizeSample());
        }
        p.put("cellSize", cellSize);
        p.put("distanceBandMeters", run.result().distanceBandMeters());
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("source", run.result().bandChosenFromData() ? "chosen" : "given");
        band.put("chosenBy", run.result().bandChosenBy().name().toLowerCase(Locale.ROOT));
        if (run.result().bandChosenFromData()) {
            band.put("rule", BAND_RULE);
            band.put("series", bandSeries(run.result().bandSeries()));
        }
        p.put("distanceBand", band);
        Map<String, Object> extent = new LinkedHashMap<>();
        extent.put("crs", "EPSG:3006");
        extent.put("minX", lattice.minX());
        extent.put("minY", lattice.minY());
        extent.put("columns", lattice.columns());
        extent.put("rows", lattice.rows());
        p.put("gridOrigin", extent);
        p.put("statistic", STATISTIC);
        p.put("pValues", P_VALUES);
        p.put("multipleTesting", FDR);
        p.put("classes", CLASSES);
        return p;
    }
}
