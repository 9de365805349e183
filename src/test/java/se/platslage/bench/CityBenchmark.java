package se.platslage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.platslage.PlatslageApplication;

/**
 * Platsläge at city scale against raw PostGIS, side by side in one run (issue 16).
 *
 * Starts the application on the {@code postgis} profile against the database given as {@code bench.db}
 * (demo data loaded as on any start), adds the city data set of {@code bench/city-data-set.sql} once
 * (10,000 measures on 2,500 places, 1,000,000 incidents), then for each workload alternates our endpoint
 * and the raw SQL returning the same FeatureCollection, {@value #CLIENTS} clients for {@code bench.seconds}
 * each, {@value #ROUNDS} rounds, and prints requests per second, median and p99 latency, bytes and the
 * ratio ours/raw. The raw side runs its statement prepared on one connection per client, as pgbench -M
 * prepared does, so it meets the same generic-plan switch after five executions that a pooled connection
 * meets. Run (README "At city scale, against raw PostGIS"):
 * <pre>
 * ./mvnw -q -Pbench test-compile -Dbench.db=jdbc:postgresql://127.0.0.1:5432/platslage_bench
 * </pre>
 * {@code -Dbench.only=hot} runs only the workloads whose name contains "hot". {@code -Dbench.stability=60}
 * runs each chosen workload of ours alone for 60 s instead, printing the median and p99 of every 10 s window,
 * and then shows the plan PostgreSQL uses for the measures' bbox query after repeated executions of the
 * prepared statement (custom and generic plan), so a plan flip would show.
 * The database must exist with the postgis extension; user {@code bench.user} (default postgres).
 */
public final class CityBenchmark {

    static final int CLIENTS = 2;
    static final int ROUNDS = 2;
    static final int WARM_UP = 20;

    /** About 2 × 2 km of Södermalm, and the whole city (lon,lat, WGS84). */
    static final double[] VIEW = {18.045, 59.305, 18.080, 59.323};
    static final double[] CITY = {17.70, 59.20, 18.30, 59.45};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String db;
    private final String user;
    private final double seconds;
    /** {@code -Dbench.only=hot}: only the workloads whose name contains it. */
    private final String only = System.getProperty("bench.only", "");
    /** {@code -Dbench.stability=60}: seconds of the stability run per workload; 0 = the comparison. */
    private final int stabilitySeconds = Integer.getInteger("bench.stability", 0);
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String token;

    private CityBenchmark(String db, String user, double seconds) {
        this.db = db;
        this.user = user;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/platslage_bench");
        new CityBenchmark(db, System.getProperty("bench.user", "postgres"),
                Double.parseDouble(System.getProperty("bench.seconds", "8"))).run();
    }

    private void run() throws Exception {
        System.setProperty("spring.profiles.active", "postgis");
        System.setProperty("spring.datasource.url", db);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("platslage.security.demo", "true");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "WARN");
        long startNanos = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatslageApplication.class).run()) {
            System.out.printf(Locale.ROOT, "started in %.1f s%n", (System.nanoTime() - startNanos) / 1e9);
            base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            loadCityDataSet();
            token = issueToken();
            System.out.printf(Locale.ROOT, "%s, %d cores, load average %.1f, %s%n", Instant.now(),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
            if (stabilitySeconds > 0) {
                stability("`/api/measures?bbox=` view", "/api/measures?limit=1000&bbox=" + bbox(VIEW));
                stability("`/ogc/collections/measures/items` view", "/ogc/collections/measures/items?limit=1000&bbox="
                        + bbox(VIEW));
                stability("`/api/measures/layer` view", "/api/measures/layer?bbox=" + bbox(VIEW));
                new PlanCheck(db, user).print(VIEW);
                new PlanCheck(db, user).print(CITY);
                return;
            }
            System.out.println("| work | Platsläge req/s | p50 / p99 ms | bytes | raw PostGIS q/s | p50 / p99 ms | bytes | ratio |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            compare("`/api/measures?bbox=` view", "/api/measures?limit=1000&bbox=" + bbox(VIEW), RawSql.LIST, VIEW);
            compare("`/api/measures?bbox=` city (1,000 of all)", "/api/measures?limit=1000&bbox=" + bbox(CITY),
                    RawSql.LIST, CITY);
            compare("`/ogc/collections/measures/items` view", "/ogc/collections/measures/items?limit=1000&bbox="
                    + bbox(VIEW), RawSql.LIST, VIEW);
            compare("`/api/measures/layer` view", "/api/measures/layer?bbox=" + bbox(VIEW), RawSql.LAYER, VIEW);
            compare("`/api/measures/layer` city", "/api/measures/layer?bbox=" + bbox(CITY), RawSql.LAYER, CITY);
            compare("hot spots, 100 m cells, city, GeoJSON", "/api/analysis/hotspots?data=synthetic&source=bench-city"
                    + "&cellSize=100&bbox=" + bbox(CITY), RawSql.CELL_COUNTS, CITY);
            compare("hot spots, 100 m cells, city, compact (the map's)", "/api/analysis/hotspots?data=synthetic"
                    + "&source=bench-city&cellSize=100&format=cells&bbox=" + bbox(CITY), RawSql.CELL_COUNTS, CITY);
        }
    }

    private void compare(String work, String path, String rawSql, double[] box) throws Exception {
        if (!work.contains(only)) {
            return;
        }
        // untimed warm-up, so that short runs measure compiled code, not the JIT (the raw side's plan is
        // likewise prepared before it is timed)
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        Result ours = Result.none();
        Result raw = Result.none();
        for (int round = 0; round < ROUNDS; round++) {
            ours = ours.plus(load(() -> get(path)));
            raw = raw.plus(loadRaw(rawSql, box));
        }
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f / %.0f | %,d | %.2f | %.0f / %.0f | %,d | %.2f |%n", work,
                ours.perSecond(), ours.percentile(50), ours.percentile(99), ours.bytes,
                raw.perSecond(), raw.percentile(50), raw.percentile(99), raw.bytes, ours.perSecond() / raw.perSecond());
    }

    /**
     * Ours alone for {@code bench.stability} seconds, {@value #CLIENTS} clients, after the warm-up: requests,
     * median and p99 of every 10 s window (by the time a request started), so a slow drift or a sudden step (a
     * plan flip, a pool running dry, garbage collection) shows where a whole-run percentile would hide it.
     */
    private void stability(String work, String path) throws Exception {
        if (!work.contains(only)) {
            return;
        }
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        int windows = Math.max(1, stabilitySeconds / 10);
        long t0 = System.nanoTime();
        long end = t0 + stabilitySeconds * 1_000_000_000L;
        List<List<Double>> byWindow = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            byWindow.add(java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    get(path);
                    int w = (int) Math.min(windows - 1, (s - t0) / 10_000_000_000L);
                    byWindow.get(w).add((System.nanoTime() - s) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%n%s, %d s, %d clients, load average %.1f%n%n", work, stabilitySeconds, CLIENTS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| window | requests | req/s | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (int w = 0; w < windows; w++) {
            double[] l = byWindow.get(w).stream().mapToDouble(Double::doubleValue).toArray();
            Result r = new Result(l.length, l, 0, 0);
            System.out.printf(Locale.ROOT, "| %d–%d s | %d | %.1f | %.0f | %.0f | %.0f |%n",
                    w * 10, w * 10 + 10, l.length, l.length / 10.0, r.percentile(50), r.percentile(99),
                    r.percentile(100));
        }
    }

    /** {@value #CLIENTS} clients calling {@code call} (returns bytes received) for the set time. */
    private Result load(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                Result r = Result.none();
                long t0 = System.nanoTime();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    int bytes = call.call();
                    r = r.plus(new Result(1, new double[] {(System.nanoTime() - s) / 1e6}, bytes, 0));
                }
                return r.withElapsed((System.nanoTime() - t0) / 1e9);
            }));
        }
        Result total = Result.none();
        for (Future<Result> f : futures) {
            total = total.plus(f.get());
        }
        pool.shutdown();
        return total;
    }

    private Result loadRaw(String sql, double[] box) throws Exception {
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Connection connection = DriverManager.getConnection(db, user, "");
            connections.add(connection);
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < 4; i++) {
                statement.setDouble(i + 1, box[i]);
            }
            statements.add(statement);
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ThreadLocal<PreparedStatement> mine = ThreadLocal.withInitial(() -> statements.get(next.getAndIncrement()));
        try {
            return load(() -> {
                try (ResultSet rs = mine.get().executeQuery()) {
                    int bytes = 0;
                    while (rs.next()) {
                        String text = rs.getString(1);
                        bytes += text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
                    }
                    return bytes;
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private int get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** A token for admin, so that every request costs a token check, not a password hash. */
    private String issueToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"city benchmark " + Instant.now() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(response.body());
        if (!json.hasNonNull("token")) {
            throw new IllegalStateException("no token: HTTP " + response.statusCode() + " " + response.body());
        }
        return json.get("token").asText();
    }

    private void loadCityDataSet() throws Exception {
        try (Connection c = DriverManager.getConnection(db, user, ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM plan WHERE code LIKE 'bench-%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    System.out.println("city data set already loaded");
                    return;
                }
            }
            long start = System.nanoTime();
            String script;
            try (InputStream in = CityBenchmark.class.getResourceAsStream("/bench/city-data-set.sql")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String statement : script.split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
            System.out.printf(Locale.ROOT, "city data set loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static String bbox(double[] b) {
        return b[0] + "," + b[1] + "," + b[2] + "," + b[3];
    }

    /** Requests, latencies (ms), bytes of the last response, and the clients' summed elapsed seconds. */
    record Result(int requests, double[] latencies, int bytes, double elapsed) {

        static Result none() {
            return new Result(0, new double[0], 0, 0);
        }

        Result plus(Result o) {
            double[] all = Arrays.copyOf(latencies, latencies.length + o.latencies.length);
            System.arraycopy(o.latencies, 0, all, latencies.length, o.latencies.length);
            return new Result(requests + o.requests, all, o.bytes > 0 ? o.bytes : bytes, elapsed + o.elapsed);
        }

        Result withElapsed(double seconds) {
            return new Result(requests, latencies, bytes, seconds);
        }

        /** Throughput of all clients together: requests over the mean client's elapsed time. */
        double perSecond() {
            return elapsed == 0 ? 0 : requests / (elapsed / CLIENTS);
        }

        double percentile(int p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }
}
