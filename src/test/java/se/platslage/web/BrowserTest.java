package se.platslage.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A test in a real browser: Debian's Chromium (/usr/bin/chromium) driven through its chromedriver, against
 * the whole application on a random port (embedded H2GIS, demo accounts on). Map tiles are blocked, so no
 * test depends on the internet and the map must stand on its own layers. Without Chromium installed
 * (`apt-get install chromium chromium-driver`, done by .ci/run) the tests are skipped, not failed.
 */
// A database of their own: what the browser saves is committed, and must not change other tests' data.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:platslage-browser;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("platslage.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("platslage.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    ChromeDriver driver;

    @BeforeAll
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium and chromedriver (Debian packages chromium, chromium-driver) are not installed";
        // CI installs them, so there a missing browser is a failure, never a silent skip.
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(installed, missing);
        }
        Assumptions.assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=sv-SE", "--window-size=1400,900");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        // No internet tiles: the tile server is blocked, as it would be offline.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*tile.openstreetmap.org*")));
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the login page, then opens the given page and waits until its data has loaded. */
    void signInAndOpen(String username, String pathAndQuery) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login.html"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        open(pathAndQuery);
    }

    void open(String pathAndQuery) {
        driver.get(url(pathAndQuery));
        try {
            waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        } catch (TimeoutException e) {
            throw new AssertionError("page did not load: " + driver.getCurrentUrl() + "\n"
                    + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())) + "\n" + driver.findElement(By.tagName("body")).getText()
                    + "\nconsole: " + driver.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
    }

    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Panels are re-rendered when data arrives: look elements up again rather than fail on a stale one.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    int listCount() {
        return Integer.parseInt(driver.findElement(By.id("list-count")).getDomAttribute("data-count"));
    }

    List<WebElement> listItems() {
        return driver.findElements(By.cssSelector("#list-section .measure-item"));
    }

    void phoneSize() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void desktopSize() {
        driver.manage().window().setSize(new Dimension(1400, 900));
    }

    /** The viewport at exactly width × height CSS pixels (a phone: 390 × 844; a desktop: 1440 × 900). */
    void viewport(int width, int height) {
        // The window's size includes what headless Chromium keeps for a frame, and the page learns a new size a
        // moment after it is set: grow the window by the difference until the page sees exactly this viewport.
        int[] window = {width, height};
        driver.manage().window().setSize(new Dimension(width, height));
        waitFor().pollingEvery(Duration.ofMillis(200)).until(d -> {
            @SuppressWarnings("unchecked")
            List<Number> inner = (List<Number>) js("return [window.innerWidth, window.innerHeight]");
            int dw = width - inner.get(0).intValue();
            int dh = height - inner.get(1).intValue();
            if (dw == 0 && dh == 0) {
                return true;
            }
            window[0] += dw;
            window[1] += dh;
            driver.manage().window().setSize(new Dimension(window[0], window[1]));
            return false;
        });
        @SuppressWarnings("unchecked")
        List<Number> now = (List<Number>) js("return [window.innerWidth, window.innerHeight]");
        Assertions.assertEquals(List.of(width, height), List.of(now.get(0).intValue(), now.get(1).intValue()), "viewport");
    }

    /** The element's box: [left, top, right, bottom] in viewport pixels. */
    double[] box(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return [r.left, r.top, r.right, r.bottom];", element);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** Asserts that the whole element lies inside the viewport (what the user sees without scrolling). */
    void assertInViewport(WebElement element, String what) {
        double[] b = box(element);
        Number width = (Number) js("return window.innerWidth");
        Number height = (Number) js("return window.innerHeight");
        Assertions.assertTrue(b[2] > b[0] && b[3] > b[1], what + " has no size: " + java.util.Arrays.toString(b));
        // One pixel of tolerance: boxes are laid out in fractions of a pixel.
        Assertions.assertTrue(b[0] >= -1 && b[1] >= -1 && b[2] <= width.doubleValue() + 1
                && b[3] <= height.doubleValue() + 1,
                what + " is outside the " + width + "×" + height + " viewport: " + java.util.Arrays.toString(b));
    }

    /**
     * axe-core's serious and critical violations on the page as "rule (impact): targets" lines; empty when
     * there are none. The one checker for every page and dialog of every role.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(Files.readString(AxeCore.script()));
        }
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] })"
                + ".then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', '))))"
                + ".catch((e) => done(['axe failed: ' + e]));");
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The API's answer for a signed-in user (Basic auth), as the tests check what the page saved. */
    JsonNode get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForObject(url(path), JsonNode.class);
    }

    ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(url(path), method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Waits until the map has stopped moving (the page writes centre and zoom to the URL on moveend). */
    void stableUrl() {
        String[] last = {""};
        waitFor().pollingEvery(Duration.ofMillis(400)).until(d -> {
            String now = d.getCurrentUrl();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    /** Pixels from the map's centre to lon/lat, from the centre and zoom the page writes to the URL (Web Mercator). */
    int[] pixelOffset(double lon, double lat) {
        double[] view = mapView();
        return new int[] {(int) Math.round((x(lon) - x(view[0])) * view[2]), (int) Math.round((y(lat) - y(view[1])) * view[2])};
    }

    /** The lon/lat under a point dx, dy pixels from the map's centre: where a click there lands. */
    double[] lonLatAt(int dx, int dy) {
        double[] view = mapView();
        double mx = x(view[0]) + dx / view[2];
        double my = y(view[1]) + dy / view[2];
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * my))));
        return new double[] {mx * 360 - 180, lat};
    }

    /** Centre lon, lat and the world's size in pixels at the zoom, from the URL. */
    private double[] mapView() {
        String q = driver.getCurrentUrl().replaceFirst(".*\\?", "");
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : q.split("&")) {
            String[] p = kv.split("=", 2);
            params.put(p[0], p.length > 1 ? p[1] : "");
        }
        return new double[] {Double.parseDouble(params.get("lng")), Double.parseDouble(params.get("lat")),
                256 * Math.pow(2, Integer.parseInt(params.get("z")))};
    }

    static double x(double lon) {
        return (lon + 180) / 360;
    }

    static double y(double lat) {
        double s = Math.sin(Math.toRadians(lat));
        return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    }

    /** Metres between two lon/lat positions (equirectangular: exact enough over a few hundred metres). */
    static double metres(double[] a, double[] b) {
        double dx = Math.toRadians(b[0] - a[0]) * Math.cos(Math.toRadians((a[1] + b[1]) / 2));
        double dy = Math.toRadians(b[1] - a[1]);
        return 6_371_000 * Math.hypot(dx, dy);
    }
}
