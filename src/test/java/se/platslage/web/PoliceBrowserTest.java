package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The police's day (issue 10): follow-ups, police notes and restricted follow-ups wherever the server
 * offers them, the review with monthly incident counts, details that open in view, and the printable
 * review printed to PDF by Chromium and read back with PDFBox.
 */
class PoliceBrowserTest extends BrowserTest {

    /** A measure the police may follow up only because its "Vem" names the police (not category police). */
    private JsonNode policeByResponsible() {
        for (JsonNode f : get("polis", "/api/measures?limit=1000&district=hasselby-vallingby").get("features")) {
            JsonNode p = f.get("properties");
            if (!p.get("category").asText().equals("police") && p.get("actions").toString().contains("\"followUp\"")
                    && !f.get("geometry").isNull()) {
                return f;
            }
        }
        throw new AssertionError("no measure that names the police in its Vem");
    }

    @Test
    void policeFollowUpWriteRestrictedFollowUpsAndNotesWhereverTheServerOffersThem() throws Exception {
        viewport(1440, 900);
        int offered = 0;
        for (JsonNode f : get("polis", "/api/measures?limit=1000").get("features")) {
            offered += f.at("/properties/actions").toString().contains("\"followUp\"") ? 1 : 0;
        }
        assertThat(offered).as("measures the police may follow up").isGreaterThan(20);

        JsonNode measure = policeByResponsible();
        long id = measure.get("id").asLong();
        signInAndOpen("polis", "/?measure=" + id);
        WebElement card = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + id + "']")));
        assertInViewport(driver.findElement(By.cssSelector("#details .panel-title")), "the details' heading");

        // A restricted follow-up: the checkbox is there because the measure offers restrictedFollowUp.
        WebElement form = card.findElement(By.cssSelector(".followup-form"));
        js("arguments[0].scrollIntoView({block: 'center'})", form);
        assertInViewport(form.findElement(By.cssSelector("button[type=submit]")), "Spara uppföljning");
        form.findElement(By.cssSelector("input[value=ongoing] + label")).click();
        form.findElement(By.cssSelector("textarea[name=text]")).sendKeys("Spaning mot försäljningen v. 12");
        WebElement restricted = form.findElement(By.cssSelector("input.restricted-check"));
        assertInViewport(restricted, "the restricted checkbox");
        restricted.click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> {
            JsonNode h = get("polis", "/api/measures/" + id + "/follow-ups");
            return h.size() > 0 && h.get(h.size() - 1).get("restricted").asBoolean()
                    && h.get(h.size() - 1).get("text").asText().equals("Spaning mot försäljningen v. 12");
        });
        // A viewer sees that there is a restricted follow-up, never its text.
        JsonNode asViewer = get("lasare", "/api/measures/" + id + "/follow-ups");
        assertThat(asViewer.get(asViewer.size() - 1).get("text").isNull()).isTrue();

        // The police note.
        WebElement noteForm = card.findElement(By.cssSelector(".police-note-form"));
        js("arguments[0].scrollIntoView({block: 'center'})", noteForm);
        WebElement text = noteForm.findElement(By.tagName("textarea"));
        assertInViewport(text, "the police note's field");
        text.clear();
        text.sendKeys("Kameran vid entrén ur funktion");
        noteForm.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(d -> card.findElement(By.cssSelector(".police-note-text")).getText()
                .equals("Kameran vid entrén ur funktion"));
        assertThat(get("polis", "/api/measures/" + id).at("/properties/policeNote").asText())
                .isEqualTo("Kameran vid entrén ur funktion");
        screenshot("polis-notes-1440");

        // Where the server offers no follow-up (a physical measure), the page offers none either.
        for (JsonNode f : get("polis", "/api/measures?limit=1000&district=hasselby-vallingby&category=physical").get("features")) {
            if (!f.at("/properties/actions").toString().contains("\"followUp\"") && !f.get("geometry").isNull()) {
                long other = f.get("id").asLong();
                open("/?measure=" + other);
                WebElement otherCard = waitFor().until(d -> d.findElement(By.cssSelector("#details .measure-card[data-id='" + other + "']")));
                assertThat(otherCard.findElements(By.cssSelector(".followup-form"))).isEmpty();
                assertThat(otherCard.findElements(By.cssSelector(".police-note-form"))).hasSize(1);
                break;
            }
        }
    }

    @Test
    void theReviewCountsIncidentsPerTargetAndOpensDetailsInViewAtBothSizes() throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            viewport(size[0], size[1]);
            signInAndOpen("polis", "/?view=review&district=hasselby-vallingby");
            waitFor().until(d -> !d.findElements(By.cssSelector("#view-panel .monthly")).isEmpty()
                    && d.findElements(By.cssSelector("#view-panel .monthly")).stream()
                            .allMatch(m -> "true".equals(m.getDomAttribute("data-loaded"))));
            // Demo mode has only the synthetic incidents: the review reads them, and says so.
            WebElement banner = driver.findElement(By.cssSelector("#view-panel .review-synthetic"));
            js("arguments[0].scrollIntoView({block: 'center'})", banner);
            assertInViewport(banner, "the synthetic-data banner");
            List<Integer> totals = new ArrayList<>();
            driver.findElements(By.cssSelector("#view-panel .monthly")).forEach(m -> totals.add(Integer.parseInt(m.getDomAttribute("data-total"))));
            assertThat(totals).as("incidents per target").anyMatch(n -> n > 0);
            WebElement chart = driver.findElement(By.cssSelector("#view-panel .monthly .count-chart"));
            js("arguments[0].scrollIntoView({block: 'center'})", chart);
            assertInViewport(chart.findElement(By.tagName("figcaption")), "the monthly chart's caption");
            screenshot("polis-review-" + size[0]);

            // A measure in the review: its details come into view, focus on their heading; Back returns.
            WebElement link = driver.findElements(By.cssSelector("#view-panel .review-measures button.linklike")).get(0);
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            WebElement heading = waitFor().until(d -> d.findElement(By.cssSelector("#details .panel-title")));
            waitFor().until(d -> heading.equals(d.switchTo().activeElement()));
            assertInViewport(heading, "the details' heading at " + size[0]);
            screenshot("polis-review-details-" + size[0]);
            driver.findElement(By.cssSelector("#details .panel-head .back")).click();
            waitFor().until(d -> link.equals(d.switchTo().activeElement()));
            assertInViewport(link, "the review row after Back at " + size[0]);
        }
    }

    @Test
    void thePrintableReviewPrintsOnA4WithEveryTargetAndNoEmptyPage() throws Exception {
        viewport(1440, 900);
        signInAndOpen("polis", "/");
        driver.get(url("/review.html"));
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
                && d.findElements(By.cssSelector("#review .monthly")).stream()
                        .allMatch(m -> "true".equals(m.getDomAttribute("data-loaded"))));
        List<String> targets = new ArrayList<>();
        get("polis", "/api/targets").get("features").forEach(f -> targets.add(f.at("/properties/name").asText()));
        assertThat(targets).hasSizeGreaterThan(3);
        List<WebElement> sections = driver.findElements(By.cssSelector("#review .review-target"));
        assertThat(sections).hasSameSizeAs(targets);
        // One column: every target's section as wide as the page's text, not one of eight narrow columns.
        double mainWidth = box(driver.findElement(By.id("review")))[2] - box(driver.findElement(By.id("review")))[0];
        for (WebElement s : sections) {
            double[] b = box(s);
            assertThat(b[2] - b[0]).as("section width").isGreaterThan(mainWidth * 0.9);
        }
        assertThat(seriousAccessibilityViolations()).isEmpty();
        screenshot("polis-print-1440");

        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        java.nio.file.Files.write(SCREENSHOTS.resolve("polis-review.pdf"), pdf); // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).as("pages").isBetween(1, targets.size() + 1);
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= pages; i++) {
                PDRectangle media = doc.getPage(i - 1).getMediaBox();
                // A4 portrait: 210 × 297 mm = 595 × 842 pt.
                assertThat(media.getWidth()).as("page " + i + " width").isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                assertThat(media.getHeight()).as("page " + i + " height").isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc).replaceAll("\\s+", " ").trim();
                // Not empty: more on the page than its footer.
                assertThat(page.replace("Platsläge · Hot-spot-granskning", "").replaceAll("Sida \\d+ av \\d+", "").trim())
                        .as("text of page " + i).hasSizeGreaterThan(40);
                assertThat(page).as("page number on page " + i).contains("Sida " + i + " av " + pages);
                if (i == 1) {
                    assertThat(page).as("the first page: title and date").contains("Hot-spot-granskning")
                            .contains("Utskriven");
                }
                all.append(page).append(' ');
            }
            String text = all.toString();
            for (String target : targets) {
                assertThat(text).as("target " + target).contains(target.replaceAll("\\s+", " "));
            }
            // Swedish only: none of the data's internal English notes about how plan rows were read.
            assertThat(text).doesNotContain("written in the").doesNotContain("the majority year");
        }
    }
}
