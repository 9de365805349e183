package se.platslage.problem;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.platslage.system.RecordReference;

/**
 * A problem as written by a client. {@code causes}: on create, the causes' texts; on update, every cause
 * to keep (with its {@code id}) plus new ones (without); a cause left out is deleted unless a measure
 * is tied to it. Leave {@code causes} out to keep them as they are. {@code places} are ids, or the
 * {@code {id, name}} objects GET writes, so a problem read can be sent back.
 */
public record ProblemRequest(
        @NotNull Long plan,
        @NotNull @Min(1) @Max(99) Integer priorityArea,
        @NotBlank @Size(max = 8000) String description,
        @Size(max = 2000) String targetGroup,
        @Size(max = 2000) String timePattern,
        @JsonDeserialize(contentUsing = RecordReference.class) List<Long> places,
        @Valid List<CauseRequest> causes,
        Long version) {

    public record CauseRequest(Long id, @NotBlank @Size(max = 8000) String description) {
    }
}
