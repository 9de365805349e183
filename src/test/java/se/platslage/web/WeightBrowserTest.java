package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a park engineer's phone downloads, as Chromium counts it (Resource Timing transferSize: headers and the
 * compressed body as they came over the network; 0 for what came from the cache). The README's figures come
 * from the same measurement. A class of its own: it starts with a fresh browser profile, so an empty cache.
 */
class WeightBrowserTest extends BrowserTest {

    static final long FIRST_VISIT_MAX = 400 * 1024;
    static final long SECOND_VISIT_MAX = 60 * 1024;

    /** Bytes this page's document and resources have transferred so far. */
    long transferred() {
        return ((Number) js("return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]"
                + ".reduce((sum, e) => sum + (e.transferSize || 0), 0)")).longValue();
    }

    void settle() throws InterruptedException {
        // Lazy modules and late requests: wait until nothing new has been fetched for a second.
        long last = -1;
        for (int i = 0; i < 20 && transferred() != last; i++) {
            last = transferred();
            Thread.sleep(1000);
        }
    }

    @Test
    void aParkEngineersFirstVisitStaysUnder400KbAndTheSecondUnder60Kb() throws Exception {
        viewport(390, 844);
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.manage().deleteAllCookies();
        driver.get(url("/login.html"));
        long login = transferred();
        driver.findElement(By.id("username")).sendKeys("parkingenjor");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        settle();
        long first = login + transferred();

        driver.get(url("/"));
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        settle();
        long second = transferred();
        System.out.printf("parkingenjor 390x844: first visit %d bytes (login page %d), second visit %d bytes%n", first, login, second);
        assertThat(first).as("first visit, bytes").isPositive().isLessThanOrEqualTo(FIRST_VISIT_MAX);
        assertThat(second).as("second visit, bytes").isPositive().isLessThanOrEqualTo(SECOND_VISIT_MAX);
        // Leaflet.draw and Chart.js: not on this page until a view needs them.
        assertThat((Boolean) js("return typeof Chart === 'undefined' && !(window.L && L.Draw)")).isTrue();
    }
}
