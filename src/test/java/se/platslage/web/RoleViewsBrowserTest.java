package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** What each role sees and does: strategist follow-ups and meeting, park engineer's work, police notes. */
class RoleViewsBrowserTest extends BrowserTest {

    /** A measure in Hässelby-Vällingby (the strategist's district) with a place on the map. */
    JsonNode measureAt(String district, String category) {
        for (JsonNode f : get("admin", "/api/measures?limit=1000&district=" + district + "&category=" + category).get("features")) {
            if (!f.get("geometry").isNull()) {
                return f;
            }
        }
        throw new AssertionError("no " + category + " measure with a geometry in " + district);
    }

    @Test
    void strategistSetsAStatusAndTheFollowUpAppearsInItsHistory() throws Exception {
        desktopSize();
        JsonNode measure = measureAt("hasselby-vallingby", "physical");
        long id = measure.get("id").asLong();
        signInAndOpen("strateg", "/?district=hasselby-vallingby&measure=" + id);
        WebElement card = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "']")));
        String note = "Belysningen beställd <b>v. 40</b>";
        card.findElement(By.cssSelector("input[value=partially-done] + label")).click();
        card.findElement(By.cssSelector("textarea[name=text]")).sendKeys(note);
        card.findElement(By.cssSelector(".followup-form button[type=submit]")).click();

        waitFor().until(d -> card.findElements(By.cssSelector(".followups .fu-text")).stream()
                .anyMatch(e -> e.getText().equals(note)));
        WebElement latest = card.findElement(By.cssSelector(".followups li.followup"));
        assertThat(latest.getDomAttribute("data-status")).isEqualTo("partially-done");
        assertThat(latest.getText()).contains("Delvis genomförd").contains(note);
        assertThat(latest.findElements(By.tagName("b"))).isEmpty();
        // Saved on the server too, and the measure's status followed.
        JsonNode history = get("strateg", "/api/measures/" + id + "/follow-ups");
        assertThat(history.get(history.size() - 1).get("text").asText()).isEqualTo(note);
        waitFor().until(d -> d.findElement(By.cssSelector("#list-section .measure-item[data-id='" + id + "']"))
                .getDomAttribute("data-status").equals("partially-done"));
        screenshot("strateg-follow-up");
    }

    @Test
    void followUpMeetingSavesDatedFollowUpsOneMeasureAfterAnother() {
        desktopSize();
        signInAndOpen("strateg", "/?view=meeting");
        new Select(driver.findElement(By.id("meeting-plan"))).selectByValue("hasselby-vallingby-2025");
        js("arguments[0].value = '2025-09-30'", driver.findElement(By.id("meeting-date")));
        driver.findElement(By.id("meeting-start")).click();
        WebElement first = waitFor().until(d -> d.findElement(By.cssSelector(".meeting-stage .measure-card")));
        long id = Long.parseLong(first.getDomAttribute("data-id"));
        assertThat(driver.findElement(By.cssSelector(".meeting-progress")).getText()).startsWith("Åtgärd 1 av");
        first.findElement(By.cssSelector("input[value=ongoing] + label")).click();
        // Other tests in this JVM may follow up the same measure today: this meeting's entry is found by its note.
        String note = "Uppföljt på mötet " + System.nanoTime();
        first.findElement(By.cssSelector("textarea[name=text]")).sendKeys(note);
        first.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> d.findElement(By.cssSelector(".meeting-progress")).getText().startsWith("Åtgärd 2 av"));
        JsonNode saved = null;
        for (JsonNode followUp : get("strateg", "/api/measures/" + id + "/follow-ups")) {
            saved = note.equals(followUp.path("text").asText()) ? followUp : saved;
        }
        assertThat(saved).as("the meeting's follow-up").isNotNull();
        assertThat(saved.get("date").asText()).isEqualTo("2025-09-30");
        assertThat(saved.get("status").asText()).isEqualTo("ongoing");
    }

    @Test
    void parkEngineerSeesOnlyTheirWorkOverdueFirstAndSetsStatusInTwoTapsOnAPhone() throws Exception {
        phoneSize();
        signInAndOpen("parkingenjor", "/");
        JsonNode mine = get("parkingenjor", "/api/measures?mine=true&limit=1000");
        int all = get("parkingenjor", "/api/measures?limit=1000").get("numberMatched").asInt();
        assertThat(mine.get("numberMatched").asInt()).isPositive().isLessThan(all);
        assertThat(driver.findElement(By.cssSelector("#views .tab.active")).getDomAttribute("data-view")).isEqualTo("mine");
        assertThat(listCount()).isEqualTo(mine.get("numberMatched").asInt());
        List<String> mineIds = new ArrayList<>();
        mine.get("features").forEach(f -> mineIds.add(f.get("id").asText()));
        List<WebElement> items = listItems();
        assertThat(items).extracting(li -> li.getDomAttribute("data-id")).containsExactlyInAnyOrderElementsOf(mineIds);
        // Overdue first, then by due date.
        boolean seenNotOverdue = false;
        for (WebElement li : items) {
            boolean overdue = li.getDomAttribute("class").contains("overdue");
            assertThat(overdue && seenNotOverdue).as("overdue after a not-overdue row").isFalse();
            seenNotOverdue |= !overdue;
        }
        Number width = (Number) js("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);

        WebElement first = items.get(0);
        String id = first.getDomAttribute("data-id");
        first.findElement(By.cssSelector("input[value=done] + label")).click();              // tap 1
        first.findElement(By.cssSelector(".followup-form button[type=submit]")).click(); // tap 2
        waitFor().until(d -> d.findElement(By.cssSelector("#list-section .measure-item[data-id='" + id + "'] .msg"))
                .getText().equals("Sparat.")
                || !d.findElements(By.cssSelector("#list-section .msg-error")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#list-section .msg-error"))).isEmpty();
        waitFor().until(d -> {
            JsonNode h = get("parkingenjor", "/api/measures/" + id + "/follow-ups");
            return h.size() > 0 && "done".equals(h.get(h.size() - 1).get("status").asText());
        });
        waitFor().until(d -> d.findElement(By.cssSelector("#list-section .measure-item[data-id='" + id + "']"))
                .getDomAttribute("data-status").equals("done"));
        screenshot("parkingenjor-phone");
    }

    @Test
    void policeSeeTheirNoteInTheReviewAndAViewerNeverSeesIt() throws Exception {
        desktopSize();
        long found = -1;
        for (JsonNode f : get("admin", "/api/measures?limit=1000&district=hasselby-vallingby&text=Hässelby torg").get("features")) {
            if (f.at("/properties/placeName").asText().startsWith("Hässelby torg")) {
                found = f.get("id").asLong();
            }
        }
        long id = found;
        assertThat(id).isPositive();
        String secret = "HEMLIG-POLISNOTE <img src=x onerror=window.xssFired=1>";
        ResponseEntity<JsonNode> put = send("polis", HttpMethod.PUT, "/api/measures/" + id + "/police-note",
                Map.of("policeNote", secret));
        assertThat(put.getStatusCode().is2xxSuccessful()).as(String.valueOf(put.getBody())).isTrue();

        signInAndOpen("lasare", "/?measure=" + id);
        waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "']")));
        assertThat(driver.findElements(By.cssSelector(".police-note"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("HEMLIG-POLISNOTE");
        assertThat(driver.findElements(By.cssSelector("#views [data-view=review]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".followup-form"))).isEmpty();
        assertThat(driver.findElements(By.id("new-measure"))).isEmpty();

        signInAndOpen("polis", "/?measure=" + id);
        WebElement note = waitFor().until(d -> d.findElement(By.cssSelector("#details .police-note")));
        assertThat(note.getText()).contains(secret);
        assertThat(js("return window.xssFired === undefined")).isEqualTo(true);
        open("/?view=review&district=hasselby-vallingby");
        WebElement review = waitFor().until(d -> d.findElement(By.cssSelector("#view-panel .review-target")));
        assertThat(driver.findElement(By.id("view-panel")).getText()).contains("ÖDS-mål 2030").contains(secret);
        assertThat(review).isNotNull();
        screenshot("polis-review");

        driver.get(url("/review.html?district=hasselby-vallingby"));
        waitFor().until(d -> d.findElement(By.cssSelector("#review .review-target")));
        assertThat(driver.findElement(By.id("review")).getText()).contains(secret).contains("Hässelby torg");
        screenshot("polis-print");
    }

    @Test
    void markupInAPlaceNameIsShownAsTextAndNeverRuns() throws Exception {
        desktopSize();
        String name = "<img src=x onerror=window.xssFired=1>";
        Map<String, Object> place = Map.of("type", "Feature",
                "geometry", Map.of("type", "Point", "coordinates", List.of(17.8425, 59.3615)),
                "properties", Map.of("name", name, "kind", "park"));
        ResponseEntity<JsonNode> created = send("admin", HttpMethod.POST, "/api/places", place);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        long id = created.getBody().get("id").asLong();

        signInAndOpen("lasare", "/?z=16&lat=59.3615&lng=17.8425&place=" + id);
        waitFor().until(d -> d.findElement(By.cssSelector("#details .panel-title")).getText().equals(name));
        assertThat(driver.findElements(By.cssSelector(".place-label")).stream().map(e -> e.getAttribute("textContent")))
                .contains(name);
        assertThat(driver.findElements(By.cssSelector("#map img[src='x'], #details img"))).isEmpty();
        assertThat(js("return window.xssFired === undefined")).isEqualTo(true);
    }
}
