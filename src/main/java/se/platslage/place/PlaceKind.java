package se.platslage.place;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import se.platslage.system.Coded;

/**
 * The kinds of place in the plans, with the geometry types each may have: a walkway is a line, a square
 * or park an area; a station entrance or a building corner may be a point.
 */
@Schema(enumAsRef = true)
public enum PlaceKind implements Coded {
    TORG("torg", Shapes.AREA_OR_POINT),
    PARK("park", Shapes.AREA_OR_POINT),
    LEKPLATS("lekplats", Shapes.AREA_OR_POINT),
    IDROTTSPLATS("idrottsplats", Shapes.AREA_OR_POINT),
    BOLLPLAN("bollplan", Shapes.AREA_OR_POINT),
    GANGVAG("gångväg", Shapes.LINE),
    GATA("gata", Shapes.LINE),
    PARKERING("parkering", Shapes.AREA_OR_POINT),
    STATION("station", Shapes.ANY),
    CENTRUM("centrum", Shapes.AREA_OR_POINT),
    SKOLGARD("skolgård", Shapes.AREA_OR_POINT),
    STRAND("strand", Shapes.ANY),
    OMRADE("område", Shapes.AREA),
    BYGGNAD("byggnad", Shapes.AREA_OR_POINT),
    OVRIGT("övrigt", Shapes.ANY);

    private final String code;
    private final Set<String> geometryTypes;

    PlaceKind(String code, Set<String> geometryTypes) {
        this.code = code;
        this.geometryTypes = geometryTypes;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public Set<String> geometryTypes() {
        return geometryTypes;
    }

    @JsonCreator
    public static PlaceKind fromCode(String code) {
        return Coded.parse(PlaceKind.class, code, "kind");
    }

    private static final class Shapes {
        static final Set<String> LINE = Set.of("LineString", "MultiLineString");
        static final Set<String> AREA = Set.of("Polygon", "MultiPolygon");
        static final Set<String> AREA_OR_POINT = Set.of("Polygon", "MultiPolygon", "Point");
        static final Set<String> ANY = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
                "Polygon", "MultiPolygon");
    }
}
