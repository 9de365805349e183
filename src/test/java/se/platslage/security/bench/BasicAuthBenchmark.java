package se.platslage.security.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.platslage.PlatslageApplication;

/**
 * What signing in costs per request (issue 16: Basic ran Argon2 on every request): {@code GET /api/me} over HTTP
 * with HTTP Basic (verified credentials kept, see VerifiedCredentials), with an API token, and with Basic for an
 * unknown account (one dummy Argon2 check each), by 4 clients for 10 s each after a 3 s warm-up. Starts the
 * application on an in-memory H2 + H2GIS (or the database given by spring.datasource.*). Run from the project root:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) se.platslage.security.bench.BasicAuthBenchmark
 * </pre>
 */
public final class BasicAuthBenchmark {

    private static final int CLIENTS = 4;

    public static void main(String[] args) throws Exception {
        System.setProperty("platslage.security.demo", "true");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.se.platslage", "WARN");
        if (System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:platslage-auth-bench;DB_CLOSE_DELAY=-1");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatslageApplication.class).run()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString("lasare:demo".getBytes());
            String issued = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String token = "Bearer " + issued.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            String unknown = "Basic " + Base64.getEncoder().encodeToString("finns-inte:demo".getBytes());
            for (String[] run : new String[][] {{"Basic", basic}, {"token", token}, {"Basic, unknown account", unknown}}) {
                rate(http, port, run[1], 3);
                System.out.printf("%-24s %6.1f req/s%n", run[0], rate(http, port, run[1], 10));
            }
        }
    }

    private static double rate(HttpClient http, int port, String authorization, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            counts.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                            .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.discarding());
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : counts) {
            total += f.get();
        }
        pool.shutdown();
        return total / (double) seconds;
    }
}
