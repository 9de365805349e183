package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The map page with the real plans: layers, list, filters in the URL, legend and chart. */
class MapPageBrowserTest extends BrowserTest {

    /** The Okabe–Ito colours the legend promises, as the browser reports computed SVG fills. */
    static final Map<String, String> PALETTE = Map.of(
            "planned", "rgb(153, 153, 153)", "not-started", "rgb(230, 159, 0)", "ongoing", "rgb(86, 180, 233)",
            "partially-done", "rgb(240, 228, 66)", "done", "rgb(0, 158, 115)",
            "not-done-as-planned", "rgb(213, 94, 0)", "removed", "rgb(0, 0, 0)");

    JsonNode measures(String query) {
        return rest.withBasicAuth("lasare", "demo").getForObject(url("/api/measures?limit=1000" + query), JsonNode.class);
    }

    @Test
    void mapLoadsWithTheRealPlanDataWithoutTiles() throws Exception {
        desktopSize();
        signInAndOpen("strateg", "/");
        JsonNode all = measures("");
        assertThat(all.get("numberMatched").asInt()).isGreaterThan(150);
        assertThat(listCount()).isEqualTo(all.get("numberMatched").asInt());
        assertThat(listItems()).hasSize(all.get("numberMatched").asInt());

        // District outlines and names, place shapes and ÖDS targets are drawn though no tile loaded.
        String districtNames = driver.findElements(By.cssSelector(".district-label")).stream()
                .map(WebElement::getText).toList().toString();
        assertThat(districtNames).contains("Hässelby-Vällingby", "Hägersten-Älvsjö", "Södermalm");
        assertThat(driver.findElements(By.cssSelector("path.district-outline"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("path.place")).size()).isGreaterThan(25);
        assertThat(driver.findElements(By.cssSelector("img.leaflet-tile-loaded"))).isEmpty();
        String targets = driver.findElements(By.cssSelector(".target-label")).stream()
                .map(e -> e.getAttribute("textContent")).toList().toString();
        assertThat(targets).contains("ÖDS-mål 2030 · 4 år kvar").contains("Hässelby torg");

        // Every measure with a geometry is on the map, as a marker or inside a cluster's count.
        int withGeometry = 0;
        for (JsonNode f : all.get("features")) {
            withGeometry += f.get("geometry").isNull() ? 0 : 1;
        }
        Number onMap = (Number) js("let n = document.querySelectorAll('.leaflet-marker-pane .measure-marker').length;"
                + "document.querySelectorAll('.measure-cluster span').forEach(s => n += Number(s.textContent));"
                + "return n;");
        assertThat(onMap.intValue()).isEqualTo(withGeometry);
        // The markers come from the lean layer (issue 16): it was requested, and a marker's title is its label.
        Number leanLayerRequests = (Number) js("return performance.getEntriesByType('resource')"
                + ".filter(e => new URL(e.name).pathname === '/api/measures/layer').length;");
        assertThat(leanLayerRequests.intValue()).isPositive();
        Object markerTitles = js("return fetch('/api/measures/layer').then(r => r.json()).then(layer => {"
                + "const labels = new Map(layer.features.map(f => [String(f.id), f.properties.label]));"
                + "return [...document.querySelectorAll('.leaflet-marker-pane .measure-marker')]"
                + ".map(m => m.title.endsWith(': ' + labels.get(m.dataset.measure))); });");
        assertThat((List<Object>) markerTitles).isNotEmpty().containsOnly(Boolean.TRUE);
        driver.findElement(By.id("tab-plan")).click();
        waitFor().until(d -> d.findElement(By.id("chart-section")).findElements(By.tagName("canvas")).size() == 1);
        screenshot("map-strateg");
    }

    @Test
    void filteringByStatusChangesListAndMapAndTheUrlReproducesIt() {
        desktopSize();
        signInAndOpen("lasare", "/");
        int before = listCount();
        int done = measures("&status=done").get("numberMatched").asInt();
        assertThat(done).isPositive().isLessThan(before);

        new Select(driver.findElement(By.id("filter-status"))).selectByValue("done");
        waitFor().until(d -> listCount() == done);
        assertThat(listItems()).allSatisfy(li -> assertThat(li.getDomAttribute("data-status")).isEqualTo("done"));
        assertThat(driver.findElements(By.cssSelector(".leaflet-marker-pane .measure-marker svg")))
                .allSatisfy(svg -> assertThat(svg.getDomAttribute("data-status")).isEqualTo("done"));
        assertThat(driver.getCurrentUrl()).contains("status=done");

        // The link alone reproduces the view: filter, centre and zoom.
        String link = driver.getCurrentUrl().replace("http://localhost:" + port, "");
        open("/?status=done&district=sodermalm&z=15&lat=59.31500&lng=18.07300");
        int doneInSodermalm = measures("&status=done&district=sodermalm").get("numberMatched").asInt();
        waitFor().until(d -> listCount() == doneInSodermalm);
        assertThat(new Select(driver.findElement(By.id("filter-district"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("sodermalm");
        assertThat(((Number) js("return document.querySelector('#map') && 1")).intValue()).isEqualTo(1);
        assertThat(driver.getCurrentUrl()).contains("z=15").contains("lat=59.315");
        open(link);
        waitFor().until(d -> listCount() == done);
    }

    @Test
    void legendMatchesTheColoursOnTheMapAndNeverColourAlone() {
        desktopSize();
        signInAndOpen("lasare", "/");
        Map<String, String> legendFill = new HashMap<>();
        Map<String, String> legendGlyph = new HashMap<>();
        for (WebElement li : driver.findElements(By.cssSelector("#legend li[data-status]"))) {
            String status = li.getDomAttribute("data-status");
            legendFill.put(status, fill(li.findElement(By.cssSelector(".status-bg"))));
            legendGlyph.put(status, li.findElement(By.cssSelector(".status-glyph")).getDomAttribute("d"));
            assertThat(li.getText()).isNotBlank();
        }
        assertThat(legendFill).isEqualTo(PALETTE);
        assertThat(new java.util.HashSet<>(legendGlyph.values())).hasSize(7);

        // Zoomed in on Södermalm the markers come out of their clusters; each must look like its legend entry.
        open("/?district=sodermalm&z=18&lat=59.31760&lng=18.07160");
        List<WebElement> markers = driver.findElements(By.cssSelector(".leaflet-marker-pane .measure-marker svg"));
        open("/?z=13&lat=59.36&lng=17.86");
        markers = new java.util.ArrayList<>(markers.isEmpty() ? List.of() : markers);
        List<WebElement> here = driver.findElements(By.cssSelector(".leaflet-marker-pane .measure-marker svg"));
        assertThat(here).isNotEmpty();
        for (WebElement svg : here) {
            String status = svg.getDomAttribute("data-status");
            assertThat(fill(svg.findElement(By.cssSelector(".status-bg")))).as(status).isEqualTo(legendFill.get(status));
            assertThat(svg.findElement(By.cssSelector(".status-glyph")).getDomAttribute("d")).isEqualTo(legendGlyph.get(status));
        }
        // The list rows use the same symbols.
        WebElement row = listItems().get(0);
        String status = row.getDomAttribute("data-status");
        assertThat(fill(row.findElement(By.cssSelector(".status-bg")))).isEqualTo(PALETTE.get(status));
    }

    String fill(WebElement element) {
        return (String) js("return getComputedStyle(arguments[0]).fill", element);
    }
}
