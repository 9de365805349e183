package se.platslage.analysis.hotspot;

import se.platslage.analysis.grid.CellCounts;
import se.platslage.analysis.grid.CellLattice;
import se.platslage.analysis.grid.DenseCellCounts;
import se.platslage.analysis.grid.NeighbourStencil;
import se.platslage.analysis.grid.StudyAreaCells;

/**
 * Global Moran's I of cell counts with row-standardised binary fixed-distance-band weights, with its
 * expectation, variance under the randomisation assumption and z-score.
 *
 * <p>Weights: cell j is a neighbour of i when their centres are within the band and j != i (no self, unlike
 * Gi*); w_ij = 1/d_i with d_i the number of i's neighbours. Row standardisation because ArcGIS's
 * Incremental Spatial Autocorrelation, whose peak this feeds, offers it and recommends it when the features
 * come from an imposed aggregation scheme, as a grid is (ArcGIS Pro tool reference, "Incremental Spatial
 * Autocorrelation"; whether it is that tool's default was not confirmed from the documentation). This is spdep's {@code nb2listw(dnearneigh(coords, 0,
 * band), style = "W")}. Every included cell needs at least one neighbour (ArcGIS error 000937); the peak
 * search starts at a band that gives every cell one.
 *
 * <p>Formulas: Cliff and Ord (1981), as in spdep's {@code moran.test(randomisation = TRUE)}, its default,
 * and ArcGIS's "How Spatial Autocorrelation (Global Moran's I) works". With z_i = x_i - xbar over the n
 * included cells, S0 = sum_ij w_ij = n, S1 = 1/2 sum_ij (w_ij + w_ji)^2, S2 = sum_i (w_i. + w_.i)^2 and the
 * sample kurtosis K = n sum z^4 / (sum z^2)^2:
 * <pre>
 *   I    = n / S0 * sum_i z_i sum_j w_ij z_j / sum_i z_i^2,      E[I] = -1 / (n - 1)
 *   V[I] = [n ((n^2 - 3n + 3) S1 - n S2 + 3 S0^2) - K ((n^2 - n) S1 - 2n S2 + 6 S0^2)]
 *          / ((n - 1)(n - 2)(n - 3) S0^2) - E[I]^2
 *   z    = (I - E[I]) / sqrt(V[I])
 * </pre>
 * Neighbourhoods are symmetric, so with B_i = sum over i's neighbours of 1/d_j:
 * S1 = sum_i 1/d_i + sum_i B_i / d_i and S2 = sum_i (1 + B_i)^2.
 *
 * <p>Algorithm: the neighbour counts and count sums are Gi*'s (its row-prefix or lookup path, the cell
 * itself then subtracted); B_i is one more pass of the same stencil over 1/d. O(cells * band rows) time,
 * O(cells) memory, nothing stored per neighbour pair. Undefined values (n < 4, all counts equal) are NaN.
 */
public final class GlobalMoransI {

    /**
     * @param distanceBandMeters the band
     * @param n                  cells in the statistic
     * @param index              Moran's I
     * @param expected           E[I] = -1 / (n - 1)
     * @param variance           V[I] under randomisation
     * @param zScore             (I - E[I]) / sqrt(V[I])
     */
    public record Result(double distanceBandMeters, int n, double index, double expected, double variance,
                         double zScore) {
    }

    private GlobalMoransI() {
    }

    /** Moran's I over the cells of the study area that the inclusion rule admits. */
    public static Result compute(CellCounts counts, StudyAreaCells area, CellInclusion inclusion,
                                 double distanceBandMeters) {
        CellLattice lattice = counts.lattice();
        if (area.lattice() != lattice) {
            throw new IllegalArgumentException("the study area belongs to another lattice");
        }
        NeighbourStencil stencil = lattice.distanceBandStencil(distanceBandMeters);
        int[] cellIds = GetisOrdGiStar.includedCells(counts, area, inclusion);
        int n = cellIds.length;
        int[] withSelf = new int[n];
        long[] sumsWithSelf = new long[n];
        boolean dense = counts instanceof DenseCellCounts;
        if (dense) {
            GetisOrdGiStar.sumByRowPrefixes((DenseCellCounts) counts, area, inclusion, stencil, cellIds, withSelf,
                    sumsWithSelf);
        } else {
            GetisOrdGiStar.sumByStencilLookup(counts, area, inclusion, stencil, cellIds, withSelf, sumsWithSelf);
        }
        int[] values = new int[n];
        double total = 0;
        double[] inverseDegree = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = counts.count(cellIds[k]);
            total += values[k];
            int degree = withSelf[k] - 1;
            if (degree < 1) {
                throw new IllegalArgumentException("cell " + cellIds[k] + " has no neighbour within "
                        + distanceBandMeters + " m: row-standardised weights need one");
            }
            inverseDegree[k] = 1.0 / degree;
        }
        if (n < 4) {
            return new Result(distanceBandMeters, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = total / n;
        double m2 = 0;
        double m4 = 0;
        double cross = 0;
        for (int k = 0; k < n; k++) {
            double z = values[k] - mean;
            double z2 = z * z;
            m2 += z2;
            m4 += z2 * z2;
            int degree = withSelf[k] - 1;
            double neighbourSum = sumsWithSelf[k] - values[k];
            cross += z * (neighbourSum - degree * mean) * inverseDegree[k];
        }
        double[] inverseDegreeSums = BandFieldSums.sum(lattice, stencil, cellIds, inverseDegree, dense);
        double s0 = n;
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k < n; k++) {
            double b = inverseDegreeSums[k] - inverseDegree[k];
            s1 += inverseDegree[k] + b * inverseDegree[k];
            s2 += (1 + b) * (1 + b);
        }
        double nn = (double) n * n;
        double index = n / s0 * cross / m2;
        double expected = -1.0 / (n - 1);
        double kurtosis = n * m4 / (m2 * m2);
        double s02 = s0 * s0;
        double variance = (n * (s1 * (nn - 3.0 * n + 3) - n * s2 + 3 * s02)
                - kurtosis * (s1 * (nn - n) - 2.0 * n * s2 + 6 * s02))
                / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02) - expected * expected;
        double z = m2 > 0 && variance > 0 ? (index - expected) / Math.sqrt(variance) : Double.NaN;
        if (!(m2 > 0)) {
            index = Double.NaN;
        }
        return new Result(distanceBandMeters, n, index, expected, variance, z);
    }
}
