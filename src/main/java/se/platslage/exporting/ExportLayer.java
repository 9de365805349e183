package se.platslage.exporting;

import java.util.List;

/** A named layer ("places", "measures", "targets") of features with the same attributes. */
public record ExportLayer(String name, List<ExportFeature> features) {
}
