package se.platslage.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import se.platslage.audit.PoliceFields;
import se.platslage.filter.ListFilter;
import se.platslage.geo.Feature;
import se.platslage.geo.FeatureCollection;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;
import se.platslage.measure.MeasureService;
import se.platslage.place.PlaceService;
import se.platslage.security.CurrentActor;
import se.platslage.system.Page;
import se.platslage.target.TargetService;

/**
 * The places, measures and targets layers of a GIS export, read through the same services as the lists, so
 * an export shows exactly what {@code /api/places}, {@code /api/measures} and {@code /api/targets} show the
 * same user for the same filters, police-only fields included or not by the same rule. As a second gate,
 * police-only properties are removed again for users who may not see them (as {@code PoliceFieldsAdvice} does
 * for JSON answers, which a file download bypasses).
 */
@Component
class LayerExport {

    /** Every matching record: an export is not paged. */
    static final Page ALL = new Page(Integer.MAX_VALUE, 0);

    private final PlaceService places;
    private final MeasureService measures;
    private final TargetService targets;
    private final CurrentActor current;
    private final ObjectMapper json;

    LayerExport(PlaceService places, MeasureService measures, TargetService targets, CurrentActor current,
            ObjectMapper json) {
        this.places = places;
        this.measures = measures;
        this.targets = targets;
        this.current = current;
        this.json = json;
    }

    List<ExportLayer> layers(ListFilter filter) {
        return List.of(new ExportLayer("places", typedFeatures(places.list(filter, ALL))),
                new ExportLayer("measures", typedFeatures(measures.list(filter, ALL))),
                new ExportLayer("targets", features(targets.list(filter))));
    }

    /** The measures' properties only, in list order, for the CSV. */
    List<Map<String, Object>> measureRows(ListFilter filter) {
        return typedFeatures(measures.list(filter, ALL)).stream().map(ExportFeature::attributes).toList();
    }

    private <P extends Record> List<ExportFeature> typedFeatures(FeatureCollection<P> collection) {
        boolean police = current.get().seesPoliceFields();
        List<ExportFeature> result = new ArrayList<>();
        for (Feature<P> feature : collection.features()) {
            Map<String, Object> attributes = RecordAttributes.of(feature.properties());
            if (!police) {
                PoliceFields.redact(attributes);
            }
            result.add(new ExportFeature(String.valueOf(feature.id()), sweref(feature.geometry()), attributes));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<ExportFeature> features(Map<String, Object> collection) {
        boolean police = current.get().seesPoliceFields();
        List<ExportFeature> result = new ArrayList<>();
        for (Map<String, Object> feature : (List<Map<String, Object>>) collection.get("features")) {
            Map<String, Object> attributes = new LinkedHashMap<>((Map<String, Object>) feature.get("properties"));
            if (!police) {
                PoliceFields.redact(attributes);
            }
            result.add(new ExportFeature(String.valueOf(feature.get("id")), sweref(feature.get("geometry")), attributes));
        }
        return result;
    }

    /** The services write WGS84 GeoJSON; the files want EPSG:3006 back (within GeoJSON's 7 decimals, ~1 cm). */
    private Geometry sweref(Object geometry) {
        if (geometry == null) {
            return null;
        }
        JsonNode node = json.valueToTree(geometry);
        return Sweref.fromWgs84(GeoJsonGeometries.read(node, "geometry"));
    }
}
