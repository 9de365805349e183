package se.platslage.place;

import java.util.List;

/**
 * What a file of corrected place geometries does or did: per place, whether it changes, how far the new
 * outline lies from the old one at most (Hausdorff distance, metres) and the accuracy before and after.
 */
public record PlaceCorrectionReport(boolean dryRun, int features, int changed, List<Row> places) {

    public record Row(int feature, long id, String code, String name, String district, boolean changed,
            Double shiftM, Integer accuracyBefore, Integer accuracyAfter, boolean approximate, long version) {
    }
}
