package se.platslage.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.platslage.system.Coded;

/** Police classifications that plans set targets against, and the plan's own place goals. */
public enum TargetKind implements Coded {
    /** Öppen drogscen: an open drug scene, a classification of a place. */
    ODS("ÖDS"),
    /** Utsatt område: a classification of a whole area. */
    UTSATT_OMRADE("utsatt område"),
    /** Särskilt utsatt område. */
    SARSKILT_UTSATT_OMRADE("särskilt utsatt område"),
    /** Riskområde. */
    RISKOMRADE("riskområde"),
    /** The plan's own goal for a place ("Öka barnfamiljer på torget"): no police classification, strateg assesses it. */
    PLAN_GOAL("platsmål");

    private final String code;

    TargetKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** A police classification: only police (and admins) assess it. */
    public boolean isPoliceClassification() {
        return this != PLAN_GOAL;
    }

    @JsonCreator
    public static TargetKind fromCode(String code) {
        return Coded.parse(TargetKind.class, code, "kind");
    }
}
