package se.platslage.planfile;

/**
 * One target's line in the follow-up workbook's "Mål och bedömningar" sheet (issue 11): the target, its latest
 * assessment and the trend's reading, already in words (the target feature's TrendReading), so this package
 * writes text and knows nothing of targets.
 */
public record TargetStatusRow(String target, String kind, Integer targetYear, Integer yearsLeft, String latest,
        String latestDate, String assessedBy, Double extentAreaM2, String source, String trend, String caveats) {
}
