package se.platslage.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.platslage.analysis.trend.MannKendallResult;

/** The plain reading of a trend, in the issue's own words. */
class TrendReadingTest {

    static final TrendReading.Subject WITHIN_THE_PLACE =
            TrendReading.Subject.of(List.of("Narkotikabrott"), "assessment", 0);

    static MannKendallResult result(int n, long s, double p) {
        return new MannKendallResult(n, s, Double.NaN, Double.NaN, Double.NaN, p, null);
    }

    @Test
    void aClearFallReadsAsTheIssueWritesIt() {
        Map<String, String> r = TrendReading.reading(WITHIN_THE_PLACE, result(36, -200, 0.0213), -4.1);
        assertEquals("Narkotikabrott inom platsen: minskande, \u22124,1 per år (p = 0,02, 36 månader)", r.get("sv"));
        assertEquals("Narcotics offences within the place: decreasing, \u22124.1 per year (p = 0.02, 36 months)",
                r.get("en"));
    }

    @Test
    void aSlopeWithoutSignificanceIsNoClearTrend() {
        Map<String, String> r = TrendReading.reading(WITHIN_THE_PLACE, result(36, 40, 0.41), 0.8);
        assertEquals("Narkotikabrott inom platsen: ingen tydlig trend, +0,8 per år (p = 0,41, 36 månader)", r.get("sv"));
    }

    @Test
    void tinyPValuesAreBoundedNotRoundedToZero() {
        Map<String, String> r = TrendReading.reading(WITHIN_THE_PLACE, result(60, 900, 2e-9), 12.25);
        assertTrue(r.get("sv").contains("ökande, +12,3 per år (p < 0,001, 60 månader)"), r.get("sv"));
    }

    @Test
    void constantAndShortSeriesSayNoTrendCanBeComputed() {
        MannKendallResult constant = new MannKendallResult(36, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                MannKendallResult.NoTrend.CONSTANT);
        assertEquals("Narkotikabrott inom platsen: ingen trend kan beräknas (alla 36 månader har samma antal)",
                TrendReading.reading(WITHIN_THE_PLACE, constant, Double.NaN).get("sv"));
        MannKendallResult empty = new MannKendallResult(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                MannKendallResult.NoTrend.TOO_FEW_VALUES);
        assertEquals("Narcotics offences within the place: no trend can be computed (0 months, at least 3 are needed)",
                TrendReading.reading(WITHIN_THE_PLACE, empty, Double.NaN).get("en"));
    }

    @Test
    void aPlaceWithABufferSaysHowFar() {
        assertEquals("Alla brott inom 100 m från platsen", TrendReading.Subject.of(List.of(), "place", 100).sv());
    }

    @Test
    void caveatsWarnOfFewMonthsSyntheticDataAndPoliceActivity() {
        Map<String, List<String>> c = TrendReading.caveats(12, true, "place");
        assertTrue(c.get("sv").get(0).startsWith("SYNTETISKA"));
        assertTrue(c.get("sv").stream().anyMatch(s -> s.startsWith("Få månader (12)")));
        assertTrue(c.get("en").stream().anyMatch(s -> s.contains("police activity")));
        assertTrue(TrendReading.caveats(36, false, "place").get("sv").stream().noneMatch(s -> s.startsWith("Få")));
    }
}
