package se.platslage.geo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * What the embedded database loses without its R-tree spatial indexes (issue 17: H2's R-tree is not crash-safe,
 * so V12 drops them). On an H2 file database with H2GIS, with and without {@code CREATE SPATIAL INDEX}: the time
 * to insert incidents in one transaction, and the median time of the map's and the analyses' bbox queries (a
 * bare {@code geom && envelope}, as the *Queries classes write it) for a 2 × 2 km view and a whole-city box, on
 * 1,000 measure-sized polygons and on 200,000 incident points over Stockholm (SWEREF 99 TM).
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) se.platslage.geo.bench.H2SpatialIndexBenchmark
 * </pre>
 */
public final class H2SpatialIndexBenchmark {

    private static final int POINTS = 200_000;
    private static final int POLYGONS = 1_000;
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        for (boolean indexed : new boolean[] {true, false}) {
            Path dir = Files.createTempDirectory("platslage-h2-bench");
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("bench"), "sa", "")) {
                H2GISFunctions.load(c);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE incident (id BIGINT PRIMARY KEY, geom GEOMETRY(POINT, 3006) NOT NULL)");
                    s.execute("CREATE TABLE place (id BIGINT PRIMARY KEY, geom GEOMETRY(GEOMETRY, 3006))");
                    if (indexed) {
                        s.execute("CREATE SPATIAL INDEX incident_geom_idx ON incident(geom)");
                        s.execute("CREATE SPATIAL INDEX place_geom_idx ON place(geom)");
                    }
                }
                SplittableRandom random = new SplittableRandom(17);
                c.setAutoCommit(false);
                long start = System.nanoTime();
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO incident VALUES (?, ST_SetSRID(ST_MakePoint(?, ?), 3006))")) {
                    for (int i = 0; i < POINTS; i++) {
                        insert.setLong(1, i);
                        insert.setDouble(2, 660_000 + random.nextDouble(25_000));
                        insert.setDouble(3, 6_570_000 + random.nextDouble(25_000));
                        insert.addBatch();
                        if (i % 1000 == 999) {
                            insert.executeBatch();
                        }
                    }
                }
                c.commit();
                double insertSeconds = (System.nanoTime() - start) / 1e9;
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO place VALUES (?, ST_Buffer(ST_SetSRID(ST_MakePoint(?, ?), 3006), 40))")) {
                    for (int i = 0; i < POLYGONS; i++) {
                        insert.setLong(1, i);
                        insert.setDouble(2, 660_000 + random.nextDouble(25_000));
                        insert.setDouble(3, 6_570_000 + random.nextDouble(25_000));
                        insert.executeUpdate();
                    }
                }
                c.commit();
                c.setAutoCommit(true);
                System.out.printf("%s: insert %,d points in one transaction %.2f s%n",
                        indexed ? "with R-tree" : "without R-tree", POINTS, insertSeconds);
                String incidents = "SELECT COUNT(*) FROM incident WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 3006)";
                String places = "SELECT COUNT(*) FROM place WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 3006)"
                        + " AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 3006))";
                report(c, "  incidents, 2 x 2 km view", incidents, 670_000, 6_580_000, 672_000, 6_582_000);
                report(c, "  incidents, whole city   ", incidents, 650_000, 6_560_000, 690_000, 6_600_000);
                report(c, "  polygons, 2 x 2 km view ", places, 670_000, 6_580_000, 672_000, 6_582_000);
                report(c, "  polygons, whole city    ", places, 650_000, 6_560_000, 690_000, 6_600_000);
            }
        }
    }

    private static void report(Connection c, String what, String sql, double... box) throws Exception {
        double[] ms = new double[RUNS];
        long rows = 0;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int r = 0; r < RUNS + 3; r++) {
                // a box a metre further each run: H2 reuses the result of a query it has just answered
                for (int p = 0; p < q.getParameterMetaData().getParameterCount(); p++) {
                    q.setDouble(p + 1, box[p % 4] + r);
                }
                long start = System.nanoTime();
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                if (r >= 3) {
                    ms[r - 3] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        Arrays.sort(ms);
        System.out.printf("%s: %,7d rows, median %.1f ms%n", what, rows, ms[RUNS / 2]);
    }
}
