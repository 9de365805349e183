package se.platslage.analysis.grid;

/**
 * For every point, the distance to its nearest non-coincident other point.
 *
 * <p>Coincident points (same x and y) are skipped as neighbours because incidents geocoded to the same
 * address would otherwise give distance 0 and drag any average to nothing; ArcGIS's Average Nearest
 * Neighbor handles coincident points the same way. A point with no non-coincident neighbour gets NaN.
 *
 * <p>Algorithm: bucket the points into a uniform grid of about two points per bucket (counting sort),
 * then for each point search rings of buckets outward until the best distance found is no larger than
 * the distance to the next unsearched ring. Expected O(n) for points that are not extremely clustered;
 * memory O(n).
 */
public final class NearestNeighbourDistances {

    private NearestNeighbourDistances() {
    }

    /** Distances in metres, index-aligned with the inputs. Empty inputs give an empty result. */
    public static double[] compute(double[] xs, double[] ys) {
        int n = xs.length;
        if (ys.length != n) {
            throw new IllegalArgumentException("xs and ys differ in length");
        }
        double[] result = new double[n];
        if (n == 0) {
            return result;
        }
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double width = Math.max(maxX - minX, 1e-9);
        double height = Math.max(maxY - minY, 1e-9);
        double bucketSize = Math.max(Math.sqrt(width * height * 2.0 / n), Math.max(width, height) / 4096);
        int bucketColumns = (int) (width / bucketSize) + 1;
        int bucketRows = (int) (height / bucketSize) + 1;

        int[] bucketOf = new int[n];
        int[] start = new int[bucketColumns * bucketRows + 1];
        for (int i = 0; i < n; i++) {
            int bx = (int) ((xs[i] - minX) / bucketSize);
            int by = (int) ((ys[i] - minY) / bucketSize);
            bucketOf[i] = by * bucketColumns + bx;
            start[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < start.length - 1; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[bucketOf[i]]++] = i;
        }

        int maxRing = Math.max(bucketColumns, bucketRows);
        for (int i = 0; i < n; i++) {
            int bx = bucketOf[i] % bucketColumns;
            int by = bucketOf[i] / bucketColumns;
            double best2 = Double.POSITIVE_INFINITY;
            for (int ring = 0; ring <= maxRing; ring++) {
                for (int y = by - ring; y <= by + ring; y++) {
                    if (y < 0 || y >= bucketRows) {
                        continue;
                    }
                    boolean edgeRow = y == by - ring || y == by + ring;
                    int step = edgeRow ? 1 : 2 * ring;
                    for (int x = bx - ring; x <= bx + ring; x += Math.max(step, 1)) {
                        if (x < 0 || x >= bucketColumns) {
                            continue;
                        }
                        int bucket = y * bucketColumns + x;
                        for (int k = start[bucket]; k < start[bucket + 1]; k++) {
                            int j = order[k];
                            double dx = xs[j] - xs[i];
                            double dy = ys[j] - ys[i];
                            double d2 = dx * dx + dy * dy;
                            if (d2 > 0 && d2 < best2) {
                                best2 = d2;
                            }
                        }
                    }
                }
                double searched = ring * bucketSize; // every point not yet seen is at least this far
                if (best2 <= searched * searched) {
                    break;
                }
            }
            result[i] = best2 == Double.POSITIVE_INFINITY ? Double.NaN : Math.sqrt(best2);
        }
        return result;
    }
}
