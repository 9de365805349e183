package se.platslage.hotspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.analysis.density.DensityRaster;
import se.platslage.analysis.density.QuarticKernelDensity;
import se.platslage.analysis.grid.SquareLattice;
import se.platslage.analysis.grid.StudyAreaCells;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.incident.IncidentAccess;
import se.platslage.incident.IncidentParams;
import se.platslage.incident.IncidentQueries;
import se.platslage.incident.IncidentSelection;
import se.platslage.security.Actor;
import se.platslage.system.InvalidInputException;

/**
 * The heat view: the engine's quartic kernel density ({@link QuarticKernelDensity}) of the selected
 * incidents, in incidents per km², on a raster over the bbox (or the incidents' extent grown by the
 * bandwidth), origin snapped to whole pixels. {@code pixelSize} (default {@value #DEFAULT_PIXEL_METERS} m)
 * and {@code bandwidth} (default {@value #DEFAULT_BANDWIDTH_METERS} m) in metres. {@code format=raster}
 * (default) answers a compact raster (values row by row from the south-west, EPSG:3006 origin and pixel
 * size); {@code format=geojson} the non-zero pixels as WGS84 polygons. With a district as study area: the
 * raster over its envelope from its incidents only, and pixels that do not intersect its polygon are left
 * out (null in the raster, absent in GeoJSON): a density over water or the next district would be invented.
 */
@Service
class DensityService {

    static final double DEFAULT_PIXEL_METERS = 50;
    static final double DEFAULT_BANDWIDTH_METERS = 250;

    private final IncidentQueries incidents;
    private final AnalysisProperties limits;

    DensityService(IncidentQueries incidents, AnalysisProperties limits) {
        this.incidents = incidents;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> density(IncidentParams params, String pixelText, String bandwidthText, String format,
            Actor actor) {
        double pixel = orDefault(GridParams.metres(pixelText, "pixelSize", 5, 5000), DEFAULT_PIXEL_METERS);
        double bandwidth = orDefault(GridParams.metres(bandwidthText, "bandwidth", 10, 20_000), DEFAULT_BANDWIDTH_METERS);
        if (bandwidth < IncidentAccess.MIN_AGGREGATE_BANDWIDTH_METERS && !IncidentAccess.seesIncidents(actor)) {
            throw new InvalidInputException("bandwidth", "kernels below "
                    + (int) IncidentAccess.MIN_AGGREGATE_BANDWIDTH_METERS + " m are for polis and admin only");
        }
        if (bandwidth > pixel * limits.maxBandwidthToPixelRatio()) {
            throw new InvalidInputException("bandwidth", "at most " + limits.maxBandwidthToPixelRatio()
                    + " times the pixel size (" + pixel * limits.maxBandwidthToPixelRatio() + " m)");
        }
        boolean geojson = "geojson".equalsIgnoreCase(format);
        if (format != null && !format.isBlank() && !geojson && !"raster".equalsIgnoreCase(format)) {
            throw new InvalidInputException("format", "unknown value '" + format + "'; expected raster or geojson");
        }
        IncidentSelection selection = params.selection();
        Envelope extent = params.envelope();
        if (extent == null) {
            extent = incidents.extent(selection);
            if (extent != null) {
                extent.expandBy(bandwidth);
            }
        } else {
            // incidents just outside the box still add their kernel to pixels inside it
            Envelope reach = new Envelope(extent);
            reach.expandBy(bandwidth);
            selection = selection.withEnvelope(reach);
        }
        Map<String, Object> answer = AnalysisJson.header(params);
        answer.put("type", geojson ? "FeatureCollection" : "DensityRaster");
        Map<String, Object> parameters = AnalysisJson.selection(params);
        parameters.put("pixelSizeMeters", pixel);
        parameters.put("bandwidthMeters", bandwidth);
        parameters.put("kernel", "quartic (biweight), 3/(pi h^2) (1 - d^2/h^2)^2 within h (Silverman 1986, eq. 4.5)");
        parameters.put("unit", "incidents per km²");
        answer.put("parameters", parameters);
        if (extent == null) {
            answer.put("note", "no incidents match the selection");
            answer.put(geojson ? "features" : "values", List.of());
            return answer;
        }
        double minX = Math.floor(extent.getMinX() / pixel) * pixel;
        double minY = Math.floor(extent.getMinY() / pixel) * pixel;
        long columns = (long) Math.ceil((extent.getMaxX() - minX) / pixel) + 1;
        long rows = (long) Math.ceil((extent.getMaxY() - minY) / pixel) + 1;
        if (columns * rows > limits.maxCells()) {
            throw new InvalidInputException("pixelSize", "the raster would have " + columns * rows + " pixels; at most "
                    + limits.maxCells() + " are allowed: choose a larger pixelSize or a smaller bbox");
        }
        QuarticKernelDensity kde = new QuarticKernelDensity(minX, minY, pixel, (int) columns, (int) rows, bandwidth);
        incidents.forEach(selection, kde);
        DensityRaster raster = kde.toRaster();
        // the raster's pixels are a square lattice with the same origin and order (row 0 south)
        StudyAreaCells area = params.studyArea() == null ? null : StudyAreaCells.intersecting(
                new SquareLattice(minX, minY, pixel, (int) columns, (int) rows), params.studyArea());
        Double[] values = new Double[raster.incidentsPerSquareKm().length];
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            if (area == null || area.contains(i)) {
                values[i] = raster.incidentsPerSquareKm()[i];
                max = Math.max(max, values[i]);
            }
        }
        answer.put("max", max);
        if (area != null) {
            parameters.put("pixelsInStudyArea", area.count());
        }
        if (geojson) {
            answer.put("features", pixels(raster, values, params.synthetic()));
        } else {
            answer.put("crs", "EPSG:3006");
            answer.put("minX", raster.minX());
            answer.put("minY", raster.minY());
            answer.put("pixelSizeMeters", raster.pixelSizeMeters());
            answer.put("columns", raster.columns());
            answer.put("rows", raster.rows());
            var wgs = Sweref.toWgs84(Sweref.FACTORY.toGeometry(new Envelope(minX, minX + columns * pixel, minY,
                    minY + rows * pixel))).getEnvelopeInternal();
            answer.put("boundsWgs84", new double[] {wgs.getMinX(), wgs.getMinY(), wgs.getMaxX(), wgs.getMaxY()});
            answer.put("values", values);
        }
        return answer;
    }

    private static List<Map<String, Object>> pixels(DensityRaster raster, Double[] values, boolean synthetic) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (int r = 0; r < raster.rows(); r++) {
            for (int c = 0; c < raster.columns(); c++) {
                Double v = values[r * raster.columns() + c];
                if (v != null && v > 0) {
                    double x0 = raster.minX() + c * raster.pixelSizeMeters();
                    double y0 = raster.minY() + r * raster.pixelSizeMeters();
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("density", v);
                    p.put("synthetic", synthetic);
                    features.add(Features.feature(r * raster.columns() + c, Sweref.FACTORY.toGeometry(new Envelope(x0,
                            x0 + raster.pixelSizeMeters(), y0, y0 + raster.pixelSizeMeters())), p));
                }
            }
        }
        return features;
    }

    private static double orDefault(Double v, double d) {
        return v == null ? d : v;
    }
}
