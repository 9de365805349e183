package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The strategist's day as they click through it, at 1440×900 and 390×844, asserting what is inside the
 * viewport: the list leads the panel; a selected measure's details come into view with focus on their
 * heading and Escape or Back returns to the row; the plan view's Sammanställning beside the status chart with
 * export and import at hand; the district filter frames the map; target labels legible and apart; meeting mode.
 */
class StrategistDayBrowserTest extends BrowserTest {

    WebElement detailsHeading() {
        return waitFor().until(d -> d.findElement(By.cssSelector("#details:not([hidden]) .panel-title")));
    }

    boolean focused(WebElement element) {
        return Boolean.TRUE.equals(js("return document.activeElement === arguments[0]", element));
    }

    /** The side panel's and the page's scroll offsets: where the user is in the list. */
    double[] scroll() {
        @SuppressWarnings("unchecked")
        List<Number> s = (List<Number>) js("return [document.getElementById('side').scrollTop, window.scrollY]");
        return new double[] {s.get(0).doubleValue(), s.get(1).doubleValue()};
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1440, 900", "390, 844"})
    void aMeasureChosenDeepInTheListComesIntoViewAndEscapeOrBackReturnsToTheRow(int width, int height) {
        viewport(width, height);
        signInAndOpen("strateg", "/");
        // The panel leads with the work: the first tab is the measure list, and it is the one shown.
        WebElement firstTab = driver.findElement(By.cssSelector("#side-tabs [role=tab]"));
        assertThat(firstTab.getDomAttribute("data-tab")).isEqualTo("list");
        assertThat(firstTab.getDomAttribute("aria-selected")).isEqualTo("true");
        assertInViewport(firstTab, "the measure list's tab");
        if (width > 800) {
            assertInViewport(driver.findElement(By.cssSelector("#list-section .measure-item .measure-title")), "the first measure");
        }

        WebElement row = listItems().get(60).findElement(By.cssSelector(".measure-row"));
        js("arguments[0].scrollIntoView({block: 'center'})", row);
        double[] before = scroll();
        row.click();
        WebElement heading = detailsHeading();
        waitFor().until(d -> focused(heading));
        assertInViewport(heading, "the details' heading");
        String id = row.findElement(By.xpath("..")).getDomAttribute("data-id");
        assertInViewport(driver.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "'] h4")), "the measure's title");

        heading.sendKeys(Keys.ESCAPE);
        waitFor().until(d -> d.findElement(By.id("details")).getDomAttribute("hidden") != null);
        waitFor().until(d -> focused(row));
        assertThat(scroll()[0]).isCloseTo(before[0], within(2.0));
        assertThat(scroll()[1]).isCloseTo(before[1], within(2.0));
        assertInViewport(row, "the row the details were opened from");

        // The browser's Back does the same.
        row.click();
        waitFor().until(d -> focused(detailsHeading()));
        driver.navigate().back();
        waitFor().until(d -> d.findElement(By.id("details")).getDomAttribute("hidden") != null);
        waitFor().until(d -> focused(row));
        assertInViewport(row, "the row after Back");
        assertThat(driver.getCurrentUrl()).contains("localhost");
    }

    @Test
    void aPlaceChosenFromTheKeyboardComesIntoViewAndEscapeReturnsToItsShape() {
        viewport(1440, 900);
        signInAndOpen("strateg", "/?district=hasselby-vallingby&z=14&lat=59.3615&lng=17.8330");
        WebElement shape = waitFor().until(d -> d.findElement(By.cssSelector("path[data-place]")));
        js("arguments[0].focus()", shape);
        shape.sendKeys(Keys.ENTER);
        WebElement heading = waitFor().until(d -> {
            WebElement h = d.findElement(By.cssSelector("#details:not([hidden]) .panel-title"));
            return h.getText().equals("Laddar…") ? null : h;
        });
        waitFor().until(d -> focused(heading));
        assertInViewport(heading, "the place's heading");
        heading.sendKeys(Keys.ESCAPE);
        waitFor().until(d -> focused(d.findElement(By.cssSelector("path[data-place='" + shape.getDomAttribute("data-place") + "']"))));
    }

    @Test
    void thePlanViewShowsTheSammanstallningBesideTheStatusChartWithExportAndImportAtHand() throws Exception {
        viewport(1440, 900);
        signInAndOpen("strateg", "/?district=hasselby-vallingby");
        driver.findElement(By.id("tab-plan")).click();                                   // click 1
        WebElement table = waitFor().until(d -> d.findElement(By.cssSelector("#plan-summary tbody tr")))
                .findElement(By.xpath("ancestor::table"));
        assertThat(new Select(driver.findElement(By.id("plan-view-plan"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("hasselby-vallingby-2025");
        // The same counts as the plan's summary from the API, area by area, and the total.
        JsonNode summary = get("strateg", "/api/plans/hasselby-vallingby-2025/summary");
        for (JsonNode area : summary.get("sammanstallning")) {
            WebElement tr = table.findElement(By.cssSelector("tr[data-area='" + area.get("area").asInt() + "']"));
            List<String> cells = new ArrayList<>();
            tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
            assertThat(cells).containsExactly(area.get("problems").asText(), area.get("causes").asText(), area.get("measures").asText());
        }
        assertThat(table.findElement(By.cssSelector("tfoot td:last-child")).getText())
                .isEqualTo(summary.at("/total/measures").asText());
        WebElement canvas = waitFor().until(d -> d.findElement(By.cssSelector("#chart-section canvas")));
        assertInViewport(table, "the Sammanställning");
        assertInViewport(canvas, "the status chart");
        assertThat(box(canvas)[0]).as("chart beside the table").isGreaterThanOrEqualTo(box(table)[2]);
        // Export and import: the second click.
        assertInViewport(driver.findElement(By.id("export-plan-xlsx")), "the plan's export");
        assertThat(driver.findElement(By.id("export-plan-xlsx")).getDomAttribute("href")).contains("hasselby-vallingby-2025");
        assertInViewport(driver.findElement(By.id("plan-import")), "Importera plan");
        driver.findElement(By.id("plan-import")).click();                                // click 2
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog[open]")));
        assertInViewport(dialog.findElement(By.cssSelector("h2")), "the import dialog's title");
        screenshot("strateg-plan-1440");
    }

    /** Zoom and centre from the URL the page keeps in step with the map. */
    double zoom() {
        return Double.parseDouble(driver.getCurrentUrl().replaceFirst(".*[?&]z=([0-9.]+).*", "$1"));
    }

    WebElement districtLabel(String name) {
        return driver.findElements(By.cssSelector(".district-label span")).stream()
                .filter(e -> e.getAttribute("textContent").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDistrictFilterFramesTheMapOnTheDistrict() {
        viewport(1440, 900);
        signInAndOpen("strateg", "/");
        stableUrl();
        double cityZoom = zoom();
        new Select(driver.findElement(By.id("filter-district"))).selectByValue("hasselby-vallingby");
        waitFor().until(d -> zoom() > cityZoom);
        stableUrl();
        double[] map = box(driver.findElement(By.id("map")));
        double[] label = box(districtLabel("Hässelby-Vällingby"));
        double cx = (label[0] + label[2]) / 2;
        double cy = (label[1] + label[3]) / 2;
        assertThat(cx).isBetween(map[0] + (map[2] - map[0]) * 0.2, map[2] - (map[2] - map[0]) * 0.2);
        assertThat(cy).isBetween(map[1] + (map[3] - map[1]) * 0.2, map[3] - (map[3] - map[1]) * 0.2);
        double[] other = box(districtLabel("Södermalm"));
        assertThat(other[0] > map[2] || other[2] < map[0] || other[1] > map[3] || other[3] < map[1])
                .as("Södermalm is outside the framed map").isTrue();
    }

    /** Every label the map shows now (tooltips not crowded out, district names) as boxes. */
    @SuppressWarnings("unchecked")
    List<List<Number>> visibleLabels() {
        return (List<List<Number>>) js("return [...document.querySelectorAll('#map .leaflet-tooltip, #map .district-label span')]"
                + ".filter((e) => getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).display !== 'none'"
                + "  && e.getBoundingClientRect().width > 0)"
                + ".map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
    }

    void assertNoLabelsOverlap() {
        List<List<Number>> labels = visibleLabels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                List<Number> a = labels.get(i);
                List<Number> b = labels.get(j);
                boolean overlap = a.get(0).doubleValue() < b.get(2).doubleValue() - 0.5 && b.get(0).doubleValue() < a.get(2).doubleValue() - 0.5
                        && a.get(1).doubleValue() < b.get(3).doubleValue() - 0.5 && b.get(1).doubleValue() < a.get(3).doubleValue() - 0.5;
                assertThat(overlap).as("labels " + a + " and " + b + " overlap").isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1440, 900", "390, 844"})
    void targetsAreLabelledWithTheirYearAtTheOpeningZoomAndNoLabelsOverlap(int width, int height) throws Exception {
        viewport(width, height);
        signInAndOpen("strateg", "/");
        stableUrl();
        Thread.sleep(300); // one frame for the label placement after the last move
        double[] map = box(driver.findElement(By.id("map")));
        for (JsonNode target : get("strateg", "/api/targets").get("features")) {
            if (target.at("/properties/targetYear").isNull()) {
                continue;
            }
            String year = target.at("/properties/targetYear").asText();
            WebElement label = driver.findElements(By.cssSelector(".target-label")).stream()
                    .filter(e -> e.getText().contains(year)).findFirst()
                    .orElseThrow(() -> new AssertionError("no visible label with the target year " + year));
            double[] b = box(label);
            assertThat(b[0] >= map[0] && b[2] <= map[2] && b[1] >= map[1] && b[3] <= map[3]).as("label " + year + " on the map").isTrue();
            assertThat(label.getText()).startsWith(target.at("/properties/kind").asText());
        }
        assertNoLabelsOverlap();
        // Closer in, on the target with a year: the full label with the years left, still apart from the place names.
        for (JsonNode target : get("strateg", "/api/targets").get("features")) {
            if (!target.at("/properties/targetYear").asText().equals("2030")) {
                continue;
            }
            JsonNode corner = target.at("/geometry/coordinates/0/0");
            open("/?z=15&lat=" + corner.get(1).asDouble() + "&lng=" + corner.get(0).asDouble());
            stableUrl();
            Thread.sleep(300);
            WebElement label = driver.findElements(By.cssSelector(".target-label")).stream()
                    .filter(e -> e.getAttribute("textContent").contains("2030")).findFirst().orElseThrow();
            assertThat(label.getText()).contains("ÖDS-mål 2030").contains("år kvar")
                    .contains(target.at("/properties/name").asText());
            assertNoLabelsOverlap();
        }
        screenshot("strateg-labels-" + width);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1440, 900", "390, 844"})
    void meetingModeTakesTheDistrictsPlanAndKeepsTheCurrentMeasureInViewAfterEachSave(int width, int height) throws Exception {
        viewport(width, height);
        signInAndOpen("strateg", "/?view=meeting&district=hasselby-vallingby");
        WebElement plan = driver.findElement(By.id("meeting-plan"));
        assertThat(new Select(plan).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("hasselby-vallingby-2025");
        int total = get("strateg", "/api/measures?plan=hasselby-vallingby-2025&limit=1").get("numberMatched").asInt();
        driver.findElement(By.id("meeting-start")).click();
        waitFor().until(d -> d.findElement(By.cssSelector(".meeting-progress")).getText().equals("Åtgärd 1 av " + total));
        for (int n = 2; n <= 3; n++) {
            WebElement card = driver.findElement(By.cssSelector(".meeting-stage .measure-card"));
            card.findElement(By.cssSelector("input[value=ongoing] + label")).click();
            card.findElement(By.cssSelector("button[type=submit]")).click();
            String expected = "Åtgärd " + n + " av " + total;
            waitFor().until(d -> d.findElement(By.cssSelector(".meeting-progress")).getText().equals(expected));
            stableUrl();
            assertInViewport(driver.findElement(By.cssSelector(".meeting-progress")), expected);
            assertInViewport(driver.findElement(By.id("meeting-measure-title")), "the title of measure " + n);
            // The place with its surroundings: never closer than zoom 16.
            assertThat(zoom()).isBetween(12.0, 16.0);
        }
        screenshot("strateg-meeting-" + width);
    }
}
