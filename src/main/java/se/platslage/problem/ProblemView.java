package se.platslage.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import se.platslage.system.Versioned;

/**
 * A problem as {@code /api/problems} writes it (and, without {@code actions}, as the audit trail keeps it).
 * Sent back to {@code PUT /api/problems/{id}} it is accepted as it is: places as {@code {id, name}}, causes with
 * their ids.
 *
 * @param plan        the plan's id; {@code planCode} its code
 * @param district    the district's code
 * @param policeNote  present (possibly null) for police and admins only: absent for everyone else
 * @param area        the platssamverkan area the problem belongs to, if any
 * @param measureCount the problem's measures (not deleted)
 * @param actions     what the caller may do with the problem (see {@code RecordPolicy}); absent in the audit trail
 */
public record ProblemView(
        Long id,
        String ref,
        Long plan,
        String planCode,
        int year,
        String district,
        int priorityArea,
        String priorityAreaName,
        String description,
        String targetGroup,
        String timePattern,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(type = "string", nullable = true) Optional<String> policeNote,
        List<PlaceRef> places,
        AreaRef area,
        List<CauseView> causes,
        long measureCount,
        Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> actions) implements Versioned {

    /** A place the problem is at. */
    public record PlaceRef(Long id, String name) {
    }

    /** A platssamverkan area, by its code and name. */
    public record AreaRef(String code, String name) {
    }

    /** A cause of the problem ("Orsak"); measures name it by id. */
    public record CauseView(Long id, String description) {
    }

    ProblemView withActions(List<String> offered) {
        return new ProblemView(id, ref, plan, planCode, year, district, priorityArea, priorityAreaName, description,
                targetGroup, timePattern, policeNote, places, area, causes, measureCount, version, offered);
    }
}
