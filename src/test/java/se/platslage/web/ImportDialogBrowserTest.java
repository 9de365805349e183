package se.platslage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.ResponseEntity;

/** The plan import dialog (issue 10, point 7): a disabled Importera looks disabled; unrecognised rows are confirmed. */
class ImportDialogBrowserTest extends BrowserTest {

    private Path followUpSheet(String plan) throws Exception {
        ResponseEntity<byte[]> sheet = rest.withBasicAuth("admin", "demo")
                .getForEntity(url("/api/plans/" + plan + "/follow-up.xlsx"), byte[].class);
        Path file = Files.createTempFile("follow-up-", ".xlsx");
        Files.write(file, sheet.getBody());
        return file;
    }

    private WebElement openFollowUpImport(String plan, Path file) {
        driver.findElement(By.id("open-plan-import")).click();
        WebElement dialog = waitFor().until(d -> d.findElement(By.cssSelector("dialog#plan-import[open]")));
        dialog.findElement(By.cssSelector("input[name=import-mode][value=follow-up]")).click();
        new Select(dialog.findElement(By.id("import-plan"))).selectByValue(plan);
        dialog.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        return dialog;
    }

    @Test
    void aPreviewWithNothingRecognisedCannotBeImportedAndTheButtonLooksIt() throws Exception {
        viewport(1440, 900);
        signInAndOpen("strateg", "/");
        // Hägersten-Älvsjö's follow-up sheet offered as Hässelby-Vällingby's: no row names one of its measures.
        WebElement dialog = openFollowUpImport("hasselby-vallingby-2025", followUpSheet("hagersten-alvsjo-2024"));
        WebElement run = dialog.findElement(By.id("import-run"));
        WebElement preview = dialog.findElement(By.id("import-preview"));
        assertThat(run.isEnabled()).isFalse();
        // Disabled and enabled primary buttons differ in colour, not only in the cursor.
        assertThat(run.getCssValue("background-color")).isNotEqualTo(preview.getCssValue("background-color"));
        assertThat(run.getCssValue("cursor")).isEqualTo("not-allowed");
        preview.click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#import-output .import-result[data-mode=follow-up]")).isEmpty());
        waitFor().until(d -> text("#import-msg").contains("Ingen rad kändes igen"));
        assertThat(run.isEnabled()).isFalse();
        assertInViewport(driver.findElement(By.id("import-msg")), "the reason");
        assertThat(seriousAccessibilityViolations()).as("import dialog with nothing recognised").isEmpty();
        screenshot("import-nothing-recognised");
    }

    @Test
    void unrecognisedRowsAreConfirmedBeforeTheRestIsImported() throws Exception {
        viewport(1440, 900);
        Path sheetFile = followUpSheet("hagersten-alvsjo-2024");
        Path file = Files.createTempFile("follow-up-unknown-row-", ".xlsx");
        // One row the plan does not have: the rest is recognised.
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(sheetFile.toFile())) {
            var sheet = workbook.getSheetAt(0);
            var last = sheet.getRow(sheet.getLastRowNum());
            var copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < last.getLastCellNum(); c++) {
                if (last.getCell(c) != null) {
                    copy.createCell(c).setCellValue("Okänd åtgärd " + c);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        signInAndOpen("strateg", "/");
        WebElement dialog = openFollowUpImport("hagersten-alvsjo-2024", file);
        dialog.findElement(By.id("import-preview")).click();
        waitFor().until(d -> !d.findElements(By.cssSelector("#import-output .import-result[data-mode=follow-up]")).isEmpty());
        WebElement run = dialog.findElement(By.id("import-run"));
        waitFor().until(d -> run.isEnabled());
        run.click();
        // The first click asks: how many rows are left out, and the button now says "Importera ändå".
        waitFor().until(d -> text("#import-msg").contains("kändes inte igen"));
        assertThat(run.getText()).isEqualTo("Importera ändå");
        assertThat(dialog.findElements(By.id("import-show-plan"))).isEmpty();
        run.click();
        waitFor().until(d -> d.findElement(By.id("import-show-plan")));
    }
}
