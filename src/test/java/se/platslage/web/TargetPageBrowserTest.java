package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The target page (issue 11): the assessment timeline, the trend with its reading and the target year, the
 * form for whoever may assess, on a desktop and a phone, and on A4 paper without blank pages.
 */
class TargetPageBrowserTest extends BrowserTest {

    long target(String name) {
        for (JsonNode f : get("polis", "/api/targets?limit=1000").get("features")) {
            if (f.at("/properties/name").asText().equals(name) && f.at("/properties/kind").asText().equals("ÖDS")) {
                return f.get("id").asLong();
            }
        }
        throw new AssertionError("no ÖDS target " + name);
    }

    WebElement loadedTrend() {
        return waitFor().until(d -> d.findElement(By.cssSelector("section.trend[data-loaded=true]")));
    }

    @Test
    void policeReadTheTimelineAndTrendAndAddAnAssessment() throws Exception {
        viewport(1440, 900);
        long id = target("Hässelby torg");
        int before = get("polis", "/api/targets/" + id + "/assessments").size();
        signInAndOpen("polis", "/target.html?id=" + id);
        assertInViewport(driver.findElement(By.id("target-name")), "the target's name");
        assertThat(text(".target-year")).contains("2030");
        WebElement sentence = loadedTrend().findElement(By.cssSelector(".trend-sentence"));
        assertInViewport(sentence, "the trend's reading");
        // demo mode: only synthetic incidents exist, and the page says so
        assertThat(sentence.getText()).startsWith("Narkotikabrott");
        assertThat(driver.findElements(By.cssSelector("section.trend .synthetic-flag"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".assessment-timeline .assessment"))).hasSize(before);
        screenshot("target-polis-1440");
        // the demo's indicator over time: one value per assessment that recorded it, oldest first
        WebElement syringes = driver.findElement(By.cssSelector(".indicator-table tr[data-indicator='Sprutfynd']"));
        js("arguments[0].scrollIntoView({block: 'center'})", syringes);
        assertInViewport(syringes, "the indicator row");
        assertThat(syringes.getText()).contains("22").contains("15").contains("8");
        screenshot("target-polis-1440-indicators");

        WebElement chart = driver.findElement(By.cssSelector(".trend-chart canvas"));
        js("arguments[0].scrollIntoView({block: 'center'})", chart);
        assertInViewport(chart, "the trend chart");

        WebElement form = driver.findElement(By.id("assess-form"));
        js("arguments[0].scrollIntoView({block: 'start'})", form);
        form.findElement(By.name("assessedBy")).sendKeys("Lpo Vällingby");
        form.findElement(By.name("text")).sendKeys("Bedömd i webbläsartestet");
        form.findElement(By.name("indicatorName")).sendKeys("Sprutfynd");
        form.findElement(By.name("indicatorValue")).sendKeys("3");
        WebElement save = form.findElement(By.cssSelector("button[type=submit]"));
        js("arguments[0].scrollIntoView({block: 'center'})", save);
        assertInViewport(save, "Spara bedömningen");
        save.click();
        waitFor().until(d -> get("polis", "/api/targets/" + id + "/assessments").size() == before + 1);
        // the page is drawn again after the save: look the newest entry up once it shows the new text
        WebElement newest = waitFor().until(d -> {
            WebElement first = d.findElement(By.cssSelector(".assessment-timeline .assessment:first-child"));
            return first.getText().contains("Bedömd i webbläsartestet") ? first : null;
        });
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        js("arguments[0].scrollIntoView({block: 'center'})", newest);
        screenshot("target-polis-1440-added");
    }

    @Test
    void aStrategOnAPhoneReadsTheTargetButIsNotOfferedTheOdsForm() throws Exception {
        viewport(390, 844);
        long id = target("Maltesholmstorget");
        signInAndOpen("strateg", "/target.html?id=" + id);
        assertInViewport(driver.findElement(By.id("target-name")), "the target's name");
        WebElement trend = loadedTrend();
        js("arguments[0].scrollIntoView({block: 'start'})", trend);
        assertInViewport(trend.findElement(By.cssSelector(".trend-sentence")), "the trend's reading");
        assertThat(driver.findElements(By.id("assess-form"))).isEmpty();
        screenshot("target-strateg-390");
        WebElement timeline = driver.findElement(By.cssSelector(".assessment-timeline"));
        js("arguments[0].scrollIntoView({block: 'start'})", timeline);
        assertInViewport(timeline.findElement(By.cssSelector(".assessment")), "the latest assessment");
        double[] b = box(timeline);
        assertThat(b[2]).as("the timeline fits the phone's width").isLessThanOrEqualTo(390);
        screenshot("target-strateg-390-timeline");
    }

    @Test
    void theMapsYearSelectorShowsExtentsAsAssessedThenAtBothSizes() throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            viewport(size[0], size[1]);
            signInAndOpen("polis", "/?district=hasselby-vallingby");
            WebElement control = waitFor().until(d -> d.findElement(By.cssSelector(".target-year-control[data-loaded=true]")));
            assertInViewport(driver.findElement(By.id("target-year")), "the assessed-year selector at " + size[0]);
            // now: the latest assessments (demo 2026) drew extents
            assertThat(Integer.parseInt(control.getDomAttribute("data-extents"))).isGreaterThan(0);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("target-year"))).selectByValue("2023");
            waitFor().until(d -> "2023".equals(control.getDomAttribute("data-year")));
            assertThat(control.getDomAttribute("data-extents")).isEqualTo("1"); // only Hässelby torg was assessed in 2023 (DEMO)
            WebElement extent = driver.findElement(By.cssSelector("path.target-extent"));
            assertThat(extent.isDisplayed()).isTrue();
            screenshot("target-map-2023-" + size[0]);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("target-year"))).selectByValue("2025");
            waitFor().until(d -> "2025".equals(control.getDomAttribute("data-year")));
            // 2025: the plan's own assessments, which draw no extent
            assertThat(control.getDomAttribute("data-extents")).isEqualTo("0");
            if (size[0] == 1440) {
                assertThat(control.getText()).contains("Hässelby torg: Öppen drogscen (2025)")
                        .contains("Maltesholmstorget: Öppen drogscen (2025)");
            }
        }
    }

    @Test
    void theReviewShowsEachTargetsLatestAssessmentAndTrendAndLinksItsPage() throws Exception {
        viewport(1440, 900);
        signInAndOpen("polis", "/?view=review&district=hasselby-vallingby");
        WebElement latest = waitFor().until(d -> d.findElement(By.cssSelector("#view-panel .review-latest")));
        waitFor().until(d -> d.findElements(By.cssSelector("#view-panel section.trend")).stream()
                .allMatch(m -> "true".equals(m.getDomAttribute("data-loaded"))));
        js("arguments[0].scrollIntoView({block: 'center'})", latest);
        assertInViewport(latest, "the latest assessment in the review");
        assertThat(latest.getText()).startsWith("Senaste bedömning:");
        WebElement reading = driver.findElement(By.cssSelector("#view-panel section.trend .trend-sentence"));
        js("arguments[0].scrollIntoView({block: 'center'})", reading);
        assertInViewport(reading, "a target's trend in the review");
        screenshot("target-review-1440");
        String href = driver.findElement(By.cssSelector("#view-panel a.target-page-link")).getDomAttribute("href");
        assertThat(href).startsWith("/target.html?id=");
    }

    @Test
    void aReaderSeesTheAssessmentsButNoIncidentTrend() throws Exception {
        viewport(1440, 900);
        signInAndOpen("lasare", "/target.html?id=" + target("Hässelby torg"));
        assertThat(loadedTrend().getText()).contains("bara för polis");
        assertThat(driver.getPageSource()).doesNotContain("Kända säljare");
    }

    @Test
    void theTargetPagePrintsToA4WithoutBlankPages() throws Exception {
        viewport(1440, 900);
        long id = target("Hässelby torg");
        signInAndOpen("polis", "/target.html?id=" + id);
        loadedTrend();
        waitFor().until(d -> (Boolean) js("return !!document.querySelector('.trend-chart canvas') "
                + "&& !!Chart.getChart(document.querySelector('.trend-chart canvas'))"));
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", false));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        java.nio.file.Files.write(SCREENSHOTS.resolve("target-print.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isBetween(1, 6);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                assertThat(doc.getPage(i - 1).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc).replaceAll("\\s+", " ")
                        .replace("Platsläge · Mål och bedömningar", "").replaceAll("Sida \\d+ av \\d+", "").trim();
                assertThat(page).as("text of page " + i).hasSizeGreaterThan(40);
                assertThat(stripper.getText(doc)).as("footer of page " + i).contains("Sida " + i + " av " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("Hässelby torg").contains("Bedömningar").contains("Narkotikabrott")
                    .doesNotContain("Lägg till bedömning");
        }
        List<WebElement> none = driver.findElements(By.cssSelector(".msg-error"));
        assertThat(none).isEmpty();
    }
}
