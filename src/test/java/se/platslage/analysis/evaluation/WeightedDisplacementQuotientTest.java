package se.platslage.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Bowers and Johnson (2003): SM = A_a/C_a - A_b/C_b, BDM = B_a/C_a - B_b/C_b, WDQ = BDM/SM,
 * TNE = (A_b C_a/C_b - A_a) + (B_b C_a/C_b - B_a). Every case: response A 100 -> 60, control C 200 -> 200
 * unless said otherwise, so SM = 0.3 - 0.5 = -0.2 and 40 incidents prevented in A.
 */
class WeightedDisplacementQuotientTest {

    private static final BeforeAfterCounts RESPONSE = new BeforeAfterCounts(100, 60);
    private static final BeforeAfterCounts CONTROL = new BeforeAfterCounts(200, 200);

    private static WeightedDisplacementQuotient.Result withBuffer(long before, long after) {
        return WeightedDisplacementQuotient.evaluate(RESPONSE, new BeforeAfterCounts(before, after), CONTROL);
    }

    @Test
    void diffusionOfBenefit() {
        // B 50 -> 40: BDM = 0.2 - 0.25 = -0.05, WDQ = 0.25, TNE = 40 + 10
        WeightedDisplacementQuotient.Result r = withBuffer(50, 40);
        assertEquals(-0.2, r.successMeasure(), 1e-12);
        assertEquals(-0.05, r.bufferDisplacementMeasure(), 1e-12);
        assertEquals(0.25, r.quotient(), 1e-12);
        assertEquals(50, r.totalNetEffect(), 1e-12);
        assertEquals(DisplacementReading.DIFFUSION_OF_BENEFIT, r.reading());
    }

    @Test
    void diffusionGreaterThanTheDirectEffect() {
        // B 50 -> 0: BDM = -0.25, WDQ = 1.25, TNE = 40 + 50
        WeightedDisplacementQuotient.Result r = withBuffer(50, 0);
        assertEquals(1.25, r.quotient(), 1e-12);
        assertEquals(90, r.totalNetEffect(), 1e-12);
        assertEquals(DisplacementReading.DIFFUSION_GREATER_THAN_DIRECT_EFFECT, r.reading());
    }

    @Test
    void noDisplacementWhenTheBufferFollowsTheControl() {
        WeightedDisplacementQuotient.Result r = withBuffer(50, 50);
        assertEquals(0, r.quotient(), 1e-12);
        assertEquals(DisplacementReading.NO_DISPLACEMENT_OR_DIFFUSION, r.reading());
    }

    @Test
    void displacementSmallerThanTheDirectEffect() {
        // B 50 -> 80: BDM = 0.4 - 0.25 = 0.15, WDQ = -0.75, TNE = 40 - 30
        WeightedDisplacementQuotient.Result r = withBuffer(50, 80);
        assertEquals(-0.75, r.quotient(), 1e-12);
        assertEquals(10, r.totalNetEffect(), 1e-12);
        assertEquals(DisplacementReading.DISPLACEMENT_SMALLER_THAN_DIRECT_EFFECT, r.reading());
    }

    @Test
    void displacementGreaterThanTheDirectEffectMeansTheMeasureBackfired() {
        // B 50 -> 100: BDM = 0.25, WDQ = -1.25, TNE = 40 - 50
        WeightedDisplacementQuotient.Result r = withBuffer(50, 100);
        assertEquals(-1.25, r.quotient(), 1e-12);
        assertEquals(-10, r.totalNetEffect(), 1e-12);
        assertEquals(DisplacementReading.DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT, r.reading());
    }

    @Test
    void noSuccessInTheResponseAreaIsNotReadAsDisplacement() {
        // A 100 -> 110 while C is flat: SM = +0.05
        WeightedDisplacementQuotient.Result r = WeightedDisplacementQuotient.evaluate(
                new BeforeAfterCounts(100, 110), new BeforeAfterCounts(50, 80), CONTROL);
        assertEquals(0.05, r.successMeasure(), 1e-12);
        assertEquals(DisplacementReading.NO_SUCCESS_IN_RESPONSE_AREA, r.reading());
    }

    @Test
    void theControlsTrendIsTakenOut() {
        // everything doubled city-wide, A stayed at 100: SM = 100/400 - 100/200 = -0.25, TNE = (200 - 100) + 0
        WeightedDisplacementQuotient.Result r = WeightedDisplacementQuotient.evaluate(
                new BeforeAfterCounts(100, 100), new BeforeAfterCounts(50, 100), new BeforeAfterCounts(200, 400));
        assertEquals(-0.25, r.successMeasure(), 1e-12);
        assertEquals(0, r.bufferDisplacementMeasure(), 1e-12);
        assertEquals(100, r.totalNetEffect(), 1e-12);
    }

    @Test
    void anEmptyControlAreaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> WeightedDisplacementQuotient.evaluate(
                RESPONSE, new BeforeAfterCounts(1, 1), new BeforeAfterCounts(0, 5)));
    }
}
