package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HotSpotClassTest {

    @ParameterizedTest
    @CsvSource({
        "3.1, 0.001, HOT_99",
        "3.1, 0.01, HOT_99",
        "2.1, 0.0100001, HOT_95",
        "2.1, 0.05, HOT_95",
        "1.7, 0.07, HOT_90",
        "1.7, 0.10, HOT_90",
        "1.7, 0.1000001, NOT_SIGNIFICANT",
        "-3.1, 0.004, COLD_99",
        "-2.1, 0.03, COLD_95",
        "-1.7, 0.09, COLD_90",
        "NaN, NaN, NOT_SIGNIFICANT",
        "0, 0, NOT_SIGNIFICANT"
    })
    void classByAdjustedPValueAndSign(double z, double pAdjusted, HotSpotClass expected) {
        assertEquals(expected, HotSpotClass.classify(z, pAdjusted));
    }

    @ParameterizedTest
    @CsvSource({"HOT_99, 3", "HOT_90, 1", "NOT_SIGNIFICANT, 0", "COLD_95, -2"})
    void binsFollowArcGisGiBin(HotSpotClass hotSpotClass, int bin) {
        assertEquals(bin, hotSpotClass.bin());
    }
}
