package se.platslage.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON geometry object (RFC 7946 §3.1) in WGS84 lon/lat, as the API writes it: a type and its coordinates,
 * nested one level per dimension of the type (a Point's position, a Polygon's rings of positions). Geometry
 * collections are not written through it: their members have no {@code coordinates} of their own.
 */
@Schema(name = "Geometry", description = "GeoJSON geometry (RFC 7946 §3.1), WGS84 lon/lat")
public record GeoJsonGeometry(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"Point", "MultiPoint", "LineString",
                "MultiLineString", "Polygon", "MultiPolygon"})
        String type,
        @ArraySchema(arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "a position [lon, lat], or arrays of positions nested as the type requires"),
                schema = @Schema(description = "a number or a nested array"))
        List<Object> coordinates) {

    /** The WGS84 GeoJSON of a stored EPSG:3006 geometry; null for null. */
    public static GeoJsonGeometry ofSweref(Geometry sweref) {
        if (sweref == null) {
            return null;
        }
        ObjectNode written = GeoJsonGeometries.write(Sweref.toWgs84(sweref));
        if (!written.has("coordinates")) {
            throw new IllegalArgumentException("a " + sweref.getGeometryType() + " has no coordinates of its own");
        }
        return new GeoJsonGeometry(written.get("type").asText(), nested(written.get("coordinates")));
    }

    /** Positions as lists of numbers, nested as in the JSON. */
    private static List<Object> nested(JsonNode array) {
        List<Object> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            items.add(item.isArray() ? nested(item) : item.numberValue());
        }
        return items;
    }
}
