package se.platslage.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The service in a child JVM, so that a test can kill it like {@code kill -9} does and start it again on the same
 * database. The child gets the test's own class path (target/classes, target/test-classes and the dependencies,
 * as surefire and failsafe pass it in {@code surefire.test.class.path}) through a Java argument file, so the
 * command line stays short however long the class path is.
 */
final class ServiceProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());

    private final Path workDir;
    private final List<String> appArgs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Path log;
    private int port;
    private int starts;

    /** @param appArgs Spring arguments ({@code --key=value}) that pick the database */
    ServiceProcess(Path workDir, List<String> appArgs) {
        this.workDir = workDir;
        this.appArgs = appArgs;
    }

    /** Starts the service and waits until its health check answers UP; fails with the log if it does not. */
    void start() throws IOException, InterruptedException {
        port = freePort();
        starts++;
        log = workDir.resolve("service-" + starts + ".log");
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        Path argFile = workDir.resolve("java-args.txt");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.writeString(argFile, "-cp\n\"" + classPath.replace("\\", "\\\\") + "\"\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp, "@" + argFile,
                "se.platslage.PlatslageApplication", "--server.port=" + port, "--platslage.security.demo=true",
                "--platslage.geodata.dir=" + Path.of("geodata").toAbsolutePath(), "--logging.level.root=WARN",
                "--logging.level.org.springframework.boot.StartupInfoLogger=INFO"));
        command.addAll(appArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service did not start (exit " + process.exitValue() + "):\n" + logTail());
            }
            try {
                HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET(), false);
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new AssertionError("the service did not answer UP within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** Like kill -9: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** A clean stop (SIGTERM: Spring closes the database). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    Path tempDir() {
        return workDir.resolve("tmp");
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), true);
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    HttpResponse<String> upload(String path, String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "platslage-crash-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), true);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean asAdmin) throws IOException, InterruptedException {
        if (asAdmin) {
            request.header("Authorization", ADMIN);
        }
        return http.send(request.timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
