package se.platslage.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.platslage.system.Coded;

/** What an account may do; see the README's role table. */
public enum Role implements Coded {
    /** Everything, and managing accounts. */
    ADMIN("admin"),
    /** Trygghetsstrateg: edits places, problems, measures, targets and follow-ups in assigned districts. */
    STRATEG("strateg"),
    /** Parkingenjör: reads; follows up and reports progress on the measures assigned to them. */
    PARKINGENJOR("parkingenjor"),
    /** Polis: reads everything including police-only fields; follows up police measures. */
    POLIS("polis"),
    /** Läsare: reads, without police-only fields. */
    LASARE("lasare");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    @JsonCreator
    public static Role fromCode(String code) {
        return Coded.parse(Role.class, code, "role");
    }
}
