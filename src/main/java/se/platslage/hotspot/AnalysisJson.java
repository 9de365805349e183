package se.platslage.hotspot;

import java.util.LinkedHashMap;
import java.util.Map;
import se.platslage.incident.IncidentParams;

/** What every analysis answer starts with: the type, whether the data are synthetic, and the selection. */
public final class AnalysisJson {

    public static final String SYNTHETIC_LABEL = "SYNTHETIC DATA: generated for demos and tests, not real incidents";
    public static final String REAL_LABEL = "real incidents";

    private AnalysisJson() {
    }

    /** A FeatureCollection head with {@code synthetic} and {@code dataLabel} (the UI shows the label). */
    public static Map<String, Object> header(IncidentParams params) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "FeatureCollection");
        c.put("synthetic", params.synthetic());
        c.put("dataLabel", params.synthetic() ? SYNTHETIC_LABEL : REAL_LABEL);
        return c;
    }

    /** The incident selection echoed back. */
    public static Map<String, Object> selection(IncidentParams params) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data", params.synthetic() ? "synthetic" : "real");
        p.put("from", params.from() == null ? null : params.from().toString());
        p.put("to", params.to() == null ? null : params.to().toString());
        p.put("types", params.types());
        p.put("bbox", params.bbox() == null ? null : bboxWgs84(params));
        p.put("includeImprecise", params.includeImprecise());
        p.put("source", params.source());
        p.put("studyArea", studyArea(params));
        return p;
    }

    /**
     * The study area as {@code {district, name, clippedToBbox}}, or null when it is the data's extent or
     * the bbox: Gi*'s mean and variance are over its cells, so a result means nothing without it.
     */
    public static Map<String, Object> studyArea(IncidentParams params) {
        if (params.district() == null) {
            return null;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("district", params.district().code());
        a.put("name", params.district().name());
        a.put("clippedToBbox", params.bbox() != null);
        return a;
    }

    private static double[] bboxWgs84(IncidentParams params) {
        var e = se.platslage.geo.Sweref.toWgs84(params.bbox()).getEnvelopeInternal();
        return new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    /** JSON has no NaN: undefined values are null. */
    public static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
