package se.platslage.measure;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.platslage.system.Versioned;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * A measure's properties as {@code GET /api/measures} and {@code /api/measures/{id}} write them (and, without
 * {@code actions}, as the audit trail keeps them).
 *
 * @param statusLabel  the status in Swedish, as the plans write it
 * @param policeNote   present (possibly null) for police and admins only: absent for everyone else
 * @param timing       "När" as written; {@code timingStart}/{@code timingEnd} as parsed from it
 * @param placeName    the names of the measure's places, comma-separated
 * @param places       the ids of the measure's places
 * @param problem      the id of the problem the measure answers; {@code cause} the id of its cause
 * @param plan         the plan's id; {@code planCode} its code, {@code year} its year
 * @param priorityArea the priority area's number in the plan
 * @param district     the district's code
 * @param ownGeometry  whether the feature's geometry is the measure's own, not a point inside its places
 * @param actions      what the caller may do with the measure (see {@code RecordPolicy}); absent in the audit trail
 */
public record MeasureProperties(
        Long id,
        String ref,
        String description,
        MeasureCategory category,
        PhysicalType type,
        MeasureStatus status,
        String statusLabel,
        boolean overdue,
        String responsible,
        boolean policeMeasure,
        String assignee,
        Integer progressPercent,
        String progressNote,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(type = "string", nullable = true) Optional<String> policeNote,
        String timing,
        LocalDate timingStart,
        LocalDate timingEnd,
        String operationalGoal,
        String placeName,
        List<Long> places,
        Long problem,
        String problemDescription,
        Long cause,
        String causeDescription,
        Long plan,
        String planCode,
        int year,
        int priorityArea,
        String priorityAreaName,
        String district,
        boolean ownGeometry,
        String geometryDigitised,
        int followUpCount,
        Long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> actions) implements Versioned {

    MeasureProperties withActions(List<String> offered) {
        return new MeasureProperties(id, ref, description, category, type, status, statusLabel, overdue, responsible,
                policeMeasure, assignee, progressPercent, progressNote, policeNote, timing, timingStart, timingEnd,
                operationalGoal, placeName, places, problem, problemDescription, cause, causeDescription, plan,
                planCode, year, priorityArea, priorityAreaName, district, ownGeometry, geometryDigitised,
                followUpCount, version, offered);
    }
}
