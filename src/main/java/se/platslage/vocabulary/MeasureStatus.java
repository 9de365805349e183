package se.platslage.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import se.platslage.system.Coded;

/** The statuses the follow-up meetings write (see DOMAIN.md), in the order a measure usually passes them. */
@Schema(enumAsRef = true)
public enum MeasureStatus implements Coded {
    PLANNED("planned", "Planerad"),
    NOT_STARTED("not-started", "Ej påbörjad"),
    ONGOING("ongoing", "Påbörjad/pågår"),
    PARTIALLY_DONE("partially-done", "Delvis genomförd"),
    DONE("done", "Genomförd"),
    NOT_DONE_AS_PLANNED("not-done-as-planned", "Ej genomförd enligt plan"),
    REMOVED("removed", "Borttagen ur åtgärdsplanen");

    private final String code;
    private final String swedish;

    MeasureStatus(String code, String swedish) {
        this.code = code;
        this.swedish = swedish;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String swedish() {
        return swedish;
    }

    /** A measure that no longer needs work: overdue does not apply to it. */
    public boolean isClosed() {
        return this == DONE || this == REMOVED;
    }

    @JsonCreator
    public static MeasureStatus fromCode(String code) {
        return Coded.parse(MeasureStatus.class, code, "status");
    }
}
