package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.ResponseEntity;

/**
 * The analysis layers on the map (hot spots, heat, coverage), the synthetic-data banner, a measure's
 * evaluation and the police review's monthly counts, per role. Demo mode seeds synthetic incidents only,
 * so real data are empty and synthetic data have hot spots.
 */
class AnalysisBrowserTest extends BrowserTest {

    static final String BANNER = "SYNTETISKA DATA – inte verkliga händelser";
    static final Map<String, String> READINGS_SV = Map.of(
            "no-success-in-response-area", "Ingen effekt",
            "diffusion-greater-than-direct-effect", "Spridning av nytta större än den direkta effekten",
            "diffusion-of-benefit", "Spridning av nytta: buffertzonen förbättrades också",
            "no-displacement-or-diffusion", "Effekt utan förflyttning eller spridning",
            "displacement-smaller-than-direct-effect", "Viss förflyttning till buffertzonen",
            "displacement-greater-than-direct-effect", "Förflyttning större än den direkta effekten");

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    boolean bannerShown() {
        List<WebElement> banner = driver.findElements(By.id("synthetic-banner"));
        return !banner.isEmpty() && banner.get(0).isDisplayed();
    }

    /** A measure whose evaluation on synthetic data has a WDQ (and, for police, a profile). */
    long measureWithWdq() {
        for (JsonNode f : get("admin", "/api/measures?limit=1000").get("features")) {
            if (f.get("geometry").isNull() && f.at("/properties/places").isEmpty()) {
                continue;
            }
            ResponseEntity<JsonNode> e = rest.withBasicAuth("polis", "demo").getForEntity(
                    url("/api/measures/" + f.get("id").asLong() + "/evaluation?data=synthetic"), JsonNode.class);
            if (e.getStatusCode().is2xxSuccessful() && !e.getBody().get("wdq").isNull()) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("no measure with a WDQ on the synthetic incidents");
    }

    @Test
    void thePagesDistrictFilterIsTheStudyAreaAndIsNamed() throws Exception {
        desktopSize();
        JsonNode api = get("polis", "/api/analysis/hotspots?data=synthetic&district=hasselby-vallingby");
        signInAndOpen("polis", "/?view=map&data=synthetic&an=hotspots&district=hasselby-vallingby");
        waitFor().until(d -> d.findElement(By.id("analysis-study-area")).getText()
                .equals("Studieområde: Hässelby-Vällingby"));
        waitFor().until(d -> count("path.hs-cell") == api.get("features").size());
        assertThat(driver.findElement(By.cssSelector("[data-param=studyArea]")).getText()).isEqualTo("Hässelby-Vällingby");
    }

    @Test
    void policeSeeHotSpotCellsAndTheBannerOnlyWhileSyntheticDataAreShown() throws Exception {
        desktopSize();
        JsonNode api = get("polis", "/api/analysis/hotspots?data=synthetic");
        int cells = api.get("features").size();
        assertThat(cells).isGreaterThan(100);
        signInAndOpen("polis", "/?view=map&tab=analysis&z=14&lat=59.3150&lng=18.0650");
        assertThat(driver.findElement(By.id("analysis-title")).getText()).isEqualTo("Analys");
        assertThat(bannerShown()).isFalse();

        // Real data first: the demo has none, and nothing may look like a result.
        driver.findElement(By.id("analysis-hotspots")).click();
        waitFor().until(d -> d.findElement(By.id("analysis-msg")).getText().contains("Inga verkliga händelser"));
        assertThat(count("path.hs-cell")).isZero();
        assertThat(bannerShown()).isFalse();

        driver.findElement(By.cssSelector("input[name=analysis-data][value=synthetic]")).click();
        waitFor().until(d -> count("path.hs-cell") == cells);
        assertThat(bannerShown()).isTrue();
        assertThat(driver.findElement(By.id("synthetic-banner")).getText()).isEqualToIgnoringCase(BANNER);
        assertThat(driver.findElement(By.cssSelector("#analysis-panel .synthetic-flag")).getText()).isEqualToIgnoringCase(BANNER);
        assertThat(driver.getCurrentUrl()).contains("data=synthetic").contains("an=hotspots");

        // The echoed parameters: the cell size and band the server chose, the period and the correction.
        String cell = driver.findElement(By.cssSelector("[data-param=cellSize]")).getText();
        assertThat(cell).startsWith(Math.round(api.at("/parameters/cellSizeMeters").asDouble()) + " m").contains("vald ur data");
        assertThat(driver.findElement(By.cssSelector("[data-param=distanceBand]")).getText())
                .startsWith(Math.round(api.at("/parameters/distanceBandMeters").asDouble()) + " m")
                .contains(api.at("/parameters/distanceBand/chosenBy").asText().equals("peak") ? "toppen för Morans I"
                        : "ingen topp för Morans I");
        assertThat(driver.findElement(By.cssSelector("[data-param=period]")).getText()).isEqualTo("hela perioden");
        assertThat(driver.findElement(By.cssSelector("[data-param=fdr]")).getText()).contains("Benjamini");
        assertThat(driver.findElement(By.cssSelector("[data-param=impreciseLeftOut]")).getText())
                .isEqualTo(api.at("/summary/impreciseLeftOut").asText());

        // Every class is drawn with its legend's fill; the 99 % cells are hatched, not only coloured.
        long hot99 = 0;
        for (JsonNode f : api.get("features")) {
            hot99 += "hot-99".equals(f.at("/properties/class").asText()) ? 1 : 0;
        }
        assertThat(hot99).isPositive();
        assertThat(count("path.hs-hot-99")).isEqualTo((int) hot99);
        String legendFill = driver.findElement(By.cssSelector("#hotspot-legend li[data-class=hot-99] rect")).getDomAttribute("fill");
        assertThat(legendFill).isEqualTo("url(#hs-hot-99)");
        assertThat(driver.findElement(By.cssSelector("path.hs-hot-99")).getDomAttribute("fill")).isEqualTo(legendFill);
        assertThat(count("#hs-patterns pattern#hs-hot-99 line")).isEqualTo(1);
        // The map loads the compact cells and projects their corners itself: the very polygons of the GeoJSON.
        JsonNode hot = null;
        for (JsonNode f : api.get("features")) {
            hot = "hot-99".equals(f.at("/properties/class").asText()) ? f : hot;
        }
        String cellKey = hot.at("/properties/column").asInt() + "," + hot.at("/properties/row").asInt();
        assertThat(driver.findElement(By.cssSelector("path.hs-cell[data-cell='" + cellKey + "']")).getDomAttribute("class"))
                .contains("hs-hot-99");
        double size = api.at("/parameters/cellSizeMeters").asDouble();
        double x0 = api.at("/parameters/gridOrigin/minX").asDouble() + hot.at("/properties/column").asInt() * size;
        double y0 = api.at("/parameters/gridOrigin/minY").asDouble() + hot.at("/properties/row").asInt() * size;
        @SuppressWarnings("unchecked")
        List<Number> corner = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "import('/js/hotspots.js').then((m) => done(m.swerefToLatLng(arguments[0], arguments[1])));", x0, y0);
        JsonNode ring = hot.at("/geometry/coordinates/0/0");
        assertThat(corner.get(0).doubleValue()).isCloseTo(ring.get(1).asDouble(), org.assertj.core.data.Offset.offset(1e-7));
        assertThat(corner.get(1).doubleValue()).isCloseTo(ring.get(0).asDouble(), org.assertj.core.data.Offset.offset(1e-7));
        screenshot("hotspots-polis");

        // Heat and coverage on the same synthetic data.
        JsonNode coverage = get("polis", "/api/analysis/coverage?data=synthetic");
        driver.findElement(By.id("analysis-heat")).click();
        driver.findElement(By.id("analysis-coverage")).click();
        waitFor().until(d -> count("img.heat-overlay") == 1
                && count("path.cov-uncovered") == coverage.at("/summary/uncoveredHotCells").asInt());
        assertThat(driver.findElement(By.cssSelector("img.heat-overlay")).getDomAttribute("src")).startsWith("data:image/png");
        assertThat(driver.findElement(By.id("heat-legend")).getText()).contains("händelser/km²");
        assertThat(bannerShown()).isTrue();
        screenshot("analysis-layers-polis");

        // Back to real data: the banner goes with the synthetic layers.
        driver.findElement(By.cssSelector("input[name=analysis-data][value=real]")).click();
        waitFor().until(d -> count("path.hs-cell") == 0 && !bannerShown());
        assertThat(count("img.heat-overlay")).isZero();
        assertThat(count("#analysis-panel .synthetic-flag")).isZero();
    }

    @Test
    void strategistUsesTheAnalysisOnAggregatesWithoutIncidentLevelPanels() throws Exception {
        desktopSize();
        JsonNode api = get("strateg", "/api/analysis/hotspots?data=synthetic&cellSize=100");
        long suppressed = 0;
        for (JsonNode f : api.get("features")) {
            suppressed += f.at("/properties/countSuppressed").asBoolean(false) ? 1 : 0;
        }
        assertThat(suppressed).isPositive();
        signInAndOpen("strateg", "/?view=map&data=synthetic&an=hotspots");
        waitFor().until(d -> count("path.hs-cell") == api.get("features").size());
        assertThat(bannerShown()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[data-param=cellSize]")).getText()).startsWith("100 m");
        // No cell size below the strategist's minimum is offered.
        assertThat(driver.findElements(By.cssSelector("#analysis-cell option")))
                .extracting(o -> o.getDomAttribute("value")).containsExactly("100", "150", "250", "500");
        assertThat(count("path.hs-cell[data-suppressed=true]")).isEqualTo((int) suppressed);
        assertThat(driver.findElement(By.cssSelector("[data-param=suppressed]")).getText().replaceAll("\\D", ""))
                .isEqualTo(String.valueOf(suppressed));
        String tip = (String) js("const p = document.querySelector('path.hs-cell[data-suppressed=true]');"
                + "p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: 700, clientY: 400}));"
                + "return document.querySelector('.hs-tip') ? document.querySelector('.hs-tip').textContent : '';");
        assertThat(tip).contains("<3 händelser");

        // The evaluation: totals and WDQ, but no hour/weekday profile.
        long id = measureWithWdq();
        open("/?view=map&data=synthetic&measure=" + id);
        waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "'] .eval-button"))).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#details .evaluation .eval-reading")).isEmpty());
        assertThat(count("#details .evaluation .eval-table tbody tr")).isEqualTo(3);
        assertThat(count("#details .evaluation canvas")).isZero();

        // The review lists the targets, without the police-only monthly counts.
        open("/?view=review&data=synthetic&district=hasselby-vallingby");
        waitFor().until(d -> !d.findElements(By.cssSelector("#view-panel .review-target")).isEmpty());
        assertThat(count(".monthly")).isZero();

        // In English too; then back to Swedish for the other tests (the language is remembered).
        open("/?view=map&data=synthetic&an=hotspots&lang=en");
        waitFor().until(d -> count("path.hs-cell") > 0);
        assertThat(driver.findElement(By.id("analysis-title")).getText()).isEqualTo("Analysis");
        assertThat(driver.findElement(By.id("synthetic-banner")).getText()).isEqualToIgnoringCase("SYNTHETIC DATA – not real incidents");
        assertThat(driver.findElement(By.cssSelector("#hotspot-legend li[data-class=hot-99]")).getText()).startsWith("Hot 99 %");
        screenshot("hotspots-strateg-en");
        open("/?lang=sv");
    }

    @Test
    void viewerAndParkEngineerGetNoAnalysisControls() {
        desktopSize();
        JsonNode measure = get("admin", "/api/measures?limit=1000&district=hasselby-vallingby&category=physical").get("features").get(0);
        for (String user : List.of("lasare", "parkingenjor")) {
            signInAndOpen(user, "/?view=map&data=synthetic&an=hotspots,heat,coverage&measure=" + measure.get("id").asLong());
            waitFor().until(d -> !d.findElements(By.cssSelector("#details .measure-card")).isEmpty());
            assertThat(count("#analysis-panel")).as(user).isZero();
            assertThat(count("#analysis-hotspots, input[name=analysis-data], .eval-button")).as(user).isZero();
            assertThat(count("path.hs-cell, img.heat-overlay, path.cov-uncovered")).as(user).isZero();
            assertThat(bannerShown()).as(user).isFalse();
        }
    }

    @Test
    void evaluationShowsTheAreasTheCountsAndTheWdqReadingAndForPoliceTheProfile() throws Exception {
        desktopSize();
        long id = measureWithWdq();
        JsonNode api = get("polis", "/api/measures/" + id + "/evaluation?data=synthetic&buffer=200&control=500");
        signInAndOpen("polis", "/?view=map&data=synthetic&measure=" + id);
        WebElement button = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "'] .eval-button")));
        assertThat(button.getText()).isEqualTo("Utvärdera");
        button.click();
        WebElement reading = waitFor().until(d -> d.findElement(By.cssSelector("#details .evaluation .eval-reading")));
        String code = api.at("/wdq/reading").asText();
        assertThat(driver.findElement(By.cssSelector("#details .wdq")).getDomAttribute("data-reading")).isEqualTo(code);
        assertThat(reading.getText()).startsWith(READINGS_SV.get(code));
        for (String area : List.of("response", "buffer", "control")) {
            WebElement row = driver.findElement(By.cssSelector(".eval-table tr[data-area=" + area + "]"));
            assertThat(row.findElement(By.cssSelector("[data-count=before]")).getText()).isEqualTo(api.at("/counts/" + area + "/before").asText());
            assertThat(row.findElement(By.cssSelector("[data-count=after]")).getText()).isEqualTo(api.at("/counts/" + area + "/after").asText());
            assertThat(count("path.eval-" + area)).as(area).isEqualTo(1);
        }
        String wdq = driver.findElement(By.cssSelector(".wdq [data-value=wdq]")).getText();
        assertThat(Double.parseDouble(wdq.replace(',', '.').replace('−', '-').replace("\u00a0", "")))
                .isCloseTo(api.at("/wdq/quotient").asDouble(), org.assertj.core.data.Offset.offset(0.001));
        // Police: hour and weekday charts, each labelled synthetic, and the banner over the map.
        waitFor().until(d -> d.findElements(By.cssSelector("#details .evaluation canvas")).size() == 2);
        assertThat(count("#details .evaluation .count-chart .synthetic-flag")).isEqualTo(2);
        assertThat(count("#details .evaluation > .eval-result > .synthetic-flag")).isEqualTo(1);
        assertThat(bannerShown()).isTrue();
        screenshot("evaluation-polis");

        // Closing the evaluation takes its areas (and their banner) off the map.
        driver.findElement(By.cssSelector("#details .eval-button")).click();
        waitFor().until(d -> count("path.eval-response") == 0);
        assertThat(bannerShown()).isFalse();
    }

    @Test
    void policeReviewShowsIncidentsByMonthAroundEachTargetPlace() throws Exception {
        desktopSize();
        JsonNode targets = get("polis", "/api/targets?district=hasselby-vallingby");
        long place = -1;
        for (JsonNode f : targets.get("features")) {
            if (!f.at("/properties/place").isNull() && "hasselby-vallingby".equals(f.at("/properties/district").asText())) {
                place = f.at("/properties/place").asLong();
            }
        }
        long placeId = place;
        assertThat(placeId).isPositive();
        JsonNode api = get("polis", "/api/places/" + placeId + "/incidents/monthly?data=synthetic&radius=200");
        assertThat(api.get("total").asInt()).isPositive();
        signInAndOpen("polis", "/?view=review&data=synthetic&district=hasselby-vallingby");
        WebElement block = waitFor().until(d -> d.findElement(By.cssSelector(".monthly[data-place='" + placeId + "'][data-total]")));
        assertThat(block.getDomAttribute("data-total")).isEqualTo(api.get("total").asText());
        assertThat(block.findElement(By.cssSelector(".synthetic-flag")).getText()).isEqualToIgnoringCase(BANNER);
        waitFor().until(d -> !block.findElements(By.tagName("canvas")).isEmpty());
        assertThat(block.findElements(By.cssSelector(".chart-table tbody tr"))).hasSize(api.get("months").size());
        screenshot("review-monthly-polis");

        // The printable review carries the same counts and label.
        driver.get(url("/review.html?data=synthetic&district=hasselby-vallingby"));
        WebElement printed = waitFor().until(d -> d.findElement(By.cssSelector("#review .monthly[data-place='" + placeId + "'][data-total]")));
        assertThat(printed.getDomAttribute("data-total")).isEqualTo(api.get("total").asText());
        assertThat(printed.findElement(By.cssSelector(".synthetic-flag")).isDisplayed()).isTrue();
    }
}
