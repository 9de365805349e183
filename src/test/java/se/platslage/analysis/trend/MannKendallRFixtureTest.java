package se.platslage.analysis.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.platslage.analysis.FixtureCsv;

/**
 * Mann–Kendall and Sen's slope against R: the fixtures in src/test/resources/analysis/trend were written by
 * make-trend-fixtures.R with {@code cor.test(x, seq_along(x), method = "kendall", exact = FALSE)} (R 4.2.2)
 * on series with and without ties. tau, z and p agree to 1e-9 (p relatively), S exactly.
 */
class MannKendallRFixtureTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Map<String, String>> series() throws IOException {
        return FixtureCsv.read("/analysis/trend/", "series.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void equalsRCorTestKendall(Map<String, String> fixture) {
        double[] values = values(fixture);
        String name = fixture.get("name");
        MannKendallResult result = MannKendall.test(values);

        assertTrue(result.computable(), name);
        assertEquals(Integer.parseInt(fixture.get("n")), result.n(), name + " n");
        assertEquals(Long.parseLong(fixture.get("s")), result.s(), name + " S");
        assertEquals(Double.parseDouble(fixture.get("tau")), result.tau(), TOLERANCE, name + " tau");
        assertEquals(Double.parseDouble(fixture.get("z")), result.z(), TOLERANCE, name + " z");
        double p = Double.parseDouble(fixture.get("p"));
        assertEquals(p, result.pValue(), Math.max(p * TOLERANCE, 1e-300), name + " p");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void sensSlopeEqualsRMedianOfPairwiseSlopes(Map<String, String> fixture) {
        assertEquals(Double.parseDouble(fixture.get("sen")), SensSlope.perStep(values(fixture)), TOLERANCE,
                fixture.get("name"));
    }

    private static double[] values(Map<String, String> fixture) {
        return Arrays.stream(fixture.get("values").trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
