package se.platslage.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import se.platslage.system.InvalidInputException;

/**
 * Reads and writes GeoJSON geometry objects (RFC 7946 §3.1), always lon/lat WGS84.
 *
 * Reading is strict so that a client gets the exact mistake back with its field path: an unclosed ring
 * (§3.1.6), a ring of fewer than four positions, a position with fewer than two numbers, an unknown type.
 * Writing rounds to 7 decimals (about 1 cm), as RFC 7946 §11.2 recommends not to overstate precision.
 */
public final class GeoJsonGeometries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final double DECIMALS = 1e7;
    private static final GeometryFactory FACTORY = Sweref.WGS84_FACTORY;

    private GeoJsonGeometries() {
    }

    /** Parses a GeoJSON geometry object; {@code field} names it in error messages ("geometry"). */
    public static Geometry read(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(field, "must be a GeoJSON geometry object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new InvalidInputException(field + ".type", "is required (Point, LineString, Polygon, ...)");
        }
        if ("GeometryCollection".equals(type.asText())) {
            JsonNode members = node.get("geometries");
            if (members == null || !members.isArray()) {
                throw new InvalidInputException(field + ".geometries", "must be an array");
            }
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                parts.add(read(members.get(i), field + ".geometries[" + i + "]"));
            }
            return FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        JsonNode coordinates = node.get("coordinates");
        String at = field + ".coordinates";
        if (coordinates == null || !coordinates.isArray()) {
            throw new InvalidInputException(at, "must be an array");
        }
        return switch (type.asText()) {
            case "Point" -> FACTORY.createPoint(position(coordinates, at));
            case "MultiPoint" -> FACTORY.createMultiPoint(
                    each(coordinates, at, (c, p) -> FACTORY.createPoint(position(c, p))).toArray(Point[]::new));
            case "LineString" -> line(coordinates, at);
            case "MultiLineString" -> FACTORY.createMultiLineString(
                    each(coordinates, at, GeoJsonGeometries::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(coordinates, at);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(
                    each(coordinates, at, GeoJsonGeometries::polygon).toArray(Polygon[]::new));
            default -> throw new InvalidInputException(field + ".type", "unknown geometry type '"
                    + type.asText() + "'; expected Point, MultiPoint, LineString, MultiLineString, Polygon, "
                    + "MultiPolygon or GeometryCollection");
        };
    }

    private interface Part<T> {
        T read(JsonNode node, String path);
    }

    private static <T> List<T> each(JsonNode array, String path, Part<T> part) {
        List<T> parts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode member = array.get(i);
            String at = path + "[" + i + "]";
            if (!member.isArray()) {
                throw new InvalidInputException(at, "must be an array");
            }
            parts.add(part.read(member, at));
        }
        return parts;
    }

    private static Coordinate position(JsonNode node, String path) {
        if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new InvalidInputException(path, "a position is [longitude, latitude] in numbers");
        }
        double lon = node.get(0).asDouble();
        double lat = node.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new InvalidInputException(path, "coordinates must be finite numbers");
        }
        return new Coordinate(lon, lat);
    }

    private static Coordinate[] positions(JsonNode node, String path) {
        return each(node, path, GeoJsonGeometries::position).toArray(Coordinate[]::new);
    }

    private static LineString line(JsonNode node, String path) {
        Coordinate[] coordinates = positions(node, path);
        if (coordinates.length < 2) {
            throw new InvalidInputException(path, "a LineString needs at least two positions");
        }
        return FACTORY.createLineString(coordinates);
    }

    private static Polygon polygon(JsonNode node, String path) {
        List<LinearRing> rings = each(node, path, GeoJsonGeometries::ring);
        if (rings.isEmpty()) {
            throw new InvalidInputException(path, "a Polygon needs an exterior ring");
        }
        return FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode node, String path) {
        Coordinate[] coordinates = positions(node, path);
        if (coordinates.length < 4) {
            throw new InvalidInputException(path, "a linear ring needs at least four positions (RFC 7946 §3.1.6)");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidInputException(path,
                    "the linear ring is not closed: its first and last positions must be equal (RFC 7946 §3.1.6)");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    /** Writes a lon/lat geometry as a GeoJSON geometry object; null stays null (a Feature without geometry). */
    public static ObjectNode write(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        node.put("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection collection
                && !(geometry instanceof MultiPoint || geometry instanceof MultiLineString
                || geometry instanceof MultiPolygon)) {
            ArrayNode members = node.putArray("geometries");
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                members.add(write(collection.getGeometryN(i)));
            }
            return node;
        }
        node.set("coordinates", coordinates(geometry));
        return node;
    }

    private static ArrayNode coordinates(Geometry geometry) {
        if (geometry instanceof Point point) {
            return position(point.getCoordinate());
        }
        if (geometry instanceof LineString line) {
            return positions(line.getCoordinates());
        }
        ArrayNode array = JSON.arrayNode();
        if (geometry instanceof Polygon polygon) {
            // RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise.
            array.add(positions(oriented(polygon.getExteriorRing().getCoordinates(), true)));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                array.add(positions(oriented(polygon.getInteriorRingN(i).getCoordinates(), false)));
            }
            return array;
        }
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            array.add(coordinates(geometry.getGeometryN(i)));
        }
        return array;
    }

    private static Coordinate[] oriented(Coordinate[] ring, boolean counterClockwise) {
        if (Orientation.isCCW(ring) == counterClockwise) {
            return ring;
        }
        Coordinate[] reversed = ring.clone();
        Collections.reverse(Arrays.asList(reversed));
        return reversed;
    }

    private static ArrayNode positions(Coordinate[] coordinates) {
        ArrayNode array = JSON.arrayNode();
        for (Coordinate c : coordinates) {
            array.add(position(c));
        }
        return array;
    }

    private static ArrayNode position(Coordinate c) {
        return JSON.arrayNode().add(round(c.x)).add(round(c.y));
    }

    private static double round(double value) {
        return Math.round(value * DECIMALS) / DECIMALS;
    }
}
