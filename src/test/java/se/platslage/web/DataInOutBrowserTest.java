package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Data in and out through the page: a strategist imports a plan workbook (preview, then import), draws a
 * place from the queue of unplaced places, everyone gets export links that carry the filters, the police
 * import incidents and read the report, and a viewer sees no import controls.
 */
// Its own database: the imported plan and (real) incidents must not reach the other browser tests, which
// expect the demo's data only (AnalysisBrowserTest: "no real incidents").
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:platslage-browser-io;DB_CLOSE_DELAY=-1")
class DataInOutBrowserTest extends BrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    List<String> planCodes() {
        List<String> codes = new ArrayList<>();
        get("admin", "/api/plans").forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    int count(String dialogCss, String name) {
        return Integer.parseInt(driver.findElement(By.cssSelector(dialogCss + " dd[data-count=" + name + "]")).getText()
                .replaceAll("\\D", ""));
    }

    @Test
    void strategistPreviewsAndImportsAPlanWorkbookAsANewPlan() throws Exception {
        desktopSize();
        // A valid workbook in the city's template: the real 2025 plan as the service exports it.
        ResponseEntity<byte[]> export = rest.withBasicAuth("admin", "demo")
                .getForEntity(url("/api/plans/hasselby-vallingby-2025/export.xlsx"), byte[].class);
        assertThat(export.getStatusCode().value()).isEqualTo(200);
        Path workbook = Files.createTempFile("plan-hv-", ".xlsx");
        Files.write(workbook, export.getBody());
        Path notAWorkbook = Files.createTempFile("not-a-plan-", ".xlsx");
        Files.writeString(notAWorkbook, "Prioriterat samverkansområde;Åtgärd\n<script>x</script>");
        int measures2025 = get("admin", "/api/measures?limit=1&plan=hasselby-vallingby-2025").get("numberMatched").asInt();
        int area2Problems = get("admin", "/api/problems?limit=1&plan=hasselby-vallingby-2025&priorityArea=2")
                .get("numberMatched").asInt();
        assertThat(area2Problems).isEqualTo(18);
        assertThat(planCodes()).doesNotContain("hasselby-vallingby-2030");

        signInAndOpen("strateg", "/");
        driver.findElement(By.id("open-plan-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#plan-import[open]")));
        // Only the strategist's own districts are offered.
        assertThat(new Select(dialog.findElement(By.id("import-district"))).getOptions())
                .extracting(o -> o.getDomAttribute("value")).containsExactlyInAnyOrder("hasselby-vallingby", "hagersten-alvsjo");
        new Select(dialog.findElement(By.id("import-district"))).selectByValue("hasselby-vallingby");
        WebElement year = dialog.findElement(By.id("import-year"));
        year.clear();
        year.sendKeys("2030");

        // A file that is not a workbook: the server's reason is shown, the choices and the file stay.
        dialog.findElement(By.id("import-file")).sendKeys(notAWorkbook.toAbsolutePath().toString());
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(d -> text("#import-msg").startsWith("Sparades inte"));
        assertThat(driver.findElement(By.id("import-msg")).getDomAttribute("role")).isEqualTo("alert");
        assertThat(dialog.findElement(By.id("import-file")).getDomProperty("value")).endsWith(notAWorkbook.getFileName().toString());
        assertThat(dialog.findElement(By.id("import-year")).getDomProperty("value")).isEqualTo("2030");
        assertThat(dialog.findElement(By.id("import-run")).isEnabled()).isFalse();
        assertThat(dialog.findElements(By.cssSelector("#import-output .import-result"))).isEmpty();

        // The real workbook: the preview shows what would be created and stores nothing.
        dialog.findElement(By.id("import-file")).sendKeys(workbook.toAbsolutePath().toString());
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#import-output .import-result[data-dry-run=true]")).isEmpty());
        assertThat(count("#plan-import", "measures")).isEqualTo(measures2025);
        assertThat(dialog.findElement(By.cssSelector("#import-areas tr[data-area='2'] td[data-problems]"))
                .getDomAttribute("data-problems")).isEqualTo("18");
        assertThat(text(".import-plan")).contains("hasselby-vallingby-2030");
        assertThat(dialog.findElements(By.cssSelector("#import-rows tbody tr")).size())
                .isBetween(Math.min(300, measures2025), 300);
        // The file is an export of another plan: said in the grouped warnings, among those to know about, which
        // come folded after those to act on.
        assertThat(dialog.findElement(By.cssSelector("#import-warnings .warn-group")).getDomAttribute("data-action"))
                .isEqualTo("true");
        assertThat(text("#import-warnings")).doesNotContain("export av planen");
        dialog.findElement(By.cssSelector("#import-warnings .warn-group[data-kind=other] summary")).click();
        assertThat(text("#import-warnings")).contains("export av planen");
        assertThat(planCodes()).doesNotContain("hasselby-vallingby-2030");
        assertThat(dialog.findElement(By.id("import-run")).isEnabled()).isTrue();
        screenshot("import-preview");

        // Changing a choice makes the preview stale: no import of something not previewed.
        year.sendKeys(Keys.BACK_SPACE + "1");
        dialog.findElement(By.cssSelector(".import-form > p.muted")).click(); // blur: the change event
        waitFor().until(d -> !d.findElement(By.id("import-run")).isEnabled());
        assertThat(text("#import-msg")).contains("förhandsgranska igen");
        year.sendKeys(Keys.BACK_SPACE + "0");
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(d -> d.findElement(By.id("import-run")).isEnabled());

        dialog.findElement(By.id("import-run")).click();
        WebElement show = waitFor().until(d -> d.findElement(By.id("import-show-plan")));
        assertThat(text("#import-msg")).contains("Importen är klar").contains(String.valueOf(measures2025));
        assertThat(planCodes()).contains("hasselby-vallingby-2030");
        int imported = get("admin", "/api/measures?limit=1&plan=hasselby-vallingby-2030").get("numberMatched").asInt();
        assertThat(imported).isEqualTo(measures2025);
        // The new plan is in the plan filter at once, and the link shows it on the map.
        assertThat(new Select(driver.findElement(By.id("filter-plan"))).getOptions())
                .extracting(o -> o.getDomAttribute("value")).contains("hasselby-vallingby-2030");
        show.click();
        waitFor().until(d -> d.findElements(By.cssSelector("dialog#plan-import")).isEmpty());
        waitFor().until(d -> d.getCurrentUrl().contains("plan=hasselby-vallingby-2030") && listCount() == imported);
        assertThat(new Select(driver.findElement(By.id("filter-plan"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("hasselby-vallingby-2030");
    }

    @Test
    void aWorkbookForAYearThatHasAPlanIsOfferedAsFollowUpsOfThatPlan() throws Exception {
        desktopSize();
        ResponseEntity<byte[]> export = rest.withBasicAuth("admin", "demo")
                .getForEntity(url("/api/plans/hagersten-alvsjo-2024/export.xlsx"), byte[].class);
        Path workbook = Files.createTempFile("plan-ha-", ".xlsx");
        Files.write(workbook, export.getBody());
        int measures = get("admin", "/api/measures?limit=1&plan=hagersten-alvsjo-2024").get("numberMatched").asInt();

        signInAndOpen("strateg", "/");
        driver.findElement(By.id("open-plan-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#plan-import[open]")));
        new Select(dialog.findElement(By.id("import-district"))).selectByValue("hagersten-alvsjo");
        WebElement year = dialog.findElement(By.id("import-year"));
        year.clear();
        year.sendKeys("2024");
        dialog.findElement(By.id("import-file")).sendKeys(workbook.toAbsolutePath().toString());
        dialog.findElement(By.id("import-preview")).click();
        WebElement existing = waitFor().until(d -> d.findElement(By.id("import-existing")));
        // said first, in view, with how many rows match the plan's measures
        assertInViewport(existing, "the note that the plan exists");
        assertThat(existing.getText()).contains("hagersten-alvsjo-2024")
                .contains(measures + " av " + measures + " rader");
        assertThat(dialog.findElement(By.cssSelector("#import-warnings .warn-group")).getDomAttribute("data-kind"))
                .isEqualTo("plan");
        screenshot("import-existing-plan");
        // on a phone too: previewed again, the note is what comes into view
        phoneSize();
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(existing));
        assertInViewport(waitFor().until(d -> d.findElement(By.id("import-use-existing"))),
                "the offer to add follow-ups instead, on a phone");
        screenshot("import-existing-plan-phone");
        desktopSize();

        dialog.findElement(By.id("import-use-existing")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#import-output .import-result[data-mode=follow-up]")).isEmpty());
        assertThat(dialog.findElement(By.cssSelector("input[name=import-mode][value=follow-up]")).isSelected()).isTrue();
        assertThat(new Select(dialog.findElement(By.id("import-plan"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("hagersten-alvsjo-2024");
        assertThat(count("#plan-import", "measuresMatched")).isEqualTo(measures);
        assertThat(dialog.findElement(By.id("import-run")).isEnabled()).isTrue();
        dialog.findElement(By.cssSelector(".close")).click();
    }

    @Test
    void aFollowUpFileIsPreviewedAsFollowUpsOfTheExistingPlanEvenOnAPhone() throws Exception {
        phoneSize();
        ResponseEntity<byte[]> sheet = rest.withBasicAuth("admin", "demo")
                .getForEntity(url("/api/plans/hagersten-alvsjo-2024/follow-up.xlsx"), byte[].class);
        Path file = Files.createTempFile("follow-up-", ".xlsx");
        Files.write(file, sheet.getBody());
        int measures = get("admin", "/api/measures?limit=1&plan=hagersten-alvsjo-2024").get("numberMatched").asInt();

        signInAndOpen("strateg", "/");
        driver.findElement(By.id("tools-toggle")).click(); // on a phone the tools are folded away
        driver.findElement(By.id("open-plan-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#plan-import[open]")));
        dialog.findElement(By.cssSelector("input[name=import-mode][value=follow-up]")).click();
        assertThat(dialog.findElement(By.id("import-district")).isDisplayed()).isFalse();
        new Select(dialog.findElement(By.id("import-plan"))).selectByValue("hagersten-alvsjo-2024");
        dialog.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#import-output .import-result[data-mode=follow-up]")).isEmpty());
        // Its own export: every measure is recognised and nothing is new.
        assertThat(count("#plan-import", "measuresMatched")).isEqualTo(measures);
        assertThat(count("#plan-import", "followUpsAdded")).isZero();
        assertThat(dialog.findElements(By.cssSelector("#import-rows tbody tr"))).hasSize(Math.min(300, measures));
        // The dialog fills the phone's width, and its buttons stay in view below the preview.
        assertThat(((Number) js("return document.querySelector('#plan-import').getBoundingClientRect().width")).intValue())
                .isBetween(370, 390);
        assertThat(((Number) js("return document.querySelector('#import-run').getBoundingClientRect().bottom")).intValue())
                .isLessThanOrEqualTo(844);
        screenshot("import-followup-phone");
        dialog.findElement(By.cssSelector(".close")).click();
        desktopSize();
    }

    @Test
    void aPlaceWithoutGeometryIsDrawnFromTheQueueOnAPhoneAndLeavesIt() throws Exception {
        String name = "Kö-torget <b>" + System.nanoTime() + "</b>";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("kind", "torg");
        properties.put("district", "hasselby-vallingby");
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", null);
        feature.put("properties", properties);
        ResponseEntity<JsonNode> created = send("strateg", HttpMethod.POST, "/api/places", feature);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = created.getBody().get("id").asLong();
        Map<String, Object> walkway = new LinkedHashMap<>(feature);
        walkway.put("properties", Map.of("name", "Kögången " + System.nanoTime(), "kind", "gångväg", "district", "hasselby-vallingby"));
        long walkwayId = send("strateg", HttpMethod.POST, "/api/places", walkway).getBody().get("id").asLong();

        phoneSize();
        signInAndOpen("strateg", "/?tab=places");
        WebElement row = waitFor().until(d -> d.findElement(By.cssSelector("#queue-list li[data-id='" + id + "']")));
        // The name is text, not markup.
        assertThat(row.findElement(By.cssSelector(".queue-name")).getText()).isEqualTo(name);
        assertThat(row.findElements(By.tagName("b"))).isEmpty();
        // A walkway can only be a line; a square an area or a point.
        driver.findElement(By.cssSelector("#queue-list li[data-id='" + walkwayId + "'] .queue-draw-button")).click();
        assertThat(driver.findElements(By.cssSelector("#queue-draw [data-shape]")))
                .extracting(e -> e.getDomAttribute("data-shape")).containsExactly("LineString");
        row.findElement(By.cssSelector(".queue-draw-button")).click();
        assertThat(driver.findElements(By.cssSelector("#queue-draw [data-shape]")))
                .extracting(e -> e.getDomAttribute("data-shape")).containsExactly("Polygon", "Point");
        // Saving before drawing says what is missing.
        driver.findElement(By.id("queue-save")).click();
        waitFor().until(d -> text("#queue-draw .msg").contains("Rita formen först"));

        // The map zooms to the place's district; click a point inside it (a real place of the district).
        stableUrl();
        double[] target = pointInDistrict("hasselby-vallingby");
        driver.findElement(By.cssSelector("#queue-draw [data-shape=Point]")).click();
        WebElement map = driver.findElement(By.id("map"));
        int[] offset = pixelOffset(target[0], target[1]);
        new Actions(driver).moveToElement(map, offset[0], offset[1]).pause(200).click().perform();
        waitFor().until(d -> text("#queue-draw-status").startsWith("Geometri ritad"));
        screenshot("queue-phone");
        driver.findElement(By.id("queue-save")).click();

        waitFor().until(d -> d.findElements(By.cssSelector("#queue-list li[data-id='" + id + "']")).isEmpty());
        assertThat(text("#queue-msg")).contains(name);
        JsonNode place = get("strateg", "/api/places/" + id);
        assertThat(place.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(place.at("/geometry/coordinates/0").asDouble()).isCloseTo(target[0], org.assertj.core.data.Offset.offset(0.001));
        assertThat(place.at("/geometry/coordinates/1").asDouble()).isCloseTo(target[1], org.assertj.core.data.Offset.offset(0.001));
        List<Long> unplaced = new ArrayList<>();
        get("strateg", "/api/places?unplaced=true&limit=1000").get("features").forEach(f -> unplaced.add(f.get("id").asLong()));
        assertThat(unplaced).doesNotContain(id).contains(walkwayId);
        desktopSize();
    }

    /** A position of a drawn place in the district: a point, or the first vertex of a line or polygon. */
    double[] pointInDistrict(String district) {
        for (JsonNode f : get("admin", "/api/places?limit=1000&district=" + district).get("features")) {
            JsonNode c = f.at("/geometry/coordinates");
            while (c.isArray() && c.get(0).isArray()) {
                c = c.get(0);
            }
            if (c.isArray() && c.size() >= 2) {
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            }
        }
        throw new AssertionError("no drawn place in " + district);
    }

    @Test
    void exportLinksCarryTheFiltersAndDownloadTheRightTypes() {
        desktopSize();
        signInAndOpen("lasare", "/?status=done&district=sodermalm&tab=plan");
        waitFor().until(d -> d.findElement(By.id("export-gpkg")));
        for (String id : List.of("export-gpkg", "export-geojson", "export-csv")) {
            String href = driver.findElement(By.id(id)).getDomAttribute("href");
            assertThat(href).as(id).contains("status=done").contains("district=sodermalm");
            assertThat(driver.findElement(By.id(id)).getDomAttribute("download")).as(id).isNotBlank();
        }
        assertThat(text("#export-filter")).contains("Genomförd").contains("sodermalm");
        // Looked up again: the panel re-renders its links when the data arrives.
        assertThat(driver.findElement(By.id("export-gpkg")).getDomAttribute("href")).startsWith("/api/export.gpkg?");

        // A filter changed on the page changes the links at once.
        new Select(driver.findElement(By.id("filter-category"))).selectByValue("physical");
        waitFor().until(d -> d.findElement(By.id("export-csv")).getDomAttribute("href").contains("category=physical"));
        new Select(driver.findElement(By.id("plan-view-plan"))).selectByValue("sodermalm-2024");
        waitFor().until(d -> d.findElement(By.id("export-plan-xlsx")).getDomAttribute("href").contains("sodermalm-2024"));

        Map<String, String> expected = Map.of(
                "export-gpkg", "application/geopackage+sqlite3", "export-geojson", "application/geo+json",
                "export-csv", "text/csv", "export-plan-xlsx", XLSX, "export-followup-xlsx", XLSX);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String href = driver.findElement(By.id(e.getKey())).getDomAttribute("href");
            // Fetched as the page would with the session cookie (the download itself is the browser's business).
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(
                    "const done = arguments[1]; fetch(arguments[0], {credentials: 'same-origin'})"
                            + ".then(async r => done({status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength}))"
                            + ".catch(e => done({status: -1, type: String(e)}));", href);
            assertThat(((Number) answer.get("status")).intValue()).as(href).isEqualTo(200);
            assertThat((String) answer.get("type")).as(href).startsWith(e.getValue());
            assertThat(((Number) answer.get("size")).intValue()).as(href).isPositive();
        }
        assertThat(driver.findElement(By.id("export-plan-xlsx")).getDomAttribute("href"))
                .isEqualTo("/api/plans/sodermalm-2024/export.xlsx");
        // GeoJSON through the link holds only what the filters select.
        @SuppressWarnings("unchecked")
        Map<String, Object> geojson = (Map<String, Object>) driver.executeAsyncScript(
                "fetch(arguments[0]).then(r => r.json()).then(j => arguments[1]({json: JSON.stringify(j)}));",
                driver.findElement(By.id("export-geojson")).getDomAttribute("href"));
        assertThat((String) geojson.get("json")).doesNotContain("\"status\":\"planned\"");
    }

    @Test
    void policeImportIncidentsAndReadTheReportWithTheBadLine() throws Exception {
        desktopSize();
        Path csv = Files.createTempFile("incidents-", ".csv");
        Files.writeString(csv, String.join("\n",
                "id,lon,lat,timestamp,type",
                "t1,17.8400,59.3600,2025-03-01T22:15:00,Misshandel",
                "t2,17.8410,59.3605,2025-03-02T23:40:00,Rån",
                "t3,not-a-number,59.3610,2025-03-03T01:05:00,Misshandel",
                "t4,17.8420,59.3598,2025-03-04T21:30:00,Skadegörelse <img src=x>",
                "t2,17.8430,59.3610,2025-03-02T23:40:00,Rån",
                ""), StandardCharsets.UTF_8);
        signInAndOpen("polis", "/?view=map");
        driver.findElement(By.id("open-incident-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-import[open]")));
        // polisen.se events are centroids: said before anything is imported.
        assertThat(driver.findElement(By.id("polisen-note")).isDisplayed()).isFalse();
        new Select(dialog.findElement(By.id("incident-format"))).selectByValue("polisen-json");
        assertThat(driver.findElement(By.id("polisen-note")).isDisplayed()).isTrue();
        assertThat(text("#polisen-note")).contains("mittpunkt").contains("utanför hot spots");
        new Select(dialog.findElement(By.id("incident-format"))).selectByValue("csv");

        dialog.findElement(By.id("incident-file")).sendKeys(csv.toAbsolutePath().toString());
        dialog.findElement(By.id("incident-submit")).click();
        waitFor().until(d -> !d.findElements(By.id("incident-report")).isEmpty());
        assertThat(count("#incident-report", "rowsRead")).isEqualTo(5);
        assertThat(count("#incident-report", "inserted")).isEqualTo(4);
        assertThat(count("#incident-report", "rejected")).isEqualTo(1);
        assertThat(count("#incident-report", "duplicates")).isZero();
        WebElement bad = dialog.findElement(By.cssSelector("#incident-errors tr[data-line]"));
        assertThat(bad.getDomAttribute("data-line")).isEqualTo("4");
        assertThat(bad.findElement(By.cssSelector("td")).getText()).isEqualTo("4");
        // id t2 again at another place: a second record, stored, and said so with both lines
        WebElement repeated = dialog.findElement(By.cssSelector("#incident-warnings tr[data-code=repeated-id]"));
        assertThat(repeated.getDomAttribute("data-line")).isEqualTo("6");
        assertThat(repeated.getText()).contains("Samma id som rad 3").contains("båda sparades");
        screenshot("incident-import");

        // The analysis switches to the real data, hot spots on.
        dialog.findElement(By.id("incident-show-analysis")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("dialog#incident-import")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("input[name=analysis-data][value=real]")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("analysis-hotspots")).isSelected()).isTrue();
        waitFor().until(d -> !d.findElements(By.cssSelector(".analysis-param-list dd[data-param=incidents]")).isEmpty());
        assertThat(text(".analysis-param-list dd[data-param=data]")).isEqualTo("Verkliga händelser");
        assertThat(driver.getCurrentUrl()).doesNotContain("data=synthetic");

        // Importing the same file again adds nothing: all duplicates.
        driver.findElement(By.id("open-incident-import")).click();
        WebElement again = waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-import[open]")));
        again.findElement(By.id("incident-file")).sendKeys(csv.toAbsolutePath().toString());
        again.findElement(By.id("incident-submit")).click();
        waitFor().until(d -> !d.findElements(By.id("incident-report")).isEmpty());
        assertThat(count("#incident-report", "inserted")).isZero();
        assertThat(count("#incident-report", "duplicates")).isEqualTo(4);
        again.findElement(By.cssSelector(".close")).click();

        // polisen.se events: stored, and the report says their position is an area's centre.
        Path events = Files.createTempFile("events-", ".json");
        Files.writeString(events, "[{\"id\": 990001, \"datetime\": \"2025-03-05 21:10:00 +01:00\", \"name\": \"05 mars 21.10, "
                + "Misshandel, Stockholm\", \"summary\": \"<b>x</b>\", \"url\": \"/x\", \"type\": \"Misshandel\", "
                + "\"location\": {\"name\": \"Stockholm\", \"gps\": \"59.329324,18.068581\"}}]", StandardCharsets.UTF_8);
        driver.findElement(By.id("open-incident-import")).click();
        WebElement third = waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-import[open]")));
        new Select(third.findElement(By.id("incident-format"))).selectByValue("polisen-json");
        third.findElement(By.id("incident-file")).sendKeys(events.toAbsolutePath().toString());
        third.findElement(By.id("incident-submit")).click();
        waitFor().until(d -> !d.findElements(By.id("incident-report")).isEmpty());
        assertThat(count("#incident-report", "inserted")).isEqualTo(1);
        assertThat(count("#incident-report", "impreciseStored")).isEqualTo(1);
        assertThat(text("#incident-report .note-imprecise")).contains("ungefärlig position").contains("ingår inte i hot spots");
        third.findElement(By.id("incident-show-analysis")).click();
        // The analysis says how many it left out for their imprecise position.
        waitFor().until(d -> text(".analysis-param-list dd[data-param=impreciseLeftOut]").equals("1"));
    }

    @Test
    void policeDeleteAWrongImportFromTheListAfterConfirmingIt() throws Exception {
        desktopSize();
        Path csv = Files.createTempFile("wrong-crs-", ".csv");
        Files.writeString(csv, String.join("\n",
                "id,lon,lat,timestamp,type",
                "d1,17.9400,59.3400,2025-04-01T22:15:00,Misshandel",
                "d2,17.9410,59.3405,2025-04-02T23:40:00,Rån",
                "d3,17.9420,59.3398,2025-04-04T21:30:00,Skadegörelse",
                ""), StandardCharsets.UTF_8);
        String name = csv.getFileName().toString();
        signInAndOpen("polis", "/?view=map");
        driver.findElement(By.id("open-incident-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-import[open]")));
        dialog.findElement(By.id("incident-source")).sendKeys("browser-delete");
        dialog.findElement(By.id("incident-file")).sendKeys(csv.toAbsolutePath().toString());
        dialog.findElement(By.id("incident-submit")).click();
        waitFor().until(d -> !d.findElements(By.id("incident-report")).isEmpty());
        assertThat(count("#incident-report", "inserted")).isEqualTo(3);

        // the new import heads the list of latest imports
        WebElement item = waitFor().until(d -> d.findElement(By.cssSelector("#incident-imports-list li[data-import]")));
        waitFor().until(d -> d.findElement(By.cssSelector("#incident-imports-list li[data-import]")).getText().contains(name));
        item = driver.findElement(By.cssSelector("#incident-imports-list li[data-import]"));
        String id = item.getDomAttribute("data-import");
        assertThat(item.getText()).contains("browser-delete").contains("3 händelser").contains("polis");
        WebElement delete = item.findElement(By.cssSelector("button[data-delete-import]"));
        assertThat(delete.getText()).isEqualTo("Ta bort import");
        assertThat(delete.getDomAttribute("aria-label")).isEqualTo("Ta bort import: " + name);

        // cancelling deletes nothing
        delete.click();
        WebElement confirm = waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-delete-confirm[open]")));
        assertThat(confirm.getText()).contains(name).contains("3 händelser").contains("ändringsloggen");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("incident-delete-no");
        // a question as small as its text, not a full-height sheet
        assertThat(confirm.getSize().getHeight()).isLessThan(400);
        screenshot("incident-delete-confirm");
        confirm.findElement(By.id("incident-delete-no")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("dialog#incident-delete-confirm")).isEmpty());
        assertThat(get("polis", "/api/incidents?source=browser-delete").get("numberMatched").asInt()).isEqualTo(3);

        // confirmed, the import and its incidents are gone
        driver.findElement(By.cssSelector("#incident-imports-list li[data-import='" + id + "'] button[data-delete-import]"))
                .click();
        waitFor().until(d -> d.findElement(By.cssSelector("dialog#incident-delete-confirm[open]")))
                .findElement(By.id("incident-delete-yes")).click();
        waitFor().until(d -> text("#incident-imports-msg").contains("3 händelser togs bort"));
        waitFor().until(d -> d.findElements(By.cssSelector("#incident-imports-list li[data-import='" + id + "']")).isEmpty());
        screenshot("incident-import-deleted");
        assertThat(get("polis", "/api/incidents?source=browser-delete").get("numberMatched").asInt()).isZero();
        List<String> listed = new ArrayList<>();
        get("polis", "/api/incidents/imports").forEach(b -> listed.add(b.get("id").asText()));
        assertThat(listed).doesNotContain(id);
    }

    @Test
    void aViewerSeesExportsButNoImportControlsOrQueue() {
        desktopSize();
        signInAndOpen("lasare", "/?tab=plan");
        assertThat(driver.findElements(By.id("open-plan-import"))).isEmpty();
        assertThat(driver.findElements(By.id("plan-import"))).isEmpty();
        assertThat(driver.findElements(By.id("open-incident-import"))).isEmpty();
        assertThat(driver.findElements(By.id("queue-section"))).isEmpty();
        assertThat(driver.findElements(By.id("tab-places"))).isEmpty();
        assertThat(waitFor().until(d -> d.findElement(By.id("export-csv"))).isDisplayed()).isTrue();
        // The police import incidents but not plans; strategists plans but not incidents.
        signInAndOpen("polis", "/");
        assertThat(driver.findElements(By.id("open-plan-import"))).isEmpty();
        assertThat(driver.findElements(By.id("open-incident-import"))).hasSize(1);
        signInAndOpen("strateg", "/");
        assertThat(driver.findElements(By.id("open-plan-import"))).hasSize(1);
        assertThat(driver.findElements(By.id("open-incident-import"))).isEmpty();
    }
}
