package se.platslage.analysis.density;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/*
 * 10 x 10 pixels of 10 m at the origin, bandwidth h = 30 m, one incident at (55, 55), the centre of
 * pixel (5, 5). K(d) = 3 / (pi h^2) (1 - d^2/h^2)^2 per m^2, times 1e6 for per km^2:
 *
 *   pixel (5,5): d = 0         -> 3e6 / (900 pi)
 *   pixel (6,5): d = 10        -> 3e6 / (900 pi) * (8/9)^2
 *   pixel (7,7): d = sqrt(800) -> 3e6 / (900 pi) * (1/9)^2
 *   pixel (8,5): d = 30 = h    -> 0
 */
class QuarticKernelDensityTest {

    private static final double PEAK = 3e6 / (900 * Math.PI);

    private static DensityRaster oneIncident() {
        QuarticKernelDensity density = new QuarticKernelDensity(0, 0, 10, 10, 10, 30);
        density.add(55, 55, 1);
        return density.toRaster();
    }

    @Test
    void peakAtTheIncident() {
        assertEquals(PEAK, oneIncident().valueAt(5, 5), 1e-9);
    }

    @Test
    void oneCellAway() {
        assertEquals(PEAK * 64 / 81, oneIncident().valueAt(6, 5), 1e-9);
    }

    @Test
    void diagonal() {
        assertEquals(PEAK / 81, oneIncident().valueAt(7, 7), 1e-9);
    }

    @Test
    void zeroAtAndBeyondTheBandwidth() {
        assertEquals(0, oneIncident().valueAt(8, 5));
        assertEquals(0, oneIncident().valueAt(0, 0));
    }

    @Test
    void incidentsAdd() {
        QuarticKernelDensity density = new QuarticKernelDensity(0, 0, 10, 10, 10, 30);
        density.add(55, 55, 1);
        density.add(55, 55, 1);
        assertEquals(2 * PEAK, density.toRaster().valueAt(5, 5), 1e-9);
    }

    @Test
    void surfaceIntegratesToTheNumberOfIncidents() {
        QuarticKernelDensity density = new QuarticKernelDensity(0, 0, 1, 200, 200, 40);
        density.add(100.3, 99.6, 1);
        density.add(60, 140, 1);
        double total = 0;
        for (double perKm2 : density.toRaster().incidentsPerSquareKm()) {
            total += perKm2 * 1e-6; // 1 m^2 pixels
        }
        assertEquals(2.0, total, 1e-3);
    }
}
