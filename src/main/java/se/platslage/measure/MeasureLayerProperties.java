package se.platslage.measure;

import se.platslage.vocabulary.MeasureCategory;
import se.platslage.vocabulary.MeasureStatus;
import se.platslage.vocabulary.PhysicalType;

/**
 * A feature of the map's measure layer ({@code GET /api/measures/layer}): only what draws and names the marker.
 *
 * @param label the description's start, at most {@link MeasureFeatures#LABEL_LENGTH} characters
 */
public record MeasureLayerProperties(Long id, MeasureStatus status, MeasureCategory category, PhysicalType type,
        boolean overdue, String label) {
}
