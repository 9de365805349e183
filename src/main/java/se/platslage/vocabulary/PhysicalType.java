package se.platslage.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import se.platslage.system.Coded;

/** What a physical measure changes at the place (belysning, växtlighet och siktlinjer, sittbänkar, ...). */
@Schema(enumAsRef = true)
public enum PhysicalType implements Coded {
    LIGHTING("lighting"),
    VEGETATION("vegetation"),
    SEATING("seating"),
    PAVING("paving"),
    CAMERA("camera"),
    GREENERY("greenery"),
    OUTDOOR_GYM("outdoor-gym"),
    REDESIGN("redesign"),
    CLEANING("cleaning"),
    FENCING("fencing"),
    SIGNAGE("signage"),
    OTHER("other");

    private final String code;

    PhysicalType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static PhysicalType fromCode(String code) {
        return Coded.parse(PhysicalType.class, code, "type");
    }
}
