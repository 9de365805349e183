package se.platslage.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;
import se.platslage.system.Coded;

/**
 * What a police assessment says a target is at the time, in the police's own terms: an ÖDS is an open drug
 * scene or no longer one; an area is särskilt utsatt, utsatt, riskområde or not classified.
 */
public enum AssessedClassification implements Coded {
    ODS("ÖDS", "Öppen drogscen", true, Set.of(TargetKind.ODS)),
    NOT_ODS("inte ÖDS", "Inte längre öppen drogscen", false, Set.of(TargetKind.ODS)),
    SARSKILT_UTSATT("särskilt utsatt område", "Särskilt utsatt område", true, AreaKinds.ALL),
    UTSATT("utsatt område", "Utsatt område", true, AreaKinds.ALL),
    RISKOMRADE("riskområde", "Riskområde", true, AreaKinds.ALL),
    NOT_CLASSIFIED("inte klassat", "Inte klassat av polisen", false, AreaKinds.ALL);

    private final String code;
    private final String swedish;
    private final boolean classified;
    private final Set<TargetKind> kinds;

    AssessedClassification(String code, String swedish, boolean classified, Set<TargetKind> kinds) {
        this.code = code;
        this.swedish = swedish;
        this.classified = classified;
        this.kinds = kinds;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String swedish() {
        return swedish;
    }

    /** True while the place or area still carries a police classification (the target is not yet met). */
    public boolean classified() {
        return classified;
    }

    public boolean appliesTo(TargetKind kind) {
        return kinds.contains(kind);
    }

    @JsonCreator
    public static AssessedClassification fromCode(String code) {
        return Coded.parse(AssessedClassification.class, code, "classification");
    }

    /** The area classifications move between one another (an area goes from särskilt utsatt to utsatt). */
    private static final class AreaKinds {
        static final Set<TargetKind> ALL = Set.of(TargetKind.UTSATT_OMRADE, TargetKind.SARSKILT_UTSATT_OMRADE,
                TargetKind.RISKOMRADE);
    }
}
