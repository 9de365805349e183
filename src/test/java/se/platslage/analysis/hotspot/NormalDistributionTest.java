package se.platslage.analysis.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two-sided p-values against R 4.2's {@code 2 * pnorm(abs(z), lower.tail = FALSE)}, printed with %.17g. */
class NormalDistributionTest {

    @ParameterizedTest
    @CsvSource({
        "0, 1",
        "0.5, 0.61707507745197387",
        "-0.5, 0.61707507745197387",
        "1.6448536269514722, 0.10000000000000009",
        "1.959963984540054, 0.050000000000000024",
        "2.5758293035489004, 0.010000000000000007",
        "2.9, 0.0037316266007680768",
        "3.5, 0.00046525815807104987",
        "8, 1.244192114854357e-15",
        "12, 3.5529642241553581e-33",
        "30, 9.8134278542963744e-198"
    })
    void twoSidedPValueEqualsR(double z, double expected) {
        assertEquals(expected, NormalDistribution.twoSidedPValue(z), expected * 1e-13);
    }

    @ParameterizedTest
    @CsvSource({"NaN"})
    void nanGivesNan(double z) {
        assertTrue(Double.isNaN(NormalDistribution.twoSidedPValue(z)));
    }
}
