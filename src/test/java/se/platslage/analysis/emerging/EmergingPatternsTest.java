package se.platslage.analysis.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One drawn series per category. Each character is one time step, oldest first: {@code H} a significant hot
 * bin, {@code C} a significant cold bin, {@code .} neither. Trend: {@code +} rising significantly, {@code -}
 * falling significantly, {@code 0} no significant trend.
 */
class EmergingPatternsTest {

    private static EmergingCategory classify(String steps, char trend) {
        boolean[] hot = new boolean[steps.length()];
        boolean[] cold = new boolean[steps.length()];
        for (int t = 0; t < steps.length(); t++) {
            hot[t] = steps.charAt(t) == 'H';
            cold[t] = steps.charAt(t) == 'C';
        }
        int direction = trend == '+' ? 1 : trend == '-' ? -1 : 0;
        return EmergingPatterns.classify(hot, cold, direction, trend != '0');
    }

    @Test
    void hotOnlyInTheFinalStepIsNew() {
        assertEquals(EmergingCategory.NEW_HOT_SPOT, classify(".........H", '0'));
    }

    @Test
    void anUnbrokenFinalRunOfHotIsConsecutive() {
        assertEquals(EmergingCategory.CONSECUTIVE_HOT_SPOT, classify("......HHHH", '+'));
    }

    @Test
    void ninetyPercentHotRisingIsIntensifying() {
        assertEquals(EmergingCategory.INTENSIFYING_HOT_SPOT, classify(".HHHHHHHHH", '+'));
    }

    @Test
    void ninetyPercentHotWithoutTrendIsPersistent() {
        assertEquals(EmergingCategory.PERSISTENT_HOT_SPOT, classify("HHHH.HHHHH", '0'));
    }

    @Test
    void ninetyPercentHotFallingIsDiminishing() {
        assertEquals(EmergingCategory.DIMINISHING_HOT_SPOT, classify("HHHHHHHHHH", '-'));
    }

    @Test
    void onAndOffHotEndingHotIsSporadic() {
        assertEquals(EmergingCategory.SPORADIC_HOT_SPOT, classify("H..HH.H..H", '0'));
    }

    @Test
    void hotNowAfterAColdSpotIsOscillating() {
        assertEquals(EmergingCategory.OSCILLATING_HOT_SPOT, classify("CC..H...HH", '+'));
    }

    @Test
    void ninetyPercentHotButNotNowIsHistorical() {
        assertEquals(EmergingCategory.HISTORICAL_HOT_SPOT, classify("HHHHHHHHHH.", '-'));
    }

    @Test
    void coldOnlyInTheFinalStepIsNew() {
        assertEquals(EmergingCategory.NEW_COLD_SPOT, classify(".........C", '0'));
    }

    @Test
    void anUnbrokenFinalRunOfColdIsConsecutive() {
        assertEquals(EmergingCategory.CONSECUTIVE_COLD_SPOT, classify(".......CCC", '-'));
    }

    @Test
    void ninetyPercentColdFallingIsIntensifyingCold() {
        // z-scores falling further below zero: the cold spot is getting colder
        assertEquals(EmergingCategory.INTENSIFYING_COLD_SPOT, classify("CCCCCCCCCC", '-'));
    }

    @Test
    void ninetyPercentColdWithoutTrendIsPersistent() {
        assertEquals(EmergingCategory.PERSISTENT_COLD_SPOT, classify("CCCCCCCCC.C", '0'));
    }

    @Test
    void ninetyPercentColdRisingIsDiminishingCold() {
        assertEquals(EmergingCategory.DIMINISHING_COLD_SPOT, classify("CCCCCCCCCC", '+'));
    }

    @Test
    void onAndOffColdEndingColdIsSporadic() {
        assertEquals(EmergingCategory.SPORADIC_COLD_SPOT, classify(".C.C..C..C", '0'));
    }

    @Test
    void coldNowAfterAHotSpotIsOscillating() {
        assertEquals(EmergingCategory.OSCILLATING_COLD_SPOT, classify("HH......CC", '0'));
    }

    @Test
    void ninetyPercentColdButNotNowIsHistorical() {
        assertEquals(EmergingCategory.HISTORICAL_COLD_SPOT, classify("CCCCCCCCCCCCCCCCCCC.", '0'));
    }

    @Test
    void hotOnlyInTheMiddleHasNoPattern() {
        assertEquals(EmergingCategory.NO_PATTERN, classify("...HHH....", '0'));
    }

    @Test
    void neverSignificantHasNoPattern() {
        assertEquals(EmergingCategory.NO_PATTERN, classify("..........", '+'));
    }

    @Test
    void theNinetyPercentRuleIsAtLeastNinetyPercent() {
        // 9 of 10 hot is 90 %: persistent; 8 of 9 (88.9 %) is not, and with a gap it is sporadic
        assertEquals(EmergingCategory.PERSISTENT_HOT_SPOT, classify(".HHHHHHHHH", '0'));
        assertEquals(EmergingCategory.SPORADIC_HOT_SPOT, classify("H.HHHHHHH", '0'));
        // 33 of 36 monthly steps (91.7 %) is enough; 32 (88.9 %) is not
        assertEquals(EmergingCategory.PERSISTENT_HOT_SPOT, classify("...".concat("H".repeat(33)), '0'));
        assertEquals(EmergingCategory.SPORADIC_HOT_SPOT, classify("H....".concat("H".repeat(31)), '0'));
    }

    @Test
    void anEmptySeriesHasNoPattern() {
        assertEquals(EmergingCategory.NO_PATTERN, classify("", '0'));
    }
}
