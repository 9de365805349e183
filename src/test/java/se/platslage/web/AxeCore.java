package se.platslage.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core for the browser tests' accessibility checks, installed with npm from
 * src/test/browser/package.json (its lock pins 4.14.1) into target/browser-deps on first use. The build
 * itself never needs npm, so `./mvnw spring-boot:run` works with a JDK alone; without npm the checks are
 * skipped with the reason, and under CI (which installs npm) that is a failure.
 */
final class AxeCore {

    private static final Path PACKAGE = Path.of("src", "test", "browser");
    private static final Path INSTALL = Path.of("target", "browser-deps");
    private static final Path SCRIPT = INSTALL.resolve("node_modules/axe-core/axe.min.js");

    private AxeCore() {
    }

    static synchronized Path script() throws IOException {
        if (!Files.isReadable(SCRIPT)) {
            install();
        }
        return SCRIPT;
    }

    private static void install() throws IOException {
        Files.createDirectories(INSTALL);
        for (String file : new String[] {"package.json", "package-lock.json"}) {
            Files.copy(PACKAGE.resolve(file), INSTALL.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        int exit;
        String output;
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline")
                    .directory(INSTALL.toFile()).redirectErrorStream(true).start();
            boolean done = npm.waitFor(5, TimeUnit.MINUTES);
            output = new String(npm.getInputStream().readAllBytes());
            exit = done ? npm.exitValue() : -1;
        } catch (IOException e) {
            notAvailable("npm is not installed (Debian packages nodejs, npm): " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing axe-core", e);
        }
        Assertions.assertEquals(0, exit, "npm ci for axe-core failed:\n" + output);
        Assertions.assertTrue(Files.isReadable(SCRIPT), "npm ci did not install " + SCRIPT);
    }

    private static void notAvailable(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason);
        }
        Assumptions.abort(reason);
    }
}
