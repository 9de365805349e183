package se.platslage.analysis.synthetic;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import se.platslage.analysis.incident.Incident;

/**
 * Synthetic incidents for demos, tests and the benchmark: Gaussian clusters around given places plus a
 * uniform background, inside a bounding box, with a fixed seed so every run gives the same incidents.
 * Every incident is flagged {@code synthetic = true}; the flag is not optional, so generated data cannot
 * be passed off as real.
 *
 * <p>Algorithm: for each incident, with probability {@code backgroundShare} a uniform point in the box,
 * otherwise a cluster picked in proportion to its weight and a point drawn from an isotropic normal
 * distribution around its centre, redrawn until it falls in the box (after 100 misses the point is taken
 * uniformly, so a centre outside the box cannot hang the generator). Times are uniform in
 * {@code [from, to)} at whole seconds; types are picked uniformly. Incidents are produced lazily, so a
 * million of them cost no memory.
 */
public final class SyntheticIncidentGenerator {

    /** A place incidents gather around: centre in EPSG:3006 metres, spread as a standard deviation. */
    public record Cluster(double x, double y, double sigmaMeters, double weight) {
        public Cluster {
            if (!(sigmaMeters > 0) || !(weight > 0)) {
                throw new IllegalArgumentException("sigma and weight must be positive");
            }
        }
    }

    /**
     * @param seed            the fixed seed
     * @param minX            bounding box, SWEREF 99 TM metres
     * @param minY            bounding box
     * @param maxX            bounding box
     * @param maxY            bounding box
     * @param clusters        the places (may be empty: background only)
     * @param backgroundShare share of incidents spread uniformly, 0..1
     * @param from            first instant
     * @param to              end instant (excluded)
     * @param types           incident types to draw from
     */
    public record Settings(long seed, double minX, double minY, double maxX, double maxY, List<Cluster> clusters,
                           double backgroundShare, Instant from, Instant to, List<String> types) {
        public Settings {
            clusters = List.copyOf(clusters);
            types = List.copyOf(types);
            if (!(maxX > minX) || !(maxY > minY)) {
                throw new IllegalArgumentException("empty bounding box");
            }
            if (!(backgroundShare >= 0 && backgroundShare <= 1)) {
                throw new IllegalArgumentException("backgroundShare must lie in [0, 1]");
            }
            if (clusters.isEmpty() && backgroundShare < 1) {
                throw new IllegalArgumentException("without clusters the background share must be 1");
            }
            if (types.isEmpty() || !from.isBefore(to)) {
                throw new IllegalArgumentException("need at least one type and from < to");
            }
        }
    }

    private SyntheticIncidentGenerator() {
    }

    /** {@code count} incidents, generated as they are consumed. */
    public static Iterator<Incident> generate(Settings settings, long count) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] cumulative = new double[settings.clusters().size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += settings.clusters().get(i).weight();
            cumulative[i] = total;
        }
        double totalWeight = total;
        long fromSecond = settings.from().getEpochSecond();
        long seconds = settings.to().getEpochSecond() - fromSecond;
        return new Iterator<>() {
            private long produced;

            @Override
            public boolean hasNext() {
                return produced < count;
            }

            @Override
            public Incident next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                produced++;
                double x;
                double y;
                if (random.nextDouble() < settings.backgroundShare()) {
                    x = uniform(random, settings.minX(), settings.maxX());
                    y = uniform(random, settings.minY(), settings.maxY());
                } else {
                    Cluster cluster = pick(random, settings.clusters(), cumulative, totalWeight);
                    int tries = 0;
                    do {
                        x = cluster.x() + random.nextGaussian() * cluster.sigmaMeters();
                        y = cluster.y() + random.nextGaussian() * cluster.sigmaMeters();
                    } while (!inside(settings, x, y) && ++tries < 100);
                    if (!inside(settings, x, y)) {
                        x = uniform(random, settings.minX(), settings.maxX());
                        y = uniform(random, settings.minY(), settings.maxY());
                    }
                }
                Instant time = Instant.ofEpochSecond(fromSecond + random.nextLong(Math.max(1, seconds)));
                String type = settings.types().get(random.nextInt(settings.types().size()));
                return new Incident(x, y, time, type, true);
            }
        };
    }

    private static double uniform(SplittableRandom random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    private static boolean inside(Settings settings, double x, double y) {
        return x >= settings.minX() && x < settings.maxX() && y >= settings.minY() && y < settings.maxY();
    }

    private static Cluster pick(SplittableRandom random, List<Cluster> clusters, double[] cumulative, double total) {
        double u = random.nextDouble() * total;
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return clusters.get(i);
            }
        }
        return clusters.get(clusters.size() - 1);
    }
}
