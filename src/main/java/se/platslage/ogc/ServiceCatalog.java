package se.platslage.ogc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.district.District;
import se.platslage.district.DistrictRepository;
import se.platslage.geo.Features;
import se.platslage.geo.Sweref;
import se.platslage.measure.MeasureRepository;
import se.platslage.measure.MeasureService;
import se.platslage.place.PlaceService;
import se.platslage.system.NotFoundException;
import se.platslage.target.TargetService;

/**
 * The {@link Catalog} over the feature services behind {@code /api}: the OGC API is another view of the same
 * lists, with the same filters, permissions and police-only rules. Targets and districts are few and paged in
 * memory; places and measures are paged by the database.
 */
@Component
@Transactional(readOnly = true)
class ServiceCatalog implements Catalog {

    private static final List<Collection> COLLECTIONS = List.of(
            new Collection("places", "Platser", "Places named in the action plans: squares, parks, walkways, "
                    + "stations. Places not yet drawn have a null geometry.", false),
            new Collection("measures", "Åtgärder", "Measures of the action plans with status, category, "
                    + "responsible and timing; datetime filters on the parsed timing (timingStart–timingEnd).", true),
            new Collection("targets", "Mål (ÖDS, utsatt område)", "Police classifications of places and areas "
                    + "with the plans' target years.", false),
            new Collection("districts", "Stadsdelsområden", "The city district administrations' areas.", false));

    private final PlaceService places;
    private final MeasureService measures;
    private final MeasureRepository measureRecords;
    private final TargetService targets;
    private final DistrictRepository districts;
    private final ObjectMapper json;

    ServiceCatalog(PlaceService places, MeasureService measures, MeasureRepository measureRecords, TargetService targets,
            DistrictRepository districts, ObjectMapper json) {
        this.json = json;
        this.places = places;
        this.measures = measures;
        this.measureRecords = measureRecords;
        this.targets = targets;
        this.districts = districts;
    }

    @Override
    public List<Collection> collections() {
        return COLLECTIONS;
    }

    @Override
    public Optional<Collection> collection(String id) {
        return COLLECTIONS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Items items(Collection collection, FeatureQuery q) {
        if (q.matchesNothing()) {
            return new Items(List.of(), 0);
        }
        Map<String, Object> result = switch (collection.id()) {
            case "places" -> asMap(places.list(q.filter(), q.page()));
            case "measures" -> asMap(measures.list(q.filter(), q.page()));
            case "targets" -> targets.list(q.filter());
            default -> districtCollection(q);
        };
        List<Map<String, Object>> features = (List<Map<String, Object>>) result.get("features");
        long matched = ((Number) result.get("numberMatched")).longValue();
        if (collection.id().equals("places") || collection.id().equals("measures")) {
            return new Items(features, matched);
        }
        int from = (int) Math.min(q.page().offset(), features.size());
        int to = (int) Math.min((long) from + q.page().limit(), features.size());
        return new Items(features.subList(from, to), matched);
    }

    @Override
    public Optional<Map<String, Object>> item(Collection collection, String fid) {
        if (!fid.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(fid);
        try {
            return Optional.of(switch (collection.id()) {
                case "places" -> asMap(places.get(id));
                case "measures" -> asMap(measures.get(id));
                case "targets" -> targets.get(id);
                default -> districts.findById(id).map(ServiceCatalog::district)
                        .orElseThrow(() -> new NotFoundException("district", id));
            });
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The catalog serves every collection as plain JSON maps; places and measures come typed from their services. */
    private Map<String, Object> asMap(Object typed) {
        return json.convertValue(typed, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** Only measures have a time: their parsed timing ("När"). */
    @Override
    public TimeExtent timeExtent(Collection collection) {
        return new TimeExtent(measureRecords.firstTimingStart().orElse(null), measureRecords.lastTimingEnd().orElse(null));
    }

    @Override
    public double[] extent() {
        Envelope envelope = new Envelope();
        districts.findAll().forEach(d -> envelope.expandToInclude(Sweref.toWgs84(d.getGeometry()).getEnvelopeInternal()));
        return envelope.isNull() ? new double[] {10.03, 54.96, 24.17, 69.07}
                : new double[] {envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY()};
    }

    /** Districts filtered by bbox (EPSG:3006, both sides) and code; the list is three polygons long. */
    private Map<String, Object> districtCollection(FeatureQuery q) {
        Geometry bbox = q.filter().bbox();
        List<Map<String, Object>> features = new ArrayList<>();
        for (District d : districts.findAllByOrderByName()) {
            boolean inBox = bbox == null || d.getGeometry().intersects(bbox);
            boolean named = q.filter().district() == null || q.filter().district().equals(d.getCode());
            if (inBox && named) {
                features.add(district(d));
            }
        }
        return Features.collection(features, features.size(), null);
    }

    private static Map<String, Object> district(District d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.getId());
        p.put("code", d.getCode());
        p.put("name", d.getName());
        p.put("source", d.getSource());
        return Features.feature(d.getId(), d.getGeometry(), p);
    }
}
