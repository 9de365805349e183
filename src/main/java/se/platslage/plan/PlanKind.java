package se.platslage.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.platslage.system.Coded;

public enum PlanKind implements Coded {
    /** The yearly action plan as adopted. */
    ATGARDSPLAN("åtgärdsplan"),
    /** A follow-up document (tertial or year-end, VB) with a status per measure. */
    UPPFOLJNING("uppföljning");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static PlanKind fromCode(String code) {
        return Coded.parse(PlanKind.class, code, "kind");
    }
}
