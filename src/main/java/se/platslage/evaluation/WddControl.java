package se.platslage.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import se.platslage.district.DistrictOutline;
import se.platslage.district.DistrictOutlines;
import se.platslage.geo.GeoJsonGeometries;
import se.platslage.geo.Sweref;
import se.platslage.place.Place;
import se.platslage.place.PlaceRepository;
import se.platslage.system.InvalidInputException;

/**
 * The control area a WDD is read against, as the user chose it: {@code wddControl} = {@code district} (the rest of
 * a district: {@code wddDistrict}, default the district holding the measure), {@code place} (another place,
 * {@code wddPlace} = its id) or {@code polygon} ({@code wddPolygon} = a GeoJSON Polygon in lon,lat, EPSG:4326, as
 * drawn on the map). {@code wddScale} = {@code area} scales each control to the size of what it controls,
 * {@code none} compares counts as they are (the paper's test); default area for a district, none otherwise.
 *
 * @param kind       district, place or polygon
 * @param geometry   the chosen area in SWEREF 99 TM, before the treated and displacement areas are cut out
 * @param scaled     whether controls are scaled by area
 * @param echo       what was chosen, for the answer
 */
record WddControl(String kind, Geometry geometry, boolean scaled, Map<String, Object> echo) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static WddControl of(Map<String, String> q, Geometry measureArea, DistrictOutlines districts,
                         PlaceRepository places) {
        String kind = q.get("wddControl") == null || q.get("wddControl").isBlank() ? "district"
                : q.get("wddControl").trim().toLowerCase(Locale.ROOT);
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("kind", kind);
        Geometry geometry;
        switch (kind) {
            case "district" -> {
                String code = q.get("wddDistrict");
                DistrictOutline district = code == null || code.isBlank()
                        ? districts.containing(measureArea.getInteriorPoint()).orElseThrow(() -> new InvalidInputException(
                                "wddDistrict", "the measure lies in no district: name one, or choose a place or a polygon"))
                        : districts.require(code.trim(), "wddDistrict");
                geometry = district.geometry();
                echo.put("district", district.code());
                echo.put("name", district.name());
            }
            case "place" -> {
                long id = number(q.get("wddPlace"), "wddPlace");
                Place place = places.findById(id).orElseThrow(() -> new InvalidInputException("wddPlace",
                        "no place " + id));
                if (place.getGeometry() == null) {
                    throw new InvalidInputException("wddPlace", "place " + id + " has no geometry");
                }
                geometry = place.getGeometry();
                echo.put("place", id);
                echo.put("name", place.getName());
            }
            case "polygon" -> {
                String text = q.get("wddPolygon");
                if (text == null || text.isBlank()) {
                    throw new InvalidInputException("wddPolygon", "give the drawn control area as a GeoJSON Polygon");
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (Exception e) {
                    throw new InvalidInputException("wddPolygon", "not GeoJSON: " + e.getMessage());
                }
                Geometry lonLat = GeoJsonGeometries.read(node, "wddPolygon");
                if (!(lonLat instanceof Polygonal) || !lonLat.isValid() || lonLat.getArea() == 0) {
                    throw new InvalidInputException("wddPolygon", "must be a valid Polygon or MultiPolygon with an area");
                }
                geometry = Sweref.fromWgs84(lonLat);
            }
            default -> throw new InvalidInputException("wddControl", "unknown value '" + kind
                    + "'; expected district, place or polygon");
        }
        String scale = q.get("wddScale");
        boolean scaled;
        if (scale == null || scale.isBlank()) {
            scaled = kind.equals("district");
        } else if (scale.trim().equalsIgnoreCase("area")) {
            scaled = true;
        } else if (scale.trim().equalsIgnoreCase("none")) {
            scaled = false;
        } else {
            throw new InvalidInputException("wddScale", "unknown value '" + scale + "'; expected area or none");
        }
        echo.put("scale", scaled ? "area" : "none");
        return new WddControl(kind, geometry, scaled, echo);
    }

    boolean sharedByBothAreas() {
        return kind.equals("district");
    }

    private static long number(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "give the id of the place to compare with");
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text + "' is not an id");
        }
    }
}
