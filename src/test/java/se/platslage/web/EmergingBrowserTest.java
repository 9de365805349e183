package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.ResponseEntity;

/**
 * The emerging hot-spot layer (legend, a cell's popup with its series chart), the WDD on a measure's evaluation
 * and the category at each target of the police review, on the demo's synthetic incidents, at a desktop's
 * 1440 × 900 and a phone's 390 × 844: drawn, and readable in the viewport once scrolled to.
 */
class EmergingBrowserTest extends BrowserTest {

    private static final String EMERGING = "/api/analysis/emerging?data=synthetic&cellSize=200";

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    WebElement inView(String css, String what) {
        WebElement e = waitFor().until(d -> d.findElement(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'})", e);
        assertInViewport(e, what);
        return e;
    }

    /** A hot location of the API answer: its centre (lat, lng) from the polygon's first corner pair. */
    JsonNode firstHot(JsonNode api) {
        for (JsonNode f : api.get("features")) {
            if (f.at("/properties/category").asText().endsWith("hot-spot")) {
                return f;
            }
        }
        throw new AssertionError("no emerging hot spot on the synthetic incidents");
    }

    @ParameterizedTest
    @CsvSource({"1440,900,desktop", "390,844,phone"})
    void emergingLayerLegendAndPopupAreDrawnAndReadable(int width, int height, String name) throws Exception {
        JsonNode api = get("polis", EMERGING);
        long drawn = 0;
        for (JsonNode f : api.get("features")) {
            drawn += "no-pattern".equals(f.at("/properties/category").asText()) ? 0 : 1;
        }
        assertThat(drawn).isPositive();
        JsonNode hot = firstHot(api);
        JsonNode corner = hot.at("/geometry/coordinates/0/0");
        signInAndOpen("polis", "/?view=map&tab=analysis&data=synthetic&an=emerging&cell=200&z=15&lat="
                + corner.get(1).asDouble() + "&lng=" + corner.get(0).asDouble());
        viewport(width, height);
        long expected = drawn;
        waitFor().until(d -> count("path.eh-cell") == expected);
        WebElement legend = inView("#emerging-legend", "the emerging legend");
        String category = hot.at("/properties/category").asText();
        assertThat(legend.findElement(By.cssSelector("li[data-category=" + category + "]")).getText())
                .contains("(" + api.at("/summary/categories/" + category).asInt() + ")");
        assertThat(legend.getText()).contains("Intensifierande het punkt").contains("Ihållande kall punkt");
        screenshot("emerging-legend-" + name);

        // The popup of the hot cell: its category and its series as a chart of one dot per step.
        String cell = hot.at("/properties/column").asInt() + "," + hot.at("/properties/row").asInt();
        if (count("#analysis-panel .panel-close, #side-panel .panel-close") > 0 && width < 600) {
            js("document.querySelectorAll('.panel-close').forEach((b) => b.offsetParent && b.click())");
        }
        WebElement path = driver.findElement(By.cssSelector("path.eh-cell[data-cell='" + cell + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", path);
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(path).click().perform();
        WebElement chart = waitFor().until(d -> d.findElement(By.cssSelector(".eh-popup svg.eh-chart")));
        assertThat(chart.findElements(By.tagName("circle"))).hasSize(api.at("/parameters/stepStarts").size());
        assertThat(driver.findElement(By.cssSelector(".eh-popup strong")).getText()).isNotBlank();
        inView(".eh-popup", "the popup");
        screenshot("emerging-popup-" + name);
    }

    /** A measure whose evaluation has a WDD against the rest of its district on the synthetic incidents. */
    long measureWithWdd() {
        for (JsonNode f : get("admin", "/api/measures?limit=1000").get("features")) {
            if (f.get("geometry").isNull() && f.at("/properties/places").isEmpty()) {
                continue;
            }
            ResponseEntity<JsonNode> e = rest.withBasicAuth("polis", "demo").getForEntity(
                    url("/api/measures/" + f.get("id").asLong() + "/evaluation?data=synthetic"), JsonNode.class);
            if (e.getStatusCode().is2xxSuccessful() && e.getBody().at("/wdd/wdd").isNumber()
                    && !e.getBody().get("wdq").isNull()) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("no measure with a WDD on the synthetic incidents");
    }

    @ParameterizedTest
    @CsvSource({"1440,900,desktop", "390,844,phone"})
    void wddOnTheEvaluationPanelIsDrawnAndReadable(int width, int height, String name) throws Exception {
        long id = measureWithWdd();
        JsonNode api = get("polis", "/api/measures/" + id + "/evaluation?data=synthetic&buffer=200&control=500&wddControl=district");
        signInAndOpen("polis", "/?view=map&data=synthetic&measure=" + id);
        viewport(width, height);
        WebElement button = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "'] .eval-button")));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        WebElement reading = inView("#details .wdd .wdd-reading", "the WDD reading");
        assertThat(reading.getText()).isEqualTo(api.at("/wdd/reading/sv").asText());
        assertThat(reading.getText()).startsWith("Brotten");
        inView("#details .wdd [data-value=control]", "the chosen control");
        assertThat(driver.findElement(By.cssSelector("#details .wdd [data-value=control]")).getText())
                .contains("resten av").contains("200 m");
        assertThat(count("#details .wdd-caveats li[data-caveat=control-choice]")).isEqualTo(1);
        assertThat(count("path.eval-wdd-control")).isEqualTo(1);
        screenshot("wdd-evaluation-" + name);
    }

    @ParameterizedTest
    @CsvSource({"1440,900,desktop", "390,844,phone"})
    void policeReviewShowsEachTargetsCategoryOverTime(int width, int height, String name) throws Exception {
        long t0 = System.nanoTime();
        get("polis", EMERGING + "&district=hasselby-vallingby");
        System.out.printf("emerging for the review's district: %.2f s%n", (System.nanoTime() - t0) / 1e9);
        signInAndOpen("polis", "/?view=review&data=synthetic&district=hasselby-vallingby");
        viewport(width, height);
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-panel .review-target")).isEmpty());
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(60)).until(
                    d -> count("#view-panel .review-emerging") == count("#view-panel .review-target"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(count("#view-panel .review-emerging") + " of " + count("#view-panel .review-target")
                    + " targets; console: " + driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll(), e);
        }
        WebElement first = inView("#view-panel .review-emerging", "a target's category");
        assertThat(first.getText()).startsWith("Över tid: ");
        screenshot("review-emerging-" + name);
    }
}
