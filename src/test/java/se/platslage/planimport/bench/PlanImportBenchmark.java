package se.platslage.planimport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.platslage.PlatslageApplication;
import se.platslage.planfile.ActionPlan;
import se.platslage.planfile.PlanArea;
import se.platslage.planfile.PlanCause;
import se.platslage.planfile.PlanFileWriter;
import se.platslage.planfile.PlanMeasure;
import se.platslage.planfile.PlanProblem;

/**
 * How long importing a 10,000-row plan takes end to end, and how much heap it needs (issue 5: "a 10,000-row file
 * must import in seconds with bounded memory").
 *
 * Starts the application (embedded H2 + H2GIS in memory, or the database given by spring.datasource.*), builds
 * a workbook from the Hässelby-Vällingby plan's real rows repeated to 5 areas × 200 problems × 10 measures =
 * 10,000 measure rows, and uploads it to {@code POST /api/plans/import} as admin over HTTP: first a dry run,
 * then the real import (one transaction, an audit record per created row). Reports wall time per request, the
 * server's own elapsedMs, and the peak heap above the baseline, sampled every 5 ms. Run from the project root:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat cp.txt) se.platslage.planimport.bench.PlanImportBenchmark
 * </pre>
 * For PostGIS add {@code -Dspring.profiles.active=postgis -Dspring.datasource.url=... -Dspring.datasource.username=...}.
 */
public final class PlanImportBenchmark {

    static final int AREAS = 5;
    static final int PROBLEMS_PER_AREA = 200;
    static final int MEASURES_PER_PROBLEM = 10;

    public static void main(String[] args) throws Exception {
        // System properties, because application.yml outranks an application's default properties.
        System.setProperty("platslage.security.demo", "true");
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.se.platslage", "WARN");
        if (System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", "jdbc:h2:mem:platslage-bench;DB_CLOSE_DELAY=-1");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatslageApplication.class).run()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            ObjectMapper json = new ObjectMapper().findAndRegisterModules();
            ActionPlan real = json.readValue(Path.of("geodata/plans/hasselby-vallingby-2025.json").toFile(), ActionPlan.class);
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            new PlanFileWriter().writePlan(repeat(real), xlsx);
            System.out.printf("workbook: %d measure rows, %.1f MB%n", AREAS * PROBLEMS_PER_AREA * MEASURES_PER_PROBLEM,
                    xlsx.size() / 1e6);
            for (boolean dryRun : new boolean[] {true, false}) {
                measure(port, xlsx.toByteArray(), dryRun, json);
            }
        }
    }

    private static void measure(int port, byte[] xlsx, boolean dryRun, ObjectMapper json) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        // The process's CPU time too: on a shared machine wall time follows the load, CPU time does not.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        HttpResponse<String> response = upload(port, xlsx, dryRun);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        sampler.interrupt();
        sampler.join();
        JsonNode result = json.readTree(response.body());
        System.out.printf("%s: HTTP %d, %s measures, server %s ms, wall %.2f s, JVM CPU %.2f s (load average %.1f),"
                        + " peak heap above baseline %.0f MB (max heap %.0f MB)%n", dryRun ? "dry run" : "import",
                response.statusCode(), result.path("counts").path("measures").asText(),
                result.path("elapsedMs").asText(), seconds, cpuSeconds, os.getSystemLoadAverage(),
                (peak.get() - baseline) / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static HttpResponse<String> upload(int port, byte[] xlsx, boolean dryRun) throws Exception {
        String boundary = "platslage-bench-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/plans/import?district=hasselby-vallingby&year=2027&dryRun=" + dryRun))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The plan's real problems and measures, repeated to the benchmark's shape. */
    static ActionPlan repeat(ActionPlan real) {
        List<PlanProblem> sourceProblems = real.priorityAreas().stream().flatMap(a -> a.problems().stream())
                .filter(p -> !p.causes().isEmpty() && !p.causes().get(0).measures().isEmpty()).toList();
        List<PlanMeasure> sourceMeasures = sourceProblems.stream().flatMap(p -> p.causes().stream())
                .flatMap(c -> c.measures().stream()).toList();
        List<PlanArea> areas = new ArrayList<>();
        int m = 0;
        for (int area = 1; area <= AREAS; area++) {
            List<PlanProblem> problems = new ArrayList<>();
            for (int i = 0; i < PROBLEMS_PER_AREA; i++) {
                PlanProblem p = sourceProblems.get((area * PROBLEMS_PER_AREA + i) % sourceProblems.size());
                List<PlanMeasure> measures = new ArrayList<>();
                for (int j = 0; j < MEASURES_PER_PROBLEM; j++) {
                    measures.add(sourceMeasures.get(m++ % sourceMeasures.size()));
                }
                problems.add(new PlanProblem(null, p.description(), p.places(), p.targetGroup(), p.timePattern(),
                        List.of(new PlanCause(p.causes().get(0).description(), measures))));
            }
            areas.add(new PlanArea(area, real.priorityAreas().get(area - 1).name(), problems));
        }
        return new ActionPlan(real.id(), real.district(), real.year(), real.kind(), real.title(),
                real.sourceDocument(), real.adopted(), null, List.of(), areas);
    }
}
