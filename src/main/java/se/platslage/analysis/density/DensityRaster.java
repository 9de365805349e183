package se.platslage.analysis.density;

/**
 * A kernel density surface: incidents per square kilometre at the centre of each pixel, row 0 southernmost.
 *
 * @param minX                  west edge, SWEREF 99 TM metres
 * @param minY                  south edge, SWEREF 99 TM metres
 * @param pixelSizeMeters       pixel side
 * @param columns               pixels per row
 * @param rows                  rows
 * @param bandwidthMeters       kernel radius used
 * @param incidentsPerSquareKm  values, index {@code row * columns + column}
 */
public record DensityRaster(double minX, double minY, double pixelSizeMeters, int columns, int rows,
                            double bandwidthMeters, double[] incidentsPerSquareKm) {

    public double valueAt(int column, int row) {
        return incidentsPerSquareKm[row * columns + column];
    }

    public double pixelCentreX(int column) {
        return minX + (column + 0.5) * pixelSizeMeters;
    }

    public double pixelCentreY(int row) {
        return minY + (row + 0.5) * pixelSizeMeters;
    }

    public double maxValue() {
        double max = 0;
        for (double v : incidentsPerSquareKm) {
            max = Math.max(max, v);
        }
        return max;
    }
}
