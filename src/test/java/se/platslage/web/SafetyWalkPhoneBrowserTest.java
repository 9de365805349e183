package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.http.HttpMethod;
import se.platslage.photo.SamplePhotos;

/**
 * A safety walk on a 390×844 phone (issue 13): an observation with a photo recorded while the browser is offline
 * (Chromium's network emulation) is kept on the phone through a reload, sent when the network returns, and
 * stored once; then the strateg turns it into a problem and a measure in the plan.
 */
class SafetyWalkPhoneBrowserTest extends BrowserTest {

    private void network(boolean online) {
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private long plannedWalk() {
        return plannedWalk("2026-11-12T18:30:00+01:00");
    }

    private long plannedWalk(String startsAt) {
        long torg = -1;
        for (JsonNode place : get("admin", "/api/places?district=hasselby-vallingby&limit=1000").path("features")) {
            if (place.path("properties").path("name").asText().equals("Hässelby torg")) {
                torg = place.path("id").asLong();
            }
        }
        assertThat(torg).isPositive();
        JsonNode walk = send("admin", HttpMethod.POST, "/api/walks", Map.of("district", "hasselby-vallingby",
                "title", "Kvällsvandring Hässelby torg", "startsAt", startsAt,
                "participants", "Boende, fältassistenter", "places", java.util.List.of(torg))).getBody();
        return walk.path("id").asLong();
    }

    private String waitingText() {
        return driver.findElement(By.id("outbox-count")).getText();
    }

    @Test
    void anObservationWithAPhotoRecordedOfflineIsSentOnceWhenTheNetworkReturns() throws Exception {
        long walk = plannedWalk();
        viewport(390, 844);
        signInAndOpen("strateg", "/walk.html?walk=" + walk);
        // The first visit installs the service worker; from the second the page is served through it.
        Object ready = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(() => done(true)).catch((e) => done(String(e)));");
        assertThat(ready).isEqualTo(true);
        open("/walk.html?walk=" + walk);
        assertThat(js("return !!navigator.serviceWorker.controller")).isEqualTo(true);

        network(false);
        try {
            WebElement map = driver.findElement(By.id("walk-map"));
            new Actions(driver).moveToElement(map, 20, 30).click().perform();
            waitFor().until(d -> "map".equals(d.findElement(By.id("obs-position")).getDomAttribute("data-source")));
            // Three taps and typing: a rating, the camera, Spara.
            WebElement lighting = driver.findElement(By.cssSelector("button.rate[data-parameter=lighting][data-rating='1']"));
            // On the phone: nothing scrolls sideways, and the first rating is in view without scrolling.
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
            assertInViewport(lighting, "the first rating button");
            lighting.click();
            driver.findElement(By.id("obs-text")).sendKeys("Mörk gångväg bakom torget");
            Path photo = Files.createTempFile("walk-photo", ".jpg");
            Files.write(photo, SamplePhotos.jpegWithExif(6));
            driver.findElement(By.id("obs-photo")).sendKeys(photo.toAbsolutePath().toString());
            driver.findElement(By.id("obs-save")).click();

            waitFor().until(d -> waitingText().startsWith("2 "));
            assertThat(driver.findElements(By.cssSelector("#obs-list li.pending"))).hasSize(1);
            screenshot("walk-offline-queued");

            // Reloaded while offline: the service worker serves the page, the outbox still holds both.
            driver.navigate().refresh();
            waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            waitFor().until(d -> waitingText().startsWith("2 "));
            assertThat(text("#obs-list li.pending")).contains("Belysning 1");
            screenshot("walk-offline-after-reload");
            assertThat(get("admin", "/api/walks/" + walk + "/observations").path("features")).isEmpty();
        } finally {
            network(true);
        }

        waitFor().until(d -> waitingText().equals("Allt är skickat"));
        waitFor().until(d -> !d.findElements(By.cssSelector("#obs-list li.obs[data-id] img.thumb")).isEmpty());
        screenshot("walk-online-sent");
        // The phone page scrolls down, never sideways: nothing reaches past the screen's right edge.
        assertThat(js("""
                const w = document.documentElement.clientWidth;
                // The map's own panes are clipped by its container.
                return [...document.querySelectorAll('body *')].filter((e) => !e.closest('.leaflet-container'))
                  .filter((e) => e.getBoundingClientRect().right > w + 0.5)
                  .map((e) => `${e.tagName}#${e.id}.${e.className} right ${Math.round(e.getBoundingClientRect().right)} of ${w}`);"""))
                .asList().isEmpty();
        JsonNode stored = get("admin", "/api/walks/" + walk + "/observations").path("features");
        assertThat(stored).hasSize(1);
        JsonNode observation = stored.get(0).path("properties");
        assertThat(observation.path("parameter").asText()).isEqualTo("lighting");
        assertThat(observation.path("rating").asInt()).isEqualTo(1);
        assertThat(observation.path("positionSource").asText()).isEqualTo("map");
        assertThat(observation.path("photos")).hasSize(1);
        // The phone's portrait photo (EXIF orientation 6) is stored upright.
        assertThat(observation.path("photos").get(0).path("height").asInt())
                .isGreaterThan(observation.path("photos").get(0).path("width").asInt());

        // After the walk: one action makes a problem of it, one more a measure, each linked back.
        WebElement item = driver.findElement(By.cssSelector("#obs-list li.obs[data-id]"));
        item.findElement(By.cssSelector("button[data-convert=problem]")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("#obs-list .convert-form select option")).size() > 0);
        driver.findElement(By.cssSelector("#obs-list .convert-form input[type=text]")).sendKeys("Trasig belysning");
        driver.findElement(By.cssSelector("#obs-list .convert-form button[type=submit]")).click();
        waitFor().until(d -> d.findElement(By.id("obs-list")).getText().contains("Blev problem"));
        driver.findElement(By.cssSelector("#obs-list button[data-convert=measure]")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("#obs-list .convert-form select option")).size() > 0);
        driver.findElement(By.cssSelector("#obs-list .convert-form button[type=submit]")).click();
        waitFor().until(d -> d.findElement(By.id("obs-list")).getText().contains("Blev åtgärd"));
        screenshot("walk-converted");
        JsonNode after = get("admin", "/api/walks/" + walk + "/observations").path("features").get(0).path("properties");
        long measure = after.path("measure").asLong();
        assertThat(get("admin", "/api/measures/" + measure).path("properties").path("description").asText())
                .contains("Mörk gångväg bakom torget");
        assertThat(get("admin", "/api/walks/observations?measure=" + measure)).hasSize(1);
    }

    @Test
    void theWalkReportPrintsOnA4WithItsRatingsAndObservations() throws Exception {
        long walk = plannedWalk();
        JsonNode place = get("admin", "/api/walks/" + walk).path("places").get(0);
        JsonNode point = place.path("geometry");
        double[] lonLat = firstPosition(point);
        observe(walk, lonLat, "feeling", 0, "Otryggt vid tunnelbanans uppgång", "polis");

        viewport(1440, 900);
        signInAndOpen("strateg", "/walkreport.html?walk=" + walk);
        assertThat(text("#report-observations")).contains("Otryggt vid tunnelbanans uppgång").contains("Trygghetskänsla 0/3");
        assertThat(text("#report-ratings")).contains("Hässelby torg").contains("✕ 0");
        assertThat(driver.findElement(By.id("report-xlsx")).getDomAttribute("href")).matches("/api/plans/\\d+/follow-up.xlsx");
        screenshot("walk-report-1440");
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = java.util.Base64.getDecoder().decode((String) printed.get("data"));
        Files.write(SCREENSHOTS.resolve("walk-report.pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var media = doc.getPage(0).getMediaBox();
            // A4 portrait: 210 × 297 mm = 595 × 842 pt.
            assertThat(media.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(media.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            // Table cells wrap: compare with the line breaks as spaces.
            String all = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("Kvällsvandring Hässelby torg").contains("Otryggt vid tunnelbanans uppgång")
                    .doesNotContain("Skriv ut");
        }
    }

    @Test
    void aParkEngineerAddsAnAfterPhotoToAFollowUpOnThePhone() throws Exception {
        viewport(390, 844);
        signInAndOpen("parkingenjor", "/");
        listItems().get(0).findElement(By.cssSelector(".measure-row")).click();
        WebElement form = waitFor().until(d -> d.findElement(By.cssSelector("#details:not([hidden]) form.followup-form")));
        String measure = form.getDomAttribute("data-measure");
        // Two taps and the camera: a status, the photo, Spara.
        form.findElement(By.cssSelector(".chip label")).click();
        Path photo = Files.createTempFile("after", ".jpg");
        Files.write(photo, SamplePhotos.jpegWithExif(1));
        form.findElement(By.cssSelector("input[type=file][name=photo]")).sendKeys(photo.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#details .followups img.thumb")).isEmpty()
                || form.getText().contains("Sparat."));
        JsonNode followUps = get("parkingenjor", "/api/measures/" + measure + "/follow-ups");
        JsonNode latest = followUps.get(followUps.size() - 1);
        assertThat(latest.path("recordedBy").asText()).isEqualTo("parkingenjor");
        assertThat(latest.path("photos")).hasSize(1);
        assertThat(latest.path("photos").get(0).path("role").asText()).isEqualTo("after");
        assertThat(latest.path("photos").get(0).path("takenAt").asText()).isEqualTo("2026-10-14T19:30:05Z");
        screenshot("followup-photo-390");
    }

    private static double[] firstPosition(JsonNode geometry) {
        JsonNode c = geometry.path("coordinates");
        while (c.get(0).isArray()) {
            c = c.get(0);
        }
        return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
    }

    private void observe(long walk, double[] lonLat, String parameter, int rating, String text, String user) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", java.util.UUID.randomUUID().toString());
        var answer = rest.withBasicAuth(user, "demo").exchange(url("/api/walks/" + walk + "/observations"),
                HttpMethod.POST, new org.springframework.http.HttpEntity<>(Map.of("lon", lonLat[0], "lat", lonLat[1],
                        "source", "gps", "accuracyM", 8, "parameter", parameter, "rating", rating, "text", text),
                        headers), JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theMapsScoreLayerShowsAPlacesLatestScoreWithAGlyphAndItsPanelTheRatingsOverTime() throws Exception {
        // Later than the other tests' walks at the same place: this walk's score is the place's latest.
        long walk = plannedWalk("2026-12-01T18:30:00+01:00");
        JsonNode place = get("admin", "/api/walks/" + walk).path("places").get(0);
        observe(walk, firstPosition(place.path("geometry")), "lighting", 0, "Mörkt", "strateg");
        observe(walk, firstPosition(place.path("geometry")), "openness", 0, "Skymt", "strateg");
        viewport(1440, 900);
        signInAndOpen("lasare", "/");
        driver.findElement(By.id("score-layer-toggle")).click();
        WebElement marker = waitFor().until(d -> d.findElement(
                By.cssSelector("#map .score-marker[data-place='" + place.path("id").asLong() + "']")));
        // The class by colour and by glyph: poor is red and ✕ (a place the latest walk rated 0).
        assertThat(marker.getDomAttribute("class")).contains("score-poor");
        assertThat(marker.getText()).isEqualTo("✕");
        js("arguments[0].click()", marker);
        WebElement ratings = waitFor().until(d -> d.findElement(By.cssSelector("#details .walk-ratings-block:not([hidden])")));
        assertThat(ratings.getText()).contains("Betyg över tid").contains(": 0");
        screenshot("walk-score-layer-1440");
    }
}
