package se.platslage.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import se.platslage.system.Coded;

/** The kinds of measure in the plans (DOMAIN.md, åtgärd). Only physical measures have a {@link PhysicalType}. */
@Schema(enumAsRef = true)
public enum MeasureCategory implements Coded {
    PHYSICAL("physical"),
    ACTIVATION("activation"),
    POLICE("police"),
    SOCIAL("social"),
    COMMUNICATION("communication"),
    COLLABORATION("collaboration");

    private final String code;

    MeasureCategory(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static MeasureCategory fromCode(String code) {
        return Coded.parse(MeasureCategory.class, code, "category");
    }
}
