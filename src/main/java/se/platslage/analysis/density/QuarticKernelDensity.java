package se.platslage.analysis.density;

import java.util.function.Consumer;
import se.platslage.analysis.incident.Incident;

/**
 * Kernel density estimate with the quartic (biweight) kernel, for the heat view.
 *
 * <p>Algorithm: the density at a pixel centre s is {@code sum_i K(d(s, i))} over incidents i, with
 * <pre>
 *   K(d) = 3 / (pi h^2) * (1 - d^2 / h^2)^2   for d < h,   0 otherwise
 * </pre>
 * (Silverman 1986, eq. 4.5, the form ArcGIS's Kernel Density uses), which integrates to 1 over the disc
 * of radius h, so the surface integrates to the number of incidents. Reported per square kilometre.
 * Incidents stream in and each adds its kernel to the pixels within h: memory is the raster, time
 * O(incidents * (h / pixel)^2). An incident outside the raster still adds to pixels within h of it.
 * No incidents: a raster of zeros.
 */
public final class QuarticKernelDensity implements Consumer<Incident> {

    private static final double SQUARE_METRES_PER_SQUARE_KM = 1e6;

    private final double minX;
    private final double minY;
    private final double pixelSizeMeters;
    private final int columns;
    private final int rows;
    private final double bandwidthMeters;
    private final double[] perSquareMetre;

    public QuarticKernelDensity(double minX, double minY, double pixelSizeMeters, int columns, int rows,
                                double bandwidthMeters) {
        if (!(pixelSizeMeters > 0) || !(bandwidthMeters > 0) || columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("pixel size, bandwidth and raster size must be positive");
        }
        this.minX = minX;
        this.minY = minY;
        this.pixelSizeMeters = pixelSizeMeters;
        this.columns = columns;
        this.rows = rows;
        this.bandwidthMeters = bandwidthMeters;
        this.perSquareMetre = new double[Math.multiplyExact(columns, rows)];
    }

    /** Kernel value per square metre at distance {@code d} for bandwidth {@code h}. */
    public static double kernel(double distanceMeters, double bandwidthMeters) {
        if (distanceMeters >= bandwidthMeters) {
            return 0;
        }
        double u = distanceMeters / bandwidthMeters;
        double t = 1 - u * u;
        return 3 / (Math.PI * bandwidthMeters * bandwidthMeters) * t * t;
    }

    @Override
    public void accept(Incident incident) {
        add(incident.x(), incident.y(), 1);
    }

    /** Adds one point with a weight (1 for an incident). */
    public void add(double x, double y, double weight) {
        int c0 = Math.max(0, (int) Math.floor((x - bandwidthMeters - minX) / pixelSizeMeters));
        int c1 = Math.min(columns - 1, (int) Math.floor((x + bandwidthMeters - minX) / pixelSizeMeters));
        int r0 = Math.max(0, (int) Math.floor((y - bandwidthMeters - minY) / pixelSizeMeters));
        int r1 = Math.min(rows - 1, (int) Math.floor((y + bandwidthMeters - minY) / pixelSizeMeters));
        double h2 = bandwidthMeters * bandwidthMeters;
        double scale = weight * 3 / (Math.PI * h2);
        for (int r = r0; r <= r1; r++) {
            double dy = minY + (r + 0.5) * pixelSizeMeters - y;
            for (int c = c0; c <= c1; c++) {
                double dx = minX + (c + 0.5) * pixelSizeMeters - x;
                double d2 = dx * dx + dy * dy;
                if (d2 < h2) {
                    double t = 1 - d2 / h2;
                    perSquareMetre[r * columns + c] += scale * t * t;
                }
            }
        }
    }

    public DensityRaster toRaster() {
        double[] perKm = new double[perSquareMetre.length];
        for (int i = 0; i < perKm.length; i++) {
            perKm[i] = perSquareMetre[i] * SQUARE_METRES_PER_SQUARE_KM;
        }
        return new DensityRaster(minX, minY, pixelSizeMeters, columns, rows, bandwidthMeters, perKm);
    }
}
