package se.platslage.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.platslage.system.Coded;

/** Police classifications that plans set targets against. */
public enum TargetKind implements Coded {
    /** Öppen drogscen: an open drug scene, a classification of a place. */
    ODS("ÖDS"),
    /** Utsatt område: a classification of a whole area. */
    UTSATT_OMRADE("utsatt område"),
    /** Särskilt utsatt område. */
    SARSKILT_UTSATT_OMRADE("särskilt utsatt område"),
    /** Riskområde. */
    RISKOMRADE("riskområde");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static TargetKind fromCode(String code) {
        return Coded.parse(TargetKind.class, code, "kind");
    }
}
