package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A strategist reshapes a place on the map with Leaflet.draw: a walkway drawn anew as a line, a park drawn as
 * an area, and a self-intersecting area the server refuses. What counts is what comes back from the API.
 */
class EditorsBrowserTest extends BrowserTest {

    /** Vertices must land within this of where the mouse clicked (the URL's centre is rounded to ~1 m). */
    static final double TOLERANCE_M = 3;

    /** A place of the strategist's own district, made for one test so no other test sees its changes. */
    long place(String name, String kind, Map<String, Object> geometry) {
        ResponseEntity<JsonNode> created = send("strateg", HttpMethod.POST, "/api/places", Map.of("type", "Feature",
                "geometry", geometry, "properties", Map.of("name", name, "kind", kind, "district", "hasselby-vallingby")));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().get("id").asLong();
    }

    /** Opens the place's details and its geometry form, and waits for the map to settle on the place. */
    WebElement openGeometryForm(long id) {
        signInAndOpen("strateg", "/?z=17&lat=59.3615&lng=17.8425&place=" + id);
        waitFor().until(d -> d.findElement(By.xpath("//section[@id='details']//button[normalize-space()='Flytta/ändra geometri']")))
                .click();
        WebElement form = waitFor().until(d -> d.findElement(By.cssSelector("#editor:not([hidden]) fieldset[name=geometry]")));
        stableUrl();
        return form;
    }

    /** Clicks the map at the given pixel offsets from its centre, with Leaflet.draw's handler waiting for them. */
    void clickMap(int[]... offsets) {
        WebElement map = driver.findElement(By.id("map"));
        for (int[] o : offsets) {
            new Actions(driver).moveToElement(map, o[0], o[1]).pause(150).click().pause(250).perform();
        }
    }

    List<double[]> coordinates(JsonNode positions) {
        List<double[]> list = new ArrayList<>();
        positions.forEach(p -> list.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return list;
    }

    void assertNear(List<double[]> saved, List<double[]> clicked) {
        assertThat(saved).hasSameSizeAs(clicked);
        for (int i = 0; i < clicked.size(); i++) {
            assertThat(metres(saved.get(i), clicked.get(i))).as("vertex %d, metres from the click", i).isLessThan(TOLERANCE_M);
        }
    }

    /** Segments in an SVG path as Leaflet writes it (M x y L x y … [z]): the shape the map shows. */
    int lineSegments(String d) {
        return d.split("L", -1).length - 1;
    }

    @Test
    void strategistRedrawsAWalkwayAsALineAndGetsBackTheVerticesSheClicked() throws Exception {
        desktopSize();
        long id = place("Testgången " + System.nanoTime(), "gångväg",
                Map.of("type", "LineString", "coordinates", List.of(List.of(17.8420, 59.3612), List.of(17.8430, 59.3618))));
        WebElement form = openGeometryForm(id);
        // A walkway can only be a line; its vertices are editable on the map while the form is open.
        assertThat(form.findElements(By.cssSelector("[data-shape]"))).extracting(e -> e.getDomAttribute("data-shape"))
                .containsExactly("LineString");
        // Two vertices and the midpoint handle between them.
        assertThat(driver.findElements(By.cssSelector(".leaflet-marker-pane .leaflet-editing-icon"))).hasSize(3);
        // Closing with × takes the editable copy off the map, as Avbryt does.
        driver.findElement(By.cssSelector("#editor .panel-head .close")).click();
        waitFor().until(d -> d.findElements(By.cssSelector(".leaflet-editing-icon")).isEmpty());
        assertThat(driver.findElement(By.id("editor")).isDisplayed()).isFalse();

        form = openGeometryForm(id);
        form.findElement(By.cssSelector("[data-shape=LineString]")).click();
        // Leaflet.draw's hint at the cursor speaks the page's language (drawing starts once Leaflet.draw is loaded).
        // textContent: Leaflet.draw hides its tooltip while the pointer is off the map.
        waitFor().until(d -> d.findElement(By.cssSelector(".leaflet-draw-tooltip")).getAttribute("textContent").contains("Klicka där linjen börjar"));
        int[][] clicks = {{-150, 60}, {-20, -50}, {140, 20}};
        List<double[]> clicked = new ArrayList<>();
        for (int[] c : clicks) {
            clicked.add(lonLatAt(c[0], c[1]));
        }
        clickMap(clicks);
        clickMap(clicks[clicks.length - 1]); // the last vertex again ends the line
        waitFor().until(d -> text("#place-geometry-status").equals("Geometri ritad (Linje)"));
        screenshot("editor-walkway-drawn");
        driver.findElement(By.cssSelector("#editor button[type=submit]")).click();
        waitFor().until(d -> !d.findElement(By.id("editor")).isDisplayed());

        JsonNode saved = get("strateg", "/api/places/" + id);
        assertThat(saved.at("/geometry/type").asText()).isEqualTo("LineString");
        assertNear(coordinates(saved.at("/geometry/coordinates")), clicked);
        assertThat(saved.at("/properties/version").asInt()).isEqualTo(1);
        // The map shows the new line at once (three vertices, two segments), and the details the saved place.
        waitFor().until(d -> lineSegments(d.findElement(By.cssSelector("path[data-place='" + id + "']")).getDomAttribute("d")) == 2);
        waitFor().until(d -> text("#details .panel-title").startsWith("Testgången"));
    }

    @Test
    void strategistDrawsAParkThatWasAPointAsAnArea() {
        desktopSize();
        long id = place("Testparken " + System.nanoTime(), "park", Map.of("type", "Point", "coordinates", List.of(17.8425, 59.3615)));
        WebElement form = openGeometryForm(id);
        // A park may be an area or a point.
        assertThat(form.findElements(By.cssSelector("[data-shape]"))).extracting(e -> e.getDomAttribute("data-shape"))
                .containsExactly("Polygon", "Point");
        form.findElement(By.cssSelector("[data-shape=Polygon]")).click();
        int[][] corners = {{-120, -90}, {130, -80}, {140, 100}, {-110, 90}};
        List<double[]> clicked = new ArrayList<>();
        for (int[] c : corners) {
            clicked.add(lonLatAt(c[0], c[1]));
        }
        clickMap(corners);
        clickMap(corners[0]); // the first corner again closes the area
        waitFor().until(d -> text("#place-geometry-status").equals("Geometri ritad (Yta)"));
        driver.findElement(By.cssSelector("#editor button[type=submit]")).click();
        waitFor().until(d -> !d.findElement(By.id("editor")).isDisplayed());

        JsonNode saved = get("strateg", "/api/places/" + id);
        assertThat(saved.at("/geometry/type").asText()).isEqualTo("Polygon");
        List<double[]> ring = coordinates(saved.at("/geometry/coordinates/0"));
        // A closed ring: the first corner again at the end. The server may store it in either orientation.
        assertThat(ring).hasSize(5);
        assertThat(metres(ring.get(0), ring.get(4))).isLessThan(0.01);
        List<double[]> corners4 = ring.subList(0, 4);
        if (metres(corners4.get(1), clicked.get(1)) > TOLERANCE_M) {
            corners4 = List.of(ring.get(0), ring.get(3), ring.get(2), ring.get(1));
        }
        assertNear(corners4, clicked);
        waitFor().until(d -> lineSegments(d.findElement(By.cssSelector("path[data-place='" + id + "']")).getDomAttribute("d")) == 3);
    }

    @Test
    void aSelfIntersectingAreaIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        desktopSize();
        Map<String, Object> square = Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(17.8420, 59.3612), List.of(17.8430, 59.3612), List.of(17.8430, 59.3618), List.of(17.8420, 59.3618),
                List.of(17.8420, 59.3612))));
        long id = place("Fjärilsparken " + System.nanoTime(), "park", square);
        JsonNode before = get("strateg", "/api/places/" + id);
        WebElement form = openGeometryForm(id);
        form.findElement(By.cssSelector("[data-shape=Polygon]")).click();
        // A bow tie: the second edge crosses the fourth.
        int[][] corners = {{-120, -90}, {120, 90}, {120, -90}, {-120, 90}};
        clickMap(corners);
        clickMap(corners[0]);
        waitFor().until(d -> text("#place-geometry-status").equals("Geometri ritad (Yta)"));
        driver.findElement(By.cssSelector("#editor button[type=submit]")).click();

        WebElement msg = waitFor().until(d -> d.findElement(By.cssSelector("#editor .msg-error")));
        assertThat(msg.getText()).startsWith("Sparades inte: geometry: invalid geometry: Self-intersection near 17.8");
        assertThat(msg.getDomAttribute("role")).isEqualTo("alert");
        // The field the server named is marked and has focus; the form stays open with the drawing.
        WebElement field = driver.findElement(By.cssSelector("#editor fieldset[name=geometry]"));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement()).isEqualTo(field);
        assertThat(driver.findElement(By.id("editor")).isDisplayed()).isTrue();
        screenshot("editor-self-intersection");

        JsonNode after = get("strateg", "/api/places/" + id);
        assertThat(after.get("geometry")).isEqualTo(before.get("geometry"));
        assertThat(after.at("/properties/version").asInt()).isEqualTo(before.at("/properties/version").asInt());
    }

    @Test
    void parkEngineerReportsProgressOnAPhoneAndTheMarkerAndListShowTheNewStatus() throws Exception {
        JsonNode measure = null;
        for (JsonNode f : get("parkingenjor", "/api/measures?mine=true&limit=1000").get("features")) {
            if (!f.get("geometry").isNull() && "Point".equals(f.at("/geometry/type").asText())) {
                measure = f;
                break;
            }
        }
        assertThat(measure).as("a measure of the park engineer's with a point on the map").isNotNull();
        long id = measure.get("id").asLong();
        String description = measure.at("/properties/description").asText();
        // Another test may have moved it already: report a status it does not have.
        String status = "ongoing".equals(measure.at("/properties/status").asText()) ? "partially-done" : "ongoing";
        String label = "ongoing".equals(status) ? "Påbörjad/pågår" : "Delvis genomförd";
        int followUps = get("parkingenjor", "/api/measures/" + id + "/follow-ups").size();

        phoneSize();
        signInAndOpen("parkingenjor", "/?measure=" + id);
        WebElement card = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "']")));
        // Opened from the link, the measure is marked on the map.
        waitFor().until(d -> !d.findElements(By.cssSelector(".measure-marker.marker-selected[data-measure='" + id + "']")).isEmpty());
        // Each status chip is one tap target: symbol and text side by side, centred, not a block of text.
        WebElement chip = card.findElement(By.cssSelector("input[value=" + status + "] + label"));
        assertThat(js("return getComputedStyle(arguments[0]).display", chip)).isEqualTo("inline-flex");
        String note = "Halva sträckan röjd, resten v. 12";
        chip.click();
        card.findElement(By.cssSelector("textarea[name=text]")).sendKeys(note);
        card.findElement(By.cssSelector(".followup-form button[type=submit]")).click();

        waitFor().until(d -> d.findElements(By.cssSelector("#details .followups .fu-text")).stream()
                .anyMatch(e -> e.getText().equals(note)));
        JsonNode history = get("parkingenjor", "/api/measures/" + id + "/follow-ups");
        assertThat(history).hasSize(followUps + 1);
        assertThat(history.get(history.size() - 1).get("status").asText()).isEqualTo(status);
        // The list row and the map marker take the new status; the marker stays the selected one.
        waitFor().until(d -> status.equals(d.findElement(By.cssSelector("#list-section .measure-item[data-id='" + id + "']"))
                .getDomAttribute("data-status")));
        WebElement marker = waitFor().until(d -> d.findElement(By.cssSelector(".measure-marker[data-measure='" + id + "']")));
        waitFor().until(d -> status.equals(d.findElement(By.cssSelector(".measure-marker[data-measure='" + id + "'] svg"))
                .getDomAttribute("data-status")));
        marker = driver.findElement(By.cssSelector(".measure-marker[data-measure='" + id + "']"));
        assertThat(marker.getDomAttribute("title")).isEqualTo((label + ": " + description).substring(0,
                Math.min(200, label.length() + 2 + description.length())));
        assertThat(marker.getDomAttribute("class")).contains("marker-selected");
        // Nothing wider than the phone.
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot("followup-phone");
        desktopSize();
    }
}
