package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The park engineer on a 390×844 phone: nothing scrolls sideways (the login page included), every tap target
 * is at least 44×44 px, the first assigned measure is in view without scrolling, the map shows my measures,
 * and a tapped measure's details come into view and Back returns to the list.
 */
class ParkEngineerPhoneBrowserTest extends BrowserTest {

    static final double MIN_TAP_PX = 44;

    /** Visible controls smaller than 44×44 px, as "tag#id.class text: w×h" lines. */
    @SuppressWarnings("unchecked")
    List<String> smallTapTargets() {
        return (List<String>) js("""
                const min = arguments[0];
                return [...document.querySelectorAll('a[href], button, select, textarea, input:not([type=hidden]), label[for], [role=button]:not(path), [role=tab]')]
                  .filter((e) => {
                    const s = getComputedStyle(e);
                    const r = e.getBoundingClientRect();
                    // Radio buttons and checkboxes drawn as chips: the label is the target (checked as label[for]).
                    if (s.opacity === '0' || s.visibility === 'hidden' || r.width === 0 || r.height === 0) return false;
                    // Off the screen sideways (the skip link until focused): nothing to tap.
                    if (r.right <= 0 || r.left >= innerWidth) return false;
                    // Map markers are drawn small; their 44 px target is checked by tapping beside them.
                    if (e.closest('.leaflet-marker-icon')) return false;
                    if (e.tagName === 'LABEL' && !e.closest('.chip')) return false;
                    return r.width < min - 0.5 || r.height < min - 0.5;
                  })
                  .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${(e.textContent || e.value || '').trim().slice(0, 30)}: ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`);
                """, MIN_TAP_PX);
    }

    int scrollWidth() {
        return ((Number) js("return document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void theLoginPageFitsThePhoneAndItsControlsAreLargeEnough() {
        viewport(390, 844);
        driver.manage().deleteAllCookies();
        driver.get(url("/login.html"));
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        assertThat(smallTapTargets()).isEmpty();
        assertInViewport(driver.findElement(By.cssSelector("#login-form button[type=submit]")), "Logga in");
    }

    @Test
    void myFirstMeasureIsInViewTheMapShowsMyMeasuresAndEveryTapTargetIsLargeEnough() throws Exception {
        viewport(390, 844);
        signInAndOpen("parkingenjor", "/");
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        WebElement first = listItems().get(0);
        assertInViewport(first.findElement(By.cssSelector(".measure-title")), "the first assigned measure's title");
        assertInViewport(first.findElement(By.cssSelector(".measure-due")), "its due date");
        assertThat(smallTapTargets()).isEmpty();

        // The map shows my measures: every one with a geometry, as a marker or in a cluster, inside the map.
        JsonNode mine = get("parkingenjor", "/api/measures?mine=true&limit=1000");
        int withGeometry = 0;
        for (JsonNode f : mine.get("features")) {
            withGeometry += f.get("geometry").isNull() ? 0 : 1;
        }
        assertThat(withGeometry).isPositive();
        // The tiles are blocked: the attribution grows by a line saying so, and the map frames my measures again.
        waitFor().until(d -> d.findElement(By.cssSelector("#map.tiles-failed")));
        stableUrl();
        double[] map = box(driver.findElement(By.id("map")));
        int shown = 0;
        for (WebElement marker : driver.findElements(By.cssSelector(".measure-marker, .measure-cluster"))) {
            double[] b = box(marker);
            double cx = (b[0] + b[2]) / 2;
            double cy = (b[1] + b[3]) / 2;
            assertThat(cx >= map[0] && cx <= map[2] && cy >= map[1] && cy <= map[3]).as("marker inside the map").isTrue();
            shown += marker.getDomAttribute("class").contains("measure-cluster") ? Integer.parseInt(marker.getText().trim()) : 1;
            // The marker answers within 44×44 px of its centre: a finger 20 px off the centre still hits a
            // marker (this one, or a neighbour drawn over it), not the map.
            assertThat(js("const s = getComputedStyle(arguments[0], '::before'); return [s.width, s.height];", marker))
                    .isEqualTo(List.of("44px", "44px"));
            // Towards the middle of the map, so the point is on the map and not beyond its edge.
            int dx = cx < (map[0] + map[2]) / 2 ? 20 : -20;
            Object hit = js("const r = arguments[0].getBoundingClientRect();"
                    + "const e = document.elementFromPoint(r.left + r.width / 2 + arguments[1], r.top + r.height / 2);"
                    + "return e && e.closest('.leaflet-marker-icon') ? 'marker' : (e ? e.tagName + '.' + e.className : 'nothing');",
                    marker, dx);
            assertThat(hit).as("a tap " + dx + " px beside a marker's centre, marker " + java.util.Arrays.toString(b) + ", attribution "
                    + java.util.Arrays.toString(box(driver.findElement(By.cssSelector(".leaflet-control-attribution"))))).isEqualTo("marker");
        }
        assertThat(shown).isEqualTo(withGeometry);

        // A tapped measure: its details in view; Back returns to the list where it was.
        WebElement row = first.findElement(By.cssSelector(".measure-row"));
        double before = ((Number) js("return window.scrollY")).doubleValue();
        row.click();
        WebElement heading = waitFor().until(d -> d.findElement(By.cssSelector("#details:not([hidden]) .panel-title")));
        assertInViewport(heading, "the measure's details");
        assertThat(smallTapTargets()).isEmpty();
        // A phone has no Escape: the panel's own Back button.
        WebElement back = driver.findElement(By.cssSelector("#details .panel-head .back"));
        assertThat(back.getText()).isEqualTo("← Tillbaka");
        assertInViewport(back, "Tillbaka");
        back.click();
        waitFor().until(d -> Boolean.TRUE.equals(js("return document.activeElement === arguments[0]", row)));
        assertThat(((Number) js("return window.scrollY")).doubleValue()).isEqualTo(before);
        assertInViewport(row.findElement(By.cssSelector(".measure-title")), "the row again");

        driver.findElement(By.id("tab-plan")).click();
        waitFor().until(d -> d.findElement(By.cssSelector("#plan-summary tbody tr")));
        assertThat(scrollWidth()).isLessThanOrEqualTo(390);
        assertThat(smallTapTargets()).isEmpty();
    }
}
