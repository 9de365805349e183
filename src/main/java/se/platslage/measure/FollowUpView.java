package se.platslage.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import se.platslage.vocabulary.MeasureStatus;

/**
 * A follow-up of a measure as the API writes it ({@code GET/POST /api/measures/{id}/follow-ups}).
 *
 * @param measure         the measure's id
 * @param statusLabel     the status in Swedish
 * @param statusAsWritten the status as the follow-up meeting wrote it, where it differed from the codes
 * @param text            null for a restricted follow-up read by someone who does not see police fields
 * @param restricted      whether the text is police-only
 * @param photos          the photos of site work the reader may see, in the list of a measure's follow-ups only
 */
public record FollowUpView(Long id, Long measure, LocalDate date, MeasureStatus status, String statusLabel,
        String statusAsWritten, String text, boolean restricted, Instant recordedAt, String recordedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Map<String, Object>> photos) {

    static FollowUpView of(FollowUp f, boolean police) {
        return new FollowUpView(f.getId(), f.getMeasure().getId(), f.getDate(), f.getStatus(), f.getStatus().swedish(),
                f.getStatusAsWritten(), f.isRestricted() && !police ? null : f.getNote(), f.isRestricted(),
                f.getRecordedAt(), f.getRecordedBy(), null);
    }

    FollowUpView withPhotos(List<Map<String, Object>> photos) {
        return new FollowUpView(id, measure, date, status, statusLabel, statusAsWritten, text, restricted, recordedAt,
                recordedBy, photos);
    }
}
