package se.platslage.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.platslage.audit.AuditLog;
import se.platslage.geo.GeoJsonCrs;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.GeometryRules;
import se.platslage.security.Actor;
import se.platslage.security.CurrentActor;
import se.platslage.security.Role;
import se.platslage.security.Permissions;
import se.platslage.system.InvalidInputException;
import se.platslage.system.InvalidInputsException;

/**
 * Corrected place geometries from a GIS: a GeoJSON FeatureCollection, as exported from /api/places and
 * edited in QGIS against the city's base map, each feature naming its place by {@code id} or {@code code}
 * and saying how the new geometry was drawn and how accurate it is. The file is taken whole or not at all:
 * every mistake in it is reported at once, and nothing is written until all of it is right.
 */
@Service
public class PlaceGeometryCorrections {

    static final int MAX_FEATURES = 2_000;
    /** Below this the geometry is the one exported, only rounded to 7 decimals on the way out and back. */
    private static final double UNCHANGED_M = 0.05;

    private final PlaceRepository places;
    private final CurrentActor current;
    private final AuditLog audit;

    PlaceGeometryCorrections(PlaceRepository places, CurrentActor current, AuditLog audit) {
        this.places = places;
        this.current = current;
        this.audit = audit;
    }

    private record Correction(int index, Place place, Geometry geometry, int accuracyM, String digitised,
            String source, double shiftM, boolean changed) {
    }

    @Transactional
    public PlaceCorrectionReport apply(JsonNode collection, boolean dryRun) {
        List<Correction> corrections = read(collection);
        List<PlaceCorrectionReport.Row> rows = new ArrayList<>();
        for (Correction c : corrections) {
            Place place = c.place();
            Integer before = place.getAccuracyM();
            if (c.changed() && !dryRun) {
                PlaceSnapshot snapshot = PlaceService.snapshot(place);
                place.describe(place.getName(), place.getKind(), place.getDistrict(), c.geometry());
                place.provenance(c.digitised(), c.accuracyM(), c.source());
                places.saveAndFlush(place);
                audit.record(PlaceService.AUDIT_TYPE, place.getId(), AuditLog.Action.UPDATE, snapshot,
                        PlaceService.snapshot(place));
            }
            rows.add(new PlaceCorrectionReport.Row(c.index(), place.getId(), place.getCode(), place.getName(),
                    place.getDistrict().getCode(), c.changed(), Math.round(c.shiftM() * 10) / 10.0, before,
                    c.accuracyM(), c.accuracyM() > PlaceAccuracy.TARGET_M, place.getVersion()));
        }
        return new PlaceCorrectionReport(dryRun, rows.size(), (int) rows.stream().filter(PlaceCorrectionReport.Row::changed)
                .count(), rows);
    }

    private List<Correction> read(JsonNode collection) {
        Actor actor = current.get();
        // Who may not edit places at all learns that first, not what is wrong with their file.
        Permissions.require(actor.role() == Role.ADMIN || actor.role() == Role.STRATEG,
                "correcting place geometries needs the strateg or admin role");
        if (collection == null || !collection.isObject()
                || !"FeatureCollection".equals(collection.path("type").asText())) {
            throw new InvalidInputException("type", "must be a GeoJSON FeatureCollection");
        }
        JsonNode features = collection.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new InvalidInputException("features", "must be a non-empty array of Features");
        }
        if (features.size() > MAX_FEATURES) {
            throw new InvalidInputException("features", "at most " + MAX_FEATURES + " features per file; the file has "
                    + features.size());
        }
        GeoJsonCrs crs = GeoJsonCrs.of(collection);
        List<Map<String, Object>> errors = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "features[" + i + "]";
            try {
                Correction c = correction(i, features.get(i), at, crs);
                if (!seen.add(c.place().getId())) {
                    throw new InvalidInputException(at + ".properties.id", "place " + c.place().getName()
                            + " appears more than once in the file");
                }
                corrections.add(c);
            } catch (InvalidInputException e) {
                errors.add(error(i, features.get(i), e));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputsException(errors.size() + " of " + features.size()
                    + " features cannot be taken; nothing was changed", errors);
        }
        return corrections;
    }

    private Correction correction(int index, JsonNode feature, String at, GeoJsonCrs crs) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
            throw new InvalidInputException(at + ".type", "must be a GeoJSON Feature");
        }
        JsonNode p = feature.path("properties");
        Place place = place(p, at);
        Permissions.requireDistrict(current.get(), place.getDistrict().getCode());
        JsonNode version = p.get("version");
        if (version != null && !version.isNull() && version.asLong(-1) != place.getVersion()) {
            throw new InvalidInputException(at + ".properties.version", place.getName() + " was changed after this "
                    + "file was exported (version " + version.asText() + ", now " + place.getVersion()
                    + "); export it again and redo this feature");
        }
        Geometry geometry = geometry(feature.get("geometry"), at + ".geometry", crs, place);
        int accuracyM = accuracy(p.get("accuracyM"), at + ".properties.accuracyM");
        String digitised = text(p.get("digitised"), at + ".properties.digitised", true);
        String source = Optional.ofNullable(text(p.get("source"), at + ".properties.source", false))
                .orElse(place.getSource());
        double shiftM = place.getGeometry() == null ? 0
                : DiscreteHausdorffDistance.distance(place.getGeometry(), geometry);
        boolean moved = place.getGeometry() == null || shiftM >= UNCHANGED_M
                || !place.getGeometry().getGeometryType().equals(geometry.getGeometryType());
        if (moved && digitised.equals(place.getDigitised())) {
            throw new InvalidInputException(at + ".properties.digitised", "the geometry of " + place.getName()
                    + " changed but digitised still describes the old one; say how the new geometry was drawn");
        }
        boolean changed = moved || !Objects.equals(accuracyM, place.getAccuracyM())
                || !digitised.equals(place.getDigitised()) || !Objects.equals(source, place.getSource());
        return new Correction(index, place, moved ? geometry : place.getGeometry(), accuracyM, digitised, source,
                shiftM, changed);
    }

    private Place place(JsonNode p, String at) {
        if (!p.isObject()) {
            throw new InvalidInputException(at + ".properties", "must be an object naming the place by id or code");
        }
        JsonNode id = p.get("id");
        if (id != null && !id.isNull()) {
            if (!id.canConvertToLong() || !id.isIntegralNumber()) {
                throw new InvalidInputException(at + ".properties.id", "must be a place id (a whole number)");
            }
            return places.findById(id.asLong()).filter(place -> !place.isDeleted())
                    .orElseThrow(() -> new InvalidInputException(at + ".properties.id", "no place has id " + id.asLong()));
        }
        String code = p.path("code").asText("").trim();
        if (code.isEmpty()) {
            throw new InvalidInputException(at + ".properties.id", "name the place by id or code");
        }
        return places.findByCode(code).filter(place -> !place.isDeleted())
                .orElseThrow(() -> new InvalidInputException(at + ".properties.code", "no place has code '" + code + "'"));
    }

    private static Geometry geometry(JsonNode node, String at, GeoJsonCrs crs, Place place) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(at, "is required: the corrected geometry");
        }
        Geometry read = GeoJsonGeometries.read(node, at);
        if (crs == GeoJsonCrs.WGS84 && GeoJsonCrs.looksLikeSweref(read)) {
            throw new InvalidInputException(at, "these coordinates look like SWEREF 99 TM metres, but the file names "
                    + "no crs; export as WGS84, or keep \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                    + "\"urn:ogc:def:crs:EPSG::3006\"}}");
        }
        Geometry stored = GeometryRules.toStored(crs.toLonLat(read), at, place.getKind().geometryTypes());
        if (!place.getDistrict().getGeometry().intersects(stored)) {
            throw new InvalidInputException(at, "the geometry of " + place.getName() + " lies outside its district "
                    + place.getDistrict().getName() + "; move a place to another district with PUT /api/places/{id}");
        }
        return stored;
    }

    private static int accuracy(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(at, "is required: how far, in metres, the new geometry may lie from the "
                    + "real place");
        }
        if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > 100_000) {
            throw new InvalidInputException(at, "must be a whole number of metres between 0 and 100000");
        }
        return node.asInt();
    }

    private static String text(JsonNode node, String at, boolean required) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                throw new InvalidInputException(at, "is required: how the new geometry was drawn, from what");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().length() > 4000) {
            throw new InvalidInputException(at, "must be text of at most 4000 characters");
        }
        return node.asText().trim();
    }

    private static Map<String, Object> error(int index, JsonNode feature, InvalidInputException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("feature", index);
        JsonNode p = feature.path("properties");
        String name = p.path("name").asText(p.path("code").asText(p.path("id").asText("")));
        if (!name.isBlank()) {
            error.put("place", name);
        }
        error.put("field", e.field());
        error.put("message", e.getMessage());
        return error;
    }
}
