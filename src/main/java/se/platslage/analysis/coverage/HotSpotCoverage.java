package se.platslage.analysis.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import se.platslage.analysis.hotspot.GiStarResult;
import se.platslage.analysis.hotspot.HotSpotAnalysis;

/**
 * Do measures stand where the hot spots are? Two answers: hot cells with no measure within a distance,
 * and measures with no hot cell within that distance.
 *
 * <p>Algorithm: each side goes into a JTS {@link STRtree}; for each item of the other side the tree is
 * queried with the item's envelope grown by the distance, and candidates are confirmed with
 * {@link Geometry#isWithinDistance}, which measures between the geometries (cell polygon edge to measure
 * geometry), not between centroids. O((h + m) log(h + m)) for h hot cells and m measures. A distance of
 * 0 means "touching or overlapping". All geometries in EPSG:3006. No hot cells: every measure is
 * outside; no measures: every hot cell is uncovered.
 */
public final class HotSpotCoverage {

    /** Anything with an id and a geometry: a hot cell (id = cell id) or a measure. */
    public record Feature(String id, Geometry geometry) {
    }

    /**
     * @param uncoveredHotCells hot cells with no measure within the distance
     * @param measuresOutside   measures with no hot cell within the distance
     */
    public record Result(double distanceMeters, List<Feature> uncoveredHotCells, List<Feature> measuresOutside) {
    }

    private HotSpotCoverage() {
    }

    public static Result analyse(List<Feature> hotCells, List<Feature> measures, double distanceMeters) {
        if (!(distanceMeters >= 0)) {
            throw new IllegalArgumentException("distanceMeters must be >= 0, got " + distanceMeters);
        }
        return new Result(distanceMeters, withoutNeighbour(hotCells, index(measures), distanceMeters),
                withoutNeighbour(measures, index(hotCells), distanceMeters));
    }

    /** The cells a Gi* run classed hot (at any confidence), as cell polygons. */
    public static List<Feature> hotCells(HotSpotAnalysis.Result result, GeometryFactory factory) {
        GiStarResult gi = result.giStar();
        List<Feature> cells = new ArrayList<>();
        for (int k = 0; k < gi.size(); k++) {
            if (result.classes()[k].isHot()) {
                int cellId = gi.cellIds()[k];
                cells.add(new Feature(Integer.toString(cellId), gi.lattice().cellPolygon(cellId, factory)));
            }
        }
        return cells;
    }

    private static STRtree index(List<Feature> features) {
        STRtree tree = new STRtree();
        for (Feature feature : features) {
            tree.insert(feature.geometry().getEnvelopeInternal(), feature);
        }
        tree.build();
        return tree;
    }

    private static List<Feature> withoutNeighbour(List<Feature> features, STRtree others, double distanceMeters) {
        List<Feature> result = new ArrayList<>();
        for (Feature feature : features) {
            Envelope search = new Envelope(feature.geometry().getEnvelopeInternal());
            search.expandBy(distanceMeters);
            boolean near = false;
            for (Object candidate : others.query(search)) {
                if (feature.geometry().isWithinDistance(((Feature) candidate).geometry(), distanceMeters)) {
                    near = true;
                    break;
                }
            }
            if (!near) {
                result.add(feature);
            }
        }
        return result;
    }
}
