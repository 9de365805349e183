package se.platslage.security;

import com.fasterxml.jackson.annotation.JsonValue;
import se.platslage.system.Coded;

/**
 * What a caller may do to one record. Each record the API returns lists the ones its caller may take
 * ({@code "actions": ["edit", "followUp"]}), so a client never has to repeat the server's rules.
 */
public enum Action implements Coded {
    /** Change the record (PUT). */
    EDIT("edit"),
    /** Soft-delete it (DELETE). */
    DELETE("delete"),
    /**
     * On a measure: append a follow-up (POST …/follow-ups). On a plan: record its follow-up, in a meeting or
     * by importing a follow-up workbook (POST /api/plans/import with "plan").
     */
    FOLLOW_UP("followUp"),
    /** Append a follow-up whose text only police and admins read ("restricted": true). */
    RESTRICTED_FOLLOW_UP("restrictedFollowUp"),
    /** Report progress (PATCH …/progress). */
    PROGRESS("progress"),
    /**
     * On a target: append an assessment (POST /api/targets/{id}/assessments). A police classification is
     * assessed by polis and admin, the plan's own goal by strateg in its district.
     */
    ASSESS("assess"),
    /** Append an assessment with police-only indicators or a police note. */
    RESTRICTED_ASSESS("restrictedAssess"),
    /** Write the police-only note (PUT …/police-note). */
    POLICE_NOTE("policeNote"),
    /** On a safety walk: record an observation during the walk (POST …/observations), with photos. */
    OBSERVE("observe"),
    /** On a safety walk: record an observation whose text and photos only police and admins see. */
    RESTRICTED_OBSERVATION("restrictedObservation");

    private final String code;

    Action(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
