package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core on each role's main page at both sizes, on the login page and on the dialogs: no serious or
 * critical violation. The screenshots of each role's main view that the README shows are taken here, from
 * the build under test (target/screenshots/<role>-<width>.png, copied to web/img/).
 */
class AccessibilityBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({
        "strateg, 1440, 900", "strateg, 390, 844",
        "parkingenjor, 1440, 900", "parkingenjor, 390, 844",
        "polis, 1440, 900", "polis, 390, 844",
        "lasare, 1440, 900", "lasare, 390, 844",
        "admin, 1440, 900", "admin, 390, 844"})
    void aRolesMainPageHasNoSeriousAccessibilityViolations(String role, int width, int height) throws Exception {
        viewport(width, height);
        signInAndOpen(role, "/");
        stableUrl();
        assertThat(seriousAccessibilityViolations()).as(role + " main page").isEmpty();
        screenshot(role + "-" + width);
        driver.findElement(By.id("tab-plan")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#plan-summary tbody tr")));
        assertThat(seriousAccessibilityViolations()).as(role + " plan view").isEmpty();
        driver.findElement(By.id("tab-list")).click();
        driver.findElement(By.cssSelector("#list-section .measure-row")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#details:not([hidden]) .measure-card")));
        assertThat(seriousAccessibilityViolations()).as(role + " details").isEmpty();
    }

    @Test
    void theLoginPageHasNoSeriousAccessibilityViolations() throws Exception {
        viewport(390, 844);
        driver.manage().deleteAllCookies();
        driver.get(url("/login.html"));
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("login-390");
    }

    @Test
    void theDialogsAndTheMeetingHaveNoSeriousAccessibilityViolations() throws Exception {
        viewport(1440, 900);
        signInAndOpen("admin", "/");
        driver.findElement(By.id("open-plan-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog[open]")));
        assertThat(seriousAccessibilityViolations()).as("plan import dialog").isEmpty();
        dialog.findElement(By.cssSelector("button.close, [data-close], .dialog-close")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());

        driver.findElement(By.id("open-incident-import")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("dialog[open]")));
        assertThat(seriousAccessibilityViolations()).as("incident import dialog").isEmpty();

        signInAndOpen("strateg", "/?view=meeting&district=hasselby-vallingby");
        driver.findElement(By.id("meeting-start")).click();
        waitFor().until(d -> d.findElement(By.cssSelector(".meeting-stage .measure-card")));
        assertThat(seriousAccessibilityViolations()).as("meeting").isEmpty();
        driver.findElement(By.id("new-measure")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#editor:not([hidden]) form")));
        assertThat(seriousAccessibilityViolations()).as("measure editor").isEmpty();
    }
}
