package se.platslage.measure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.platslage.geo.AcceptsFeature;
import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * A measure as written by a client. {@code geometry} is an optional GeoJSON geometry (WGS84) of the measure
 * itself; {@code places} default to the problem's places. {@code status} is read-only here (status changes
 * are follow-ups) and accepted only when unchanged, so a body read with GET can be sent back: flat, or as
 * the Feature GET returns, whose geometry is read only when {@code ownGeometry} says it is the measure's own.
 */
@AcceptsFeature(ownGeometryFlag = "ownGeometry")
public record MeasureRequest(
        @NotNull Long problem,
        Long cause,
        @NotBlank @Size(max = 8000) String description,
        @NotNull MeasureCategory category,
        PhysicalType type,
        @Size(max = 4000) String operationalGoal,
        @Size(max = 500) String timing,
        @Size(max = 1000) String responsible,
        List<Long> places,
        JsonNode geometry,
        @Size(max = 4000) String geometryDigitised,
        MeasureStatus status,
        @Size(max = 100) String assignee,
        Long version) {
}
